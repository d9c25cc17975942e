import { CHECK_EVERY_MS, ReminderScheduler } from '../../../main/services/reminders/reminder-scheduler';
import type { CheckReason } from '../../../main/services/reminders/reminder-service';

/** When checks run: at start, on the minute timer, on wake, on plan and settings changes; never after stop. */
function harness(failFirst = false) {
  const reasons: CheckReason[] = [];
  const timers = { run: null as (() => void) | null, ms: 0, cleared: false };
  const listeners = { plan: new Set<() => void>(), settings: new Set<() => void>() };
  const scheduler = new ReminderScheduler(
    {
      check: (reason) => {
        reasons.push(reason);
        if (failFirst && reasons.length === 1) throw new Error('boom');
      },
    },
    {
      subscribePlan: (listener) => (listeners.plan.add(listener), () => void listeners.plan.delete(listener)),
      subscribeSettings: (listener) => (listeners.settings.add(listener), () => void listeners.settings.delete(listener)),
    },
    { setInterval: (run, ms) => ((timers.run = run), (timers.ms = ms), 1), clearInterval: () => void (timers.cleared = true) },
  );
  return { reasons, timers, listeners, scheduler };
}

describe('ReminderScheduler', () => {
  it('checks at start, every minute, on wake and on every change, and stops cleanly', () => {
    const h = harness();
    h.scheduler.resumed(); // not started: nothing to do
    h.scheduler.start();
    h.scheduler.start();
    expect(h.timers.ms).toBe(CHECK_EVERY_MS);
    h.timers.run!();
    h.scheduler.resumed();
    h.listeners.plan.forEach((listener) => listener());
    h.listeners.settings.forEach((listener) => listener());
    expect(h.reasons).toEqual(['start', 'tick', 'resume', 'plan', 'settings']);
    h.scheduler.stop();
    expect(h.timers.cleared).toBe(true);
    expect(h.listeners.plan.size + h.listeners.settings.size).toBe(0);
    h.scheduler.resumed();
    expect(h.reasons).toHaveLength(5);
  });

  it('a failing check is logged and the next one still runs', () => {
    const h = harness(true);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    h.scheduler.start();
    h.timers.run!();
    expect(h.reasons).toEqual(['start', 'tick']);
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('reminder check failed: boom'));
    errors.mockRestore();
  });
});
