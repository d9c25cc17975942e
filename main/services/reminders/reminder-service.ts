import type { RemindersState } from '../../../shared/ipc/reminders';
import { ApiError } from '../../../shared/ipc/errors';
import type { Plan } from '../../../shared/model';
import { dueReminders, groupWords, inQuietHours, localNow, type Reminder, type ScreenTarget } from '../../../shared/reminders';
import type { AppSettingsService } from '../app-settings/app-settings-service';
import type { SettingsStore } from '../app-settings/settings-store';
import type { Clock } from '../clock';
import { pruneEntries, readReminderState, writeReminderState, type ReminderStateData } from './reminder-state-file';

/** Pop-ups from the operating system (Electron's Notification, from main); absent in the browser bridge. */
export interface NotifierPort {
  show(notification: { title: string; body: string }, onClick: () => void): void;
}

const SAVE_CHECK_TIME_EVERY_MS = 3600_000;

/** Why a check runs: it decides whether new reminders pop up, and whether they are "while you were away". */
export type CheckReason = 'start' | 'tick' | 'resume' | 'settings' | 'plan';

export interface ReminderServiceOptions {
  plans: { snapshot(): { plan: Pick<Plan, 'milestones' | 'certifications' | 'achievements'> } };
  settings: Pick<AppSettingsService, 'get'>;
  store: SettingsStore;
  clock: Clock;
  notifier: NotifierPort | null;
  /** Why the reminders file could not be read at start, if it could not (it was moved aside). */
  problem?: string | null;
}

export interface ReminderListeners {
  /** The list the page shows has changed. */
  changed(): void;
  /** A notification was clicked: show the app at the item (null: at the reminders list). */
  open(target: ScreenTarget | null): void;
}

/**
 * Decides what to remind about and remembers what it has shown. Every check reads the wall clock, so a
 * laptop that slept through a due time (timers pause in sleep) catches up at the next check. What to pop
 * up: reminders not shown before, outside quiet hours (they wait until the quiet hours end), except those
 * that became due because the person just edited the plan (they see them in the list; a pop-up about what
 * they typed a moment ago is noise). At start, what fell due while the app was closed is told together.
 */
export class ReminderService {
  private readonly data: ReminderStateData;
  private due: Reminder[] = [];
  private away: RemindersState['away'] = null;
  private problem: string | null = null;
  private readonly listeners = new Set<Partial<ReminderListeners>>();
  /** The check time the file holds (it is written with other changes, or hourly). */
  private savedCheckAt: string | null = null;

  constructor(private readonly options: ReminderServiceOptions) {
    this.data = readReminderState(options.store);
    this.savedCheckAt = this.data.lastCheckedAt;
    this.problem = options.problem ?? null;
  }

  check(reason: CheckReason): void {
    const now = this.options.clock.now();
    const local = localNow(now);
    const settings = this.options.settings.get().reminders;
    const due = dueReminders(this.options.plans.snapshot().plan, settings, local);
    const stamp = now.toISOString();
    let dirty = pruneEntries(this.data.entries, new Set(due.map((r) => r.key)), now);
    for (const reminder of due) {
      if (!this.data.entries.has(reminder.key)) {
        this.data.entries.set(reminder.key, { seenAt: stamp, notifiedAt: null, dismissedAt: null });
        dirty = true;
      }
    }
    const active = due.filter((r) => this.data.entries.get(r.key)!.dismissedAt === null);
    const fresh = active.filter((r) => this.data.entries.get(r.key)!.notifiedAt === null);
    if (reason === 'start' && fresh.length > 0) this.away = { count: fresh.length, titles: fresh.map((r) => r.title), since: this.data.lastCheckedAt };

    const quiet = inQuietHours(local.minutes, settings.quietHours);
    const silently = reason === 'plan' || this.options.notifier === null;
    if (fresh.length > 0 && (silently || !quiet)) {
      if (!silently) this.popUp(fresh, reason === 'start');
      for (const reminder of fresh) this.data.entries.get(reminder.key)!.notifiedAt = stamp;
      dirty = true;
    }
    if (reason !== 'plan') {
      this.data.lastCheckedAt = stamp;
      // When the app last looked only dates "while you were away": to the hour is enough, so the
      // minute timer does not rewrite the file every minute of every day.
      if (this.savedCheckAt === null || now.getTime() - Date.parse(this.savedCheckAt) >= SAVE_CHECK_TIME_EVERY_MS) dirty = true;
    }
    const listChanged = !sameKeys(this.due, due) || fresh.length > 0;
    this.due = due;
    if (dirty) this.save();
    if (listChanged) this.emitChanged();
  }

  subscribe(listeners: Partial<ReminderListeners>): () => void {
    this.listeners.add(listeners);
    return () => this.listeners.delete(listeners);
  }

  state(): RemindersState {
    return {
      reminders: this.active().map(({ key, kind, title, body, dueAt, target }) => ({ key, kind, title, body, dueAt, target })),
      away: this.away,
      channel: this.options.notifier ? 'system' : 'in-app',
      problem: this.problem,
    };
  }

  /** Dismiss reminders on the list; they stay dismissed across restarts. */
  dismiss(keys: readonly string[]): RemindersState {
    const listed = new Set(this.due.map((r) => r.key));
    const missing = keys.filter((key) => !listed.has(key));
    if (missing.length > 0) throw new ApiError('not-found', 'That reminder is no longer due: the list has been brought up to date.');
    const stamp = this.options.clock.now().toISOString();
    for (const key of keys) this.data.entries.get(key)!.dismissedAt = stamp;
    this.save();
    this.emitChanged();
    return this.state();
  }

  /** Undo a dismissal: the reminders come back to the list (without popping up again). */
  restore(keys: readonly string[]): RemindersState {
    for (const key of keys) {
      const entry = this.data.entries.get(key);
      if (entry) entry.dismissedAt = null;
    }
    this.save();
    this.emitChanged();
    return this.state();
  }

  /** The person closed the "while you were away" line. */
  clearAway(): RemindersState {
    this.away = null;
    return this.state();
  }

  private active(): Reminder[] {
    return this.due.filter((r) => this.data.entries.get(r.key)?.dismissedAt === null);
  }

  private popUp(fresh: readonly Reminder[], whileAway: boolean): void {
    const [first] = fresh;
    if (fresh.length === 1 && !whileAway) {
      this.options.notifier!.show({ title: first!.title, body: first!.body }, () => this.emitOpen(first!.target));
      return;
    }
    const titles = fresh.map((r) => r.title);
    const body = fresh.length === 1 ? `${first!.title}. ${first!.body}` : groupWords(titles);
    this.options.notifier!.show({ title: whileAway ? 'While you were away' : 'PMO Pathway reminders', body }, () =>
      this.emitOpen(fresh.length === 1 ? first!.target : null),
    );
  }

  private emitChanged(): void {
    for (const listener of this.listeners) listener.changed?.();
  }

  private emitOpen(target: ScreenTarget | null): void {
    for (const listener of this.listeners) listener.open?.(target);
  }

  private save(): void {
    try {
      writeReminderState(this.options.store, this.data);
      this.savedCheckAt = this.data.lastCheckedAt;
      this.problem = null;
    } catch (error) {
      this.problem = `What reminders you have seen could not be saved (${(error as Error).message}); some may show again after a restart.`;
    }
  }
}

function sameKeys(a: readonly Reminder[], b: readonly Reminder[]): boolean {
  return a.length === b.length && a.every((r, i) => r.key === b[i]!.key);
}
