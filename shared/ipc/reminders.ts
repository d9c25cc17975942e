import { z } from 'zod';
import { REMINDER_KINDS } from '../reminders/reminder';
import { ScreenTargetSchema } from '../reminders/target';

/** A reminder as the in-app list shows it. */
export const ReminderViewSchema = z.object({
  key: z.string(),
  kind: z.enum(REMINDER_KINDS),
  title: z.string(),
  body: z.string(),
  dueAt: z.string(),
  target: ScreenTargetSchema,
});

export const RemindersStateSchema = z.object({
  /** Due, still true of the plan and not dismissed: newest first. */
  reminders: z.array(ReminderViewSchema),
  /** What fell due while the app was closed, told once at start until the person closes the line. */
  away: z
    .object({
      count: z.number().int().positive(),
      titles: z.array(z.string()),
      /** When the app last looked (ISO), or null the first time. */
      since: z.string().nullable(),
    })
    .nullable(),
  /** 'system': pop-ups come from the operating system too; 'in-app': this list is the only place (browser). */
  channel: z.enum(['system', 'in-app']),
  /** Plain words when what was shown could not be saved (it may be shown again after a restart); else null. */
  problem: z.string().nullable(),
});
export type RemindersState = z.infer<typeof RemindersStateSchema>;
export type ReminderView = z.infer<typeof ReminderViewSchema>;

/** Reminder keys in a call: a whole list is dismissed (and undone) at once. */
export const ReminderKeysSchema = z.array(z.string().min(1).max(300)).min(1).max(1000);
