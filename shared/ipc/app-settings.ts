import { z } from 'zod';
import { AppSettingsSchema } from '../app-settings/schema';

/** This computer's app settings, with what the shell can do and any problem reading them. */
export const AppSettingsStateSchema = z.object({
  settings: AppSettingsSchema,
  /** False in the browser bridge: only the desktop app can start itself at log-in. */
  canOpenAtLogin: z.boolean(),
  /** Plain words when the settings file could not be read at start (it was moved aside); else null. */
  problem: z.string().nullable(),
});
export type AppSettingsState = z.infer<typeof AppSettingsStateSchema>;
