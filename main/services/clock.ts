import { changeClockAt, type ChangeClock } from '../../shared/model';

/** The time source of the services, injected so tests can fix "now". */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function changeClock(clock: Clock): ChangeClock {
  return changeClockAt(clock.now());
}
