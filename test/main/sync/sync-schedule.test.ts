import { describe, expect, it } from 'vitest';
import { SyncSchedule, type SyncTimers } from '../../../main/services/sync/sync-schedule';

/** Timers on a clock the test moves: `advance(ms)` fires what falls due, in order. */
function clockedTimers(): SyncTimers & { advance(ms: number): void; now(): number; readonly armed: number } {
  let now = 0;
  let next = 1;
  const queue = new Map<number, { at: number; callback: () => void }>();
  return {
    setTimeout(callback, ms) {
      queue.set(next, { at: now + ms, callback });
      return next++;
    },
    clearTimeout(handle) {
      queue.delete(handle as number);
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...queue.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        queue.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = end;
    },
    now: () => now,
    get armed() {
      return queue.size;
    },
  };
}

describe('when sync passes run', () => {
  it('one pass for a burst of edits and duplicate watcher events, never sooner than asked, then every 45 s', () => {
    const timers = clockedTimers();
    const passes: number[] = [];
    let changed: () => void = () => {};
    const schedule = new SyncSchedule(() => {
      passes.push(timers.now());
      schedule.periodic();
    }, timers, (_folder, onChange) => {
      changed = onChange;
      return { close: () => (changed = () => {}) };
    }, undefined, () => timers.now());
    schedule.watch('/sync');
    schedule.soon('local');
    timers.advance(500);
    schedule.soon('local');
    changed();
    changed();
    changed();
    expect(timers.armed).toBe(1);
    timers.advance(1_000);
    expect(passes).toEqual([1_500]);
    timers.advance(45_000);
    expect(passes).toEqual([1_500, 46_500]);
    // A watcher event waits its 2 s; the periodic check does not stand in for it.
    changed();
    timers.advance(2_000);
    expect(passes).toEqual([1_500, 46_500, 48_500]);
    schedule.stop();
    changed();
    timers.advance(100_000);
    expect(passes).toHaveLength(3);
    expect(timers.armed).toBe(0);
  });
});
