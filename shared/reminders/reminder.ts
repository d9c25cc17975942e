import type { ScreenTarget } from './target';

/** The kinds of reminder, one per switch in Settings → Reminders. */
export const REMINDER_KINDS = ['milestoneDue', 'milestoneOverdue', 'examDate', 'renewal', 'cpdBehind', 'weeklyNudge'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/**
 * One reminder that is due now: what it says, when it fell due, and what clicking it opens.
 * `key` names it for good: the item, the date it is about and the warning (e.g.
 * "exam:<id>:2027-03-01:7"), so it is shown once, a dismissal sticks across restarts, and a changed date
 * is a new reminder rather than a dismissed old one.
 */
export interface Reminder {
  key: string;
  kind: ReminderKind;
  title: string;
  body: string;
  /** The local moment it fell due, "YYYY-MM-DDTHH:MM". */
  dueAt: string;
  target: ScreenTarget;
}
