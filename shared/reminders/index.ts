export { dueReminders, DAY_REMINDER_TIME } from './due-reminders';
export { inQuietHours, localNow, minutesOf, weekStart, type LocalNow } from './local-time';
export { REMINDER_KINDS, type Reminder, type ReminderKind } from './reminder';
export { ScreenTargetSchema, type ScreenTarget } from './target';
export { daysWords, groupWords } from './wording';
