import type { CheckReason, ReminderService } from './reminder-service';

/** The timer functions the scheduler uses, injected so tests drive a fake clock without waiting. */
export interface SchedulerTimers {
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export const CHECK_EVERY_MS = 60_000;

export interface SchedulerSources {
  /** Plan edits: what is due may have changed (a new date, a finished milestone). */
  subscribePlan(listener: () => void): () => void;
  /** New reminder settings: new timings, a kind turned on. */
  subscribeSettings(listener: () => void): () => void;
}

/**
 * When reminders are checked: at start, every minute, after the computer wakes (the shell calls
 * `resumed`: Electron's powerMonitor; timers do not run during sleep), and when the plan or the
 * settings change. Each check reads the wall clock, so the minute timer only decides how soon a due
 * time is noticed, never what is due.
 */
export class ReminderScheduler {
  private handle: unknown = null;
  private readonly unsubscribe: (() => void)[] = [];

  constructor(
    private readonly reminders: Pick<ReminderService, 'check'>,
    private readonly sources: SchedulerSources,
    private readonly timers: SchedulerTimers = { setInterval: (run, ms) => setInterval(run, ms).unref(), clearInterval: (h) => clearInterval(h as NodeJS.Timeout) },
  ) {}

  start(): void {
    if (this.handle !== null) return;
    this.run('start');
    this.handle = this.timers.setInterval(() => this.run('tick'), CHECK_EVERY_MS);
    this.unsubscribe.push(this.sources.subscribePlan(() => this.run('plan')), this.sources.subscribeSettings(() => this.run('settings')));
  }

  resumed(): void {
    if (this.handle !== null) this.run('resume');
  }

  stop(): void {
    if (this.handle !== null) this.timers.clearInterval(this.handle);
    this.handle = null;
    for (const unsubscribe of this.unsubscribe.splice(0)) unsubscribe();
  }

  private run(reason: CheckReason): void {
    try {
      this.reminders.check(reason);
    } catch (error) {
      // A reminder bug must never take the app down with it; the next check tries again.
      console.error(`[pmo-pathway] reminder check failed: ${(error as Error).message}`);
    }
  }
}
