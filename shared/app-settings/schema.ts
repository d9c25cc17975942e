import { z } from 'zod';
import { DEVICE_ID_PATTERN } from '../sync/folder-files';

/**
 * App settings: how this computer's copy of PMO Pathway behaves (reminders, starting at log-in, update
 * checks). They are not part of the plan: a plan opened on another computer keeps that computer's
 * choices. Kept by main in `app-settings.json` (electron-store in the app, its engine conf in the
 * browser bridge). Every field falls back to its default when the stored value is damaged, so a bad
 * settings file can never stop the app starting or lose the plan.
 */

/** A time of day on the person's own clock, "HH:MM" (24-hour). */
export const ClockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Give a time as HH:MM, for example 09:30.');
export type ClockTime = z.infer<typeof ClockTimeSchema>;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const WeekdaySchema = z.number().int().min(1, 'Pick a day of the week.').max(7, 'Pick a day of the week.');
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

const daysBefore = (max: number) =>
  z.number().int('Give a whole number of days.').min(0, 'Give 0 days or more.').max(max, `Give at most ${max} days.`);
/** Several "days before" warnings (e.g. 90, 30 and 7), largest first, no repeats. */
const warningDays = (max: number, fallback: number[]) =>
  z
    .array(daysBefore(max))
    .min(1, 'Keep at least one warning, or turn this reminder off.')
    .max(5, 'At most five warnings.')
    .transform((days) => [...new Set(days)].sort((a, b) => b - a))
    .catch(() => [...fallback]);

const enabled = (fallback: boolean) => z.boolean().catch(fallback);

export const ReminderSettingsSchema = z.object({
  /** An open milestone is due in `daysBefore` days (or sooner). */
  milestoneDue: z.object({ enabled: enabled(true), daysBefore: daysBefore(60).catch(3) }).catch(() => ({ enabled: true, daysBefore: 3 })),
  /** An open milestone's due date has passed. */
  milestoneOverdue: z.object({ enabled: enabled(true) }).catch(() => ({ enabled: true })),
  /** A booked exam is this many days away. */
  examDate: z.object({ enabled: enabled(true), daysBefore: warningDays(60, [7, 1]) }).catch(() => ({ enabled: true, daysBefore: [7, 1] })),
  /** A held certification expires in this many days. */
  renewal: z.object({ enabled: enabled(true), daysBefore: warningDays(365, [90, 30, 7]) }).catch(() => ({ enabled: true, daysBefore: [90, 30, 7] })),
  /** CPD logged is behind the pace its renewal rule needs (at most once a month). */
  cpdBehind: z.object({ enabled: enabled(true) }).catch(() => ({ enabled: true })),
  /** Once a week: log an achievement, unless one was logged that week already. */
  weeklyNudge: z
    .object({ enabled: enabled(true), weekday: WeekdaySchema.catch(5), time: ClockTimeSchema.catch('16:00') })
    .catch(() => ({ enabled: true, weekday: 5, time: '16:00' })),
  /** No pop-up notifications between these times (they wait until the quiet hours end). */
  quietHours: z
    .object({ enabled: enabled(false), from: ClockTimeSchema.catch('21:00'), to: ClockTimeSchema.catch('08:00') })
    .catch(() => ({ enabled: false, from: '21:00', to: '08:00' })),
});
export type ReminderSettings = z.infer<typeof ReminderSettingsSchema>;
export type ReminderSettingKind = keyof ReminderSettings;

export const UpdateSettingsSchema = z.object({
  /** null until the person has answered the first-run question; the answer is no unless they say yes. */
  checkAutomatically: z.boolean().nullable().catch(null),
});

/** A computer's name as the other computers show it ("Merged 3 changes from Home PC"). */
export const DeviceNameSchema = z.string().trim().min(1, 'Give this computer a name.').max(60, 'Keep the name to 60 characters.');

/**
 * Keeping the plan in a folder a sync service replicates (issue 18, docs/sync.md). Owned by the sync
 * service (it changes them only after the folder was checked), so they are not part of the page's patch.
 */
export const SyncSettingsSchema = z.object({
  /** The folder holding the device files; null: the plan is kept only in the app's own folder. */
  folder: z.string().min(1).max(4096).nullable().catch(null),
  /** This installation's id in that folder (plan.<id>.json), made the first time a folder is chosen. */
  deviceId: z.string().regex(DEVICE_ID_PATTERN).nullable().catch(null),
  /** The name the other computers show; null: the computer's own host name. */
  deviceName: DeviceNameSchema.nullable().catch(null),
});
export type SyncSettings = z.infer<typeof SyncSettingsSchema>;

export const AppSettingsSchema = z.object({
  reminders: ReminderSettingsSchema.catch(() => ReminderSettingsSchema.parse({})),
  /** "Open PMO Pathway when I log in" (hidden, in the background): off unless the person turns it on. */
  openAtLogin: z.boolean().catch(false),
  updates: UpdateSettingsSchema.catch(() => ({ checkAutomatically: null })),
  sync: SyncSettingsSchema.catch(() => ({ folder: null, deviceId: null, deviceName: null })),
});
export type AppSettings = z.infer<typeof AppSettingsSchema>;

/** What a missing file reads as. */
export function defaultAppSettings(): AppSettings {
  return AppSettingsSchema.parse({});
}

/** Whatever was stored, as settings: a file that is not even an object reads as the defaults. */
export function readAppSettings(stored: unknown): AppSettings {
  return AppSettingsSchema.catch(defaultAppSettings).parse(stored);
}

/**
 * A change the page asks for. Each reminder kind is sent whole (its switch and its timings together), so
 * a change is checked against the same rules as the stored settings, without `.catch` fallbacks: a bad
 * value is refused with its message rather than silently replaced.
 */
export const AppSettingsPatchSchema = z
  .object({
    reminders: z
      .object({
        milestoneDue: z.object({ enabled: z.boolean(), daysBefore: daysBefore(60) }),
        milestoneOverdue: z.object({ enabled: z.boolean() }),
        examDate: z.object({ enabled: z.boolean(), daysBefore: z.array(daysBefore(60)).min(1, 'Keep at least one warning, or turn this reminder off.').max(5) }),
        renewal: z.object({ enabled: z.boolean(), daysBefore: z.array(daysBefore(365)).min(1, 'Keep at least one warning, or turn this reminder off.').max(5) }),
        cpdBehind: z.object({ enabled: z.boolean() }),
        weeklyNudge: z.object({ enabled: z.boolean(), weekday: WeekdaySchema, time: ClockTimeSchema }),
        quietHours: z.object({ enabled: z.boolean(), from: ClockTimeSchema, to: ClockTimeSchema }),
      })
      .strict()
      .partial(),
    openAtLogin: z.boolean(),
    updates: z.object({ checkAutomatically: z.boolean() }).strict(),
  })
  .strict()
  .partial();
export type AppSettingsPatch = z.infer<typeof AppSettingsPatchSchema>;

/** The stored settings with a checked patch applied (each kind replaced whole). */
export function withPatch(settings: AppSettings, patch: AppSettingsPatch): AppSettings {
  return AppSettingsSchema.parse({
    ...settings,
    ...patch,
    reminders: { ...settings.reminders, ...patch.reminders },
    updates: { ...settings.updates, ...patch.updates },
  });
}
