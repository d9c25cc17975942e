import { z } from 'zod';
import type { SettingsStore } from '../app-settings/settings-store';

/**
 * `reminders.json` beside the plan: which reminders were already popped up and which the person
 * dismissed, so nothing repeats and nothing is lost across a restart, and when the app last looked (to
 * tell "while you were away" from "just now"). Not the plan: a plan moved to another computer reminds
 * afresh there. Entries whose reminder is long gone are dropped so the file stays small.
 */
const EntrySchema = z.object({
  seenAt: z.string(),
  notifiedAt: z.string().nullable().catch(null),
  dismissedAt: z.string().nullable().catch(null),
});
export type ReminderEntry = z.infer<typeof EntrySchema>;

const StateSchema = z.object({
  lastCheckedAt: z.string().nullable().catch(null),
  entries: z.record(z.string(), z.unknown()).catch({}),
});

export interface ReminderStateData {
  lastCheckedAt: string | null;
  entries: Map<string, ReminderEntry>;
}

/** How long a reminder that is no longer due is remembered (a milestone reopened within it stays dismissed). */
const FORGET_AFTER_MS = 400 * 24 * 3600_000;
const MAX_ENTRIES = 5000;

export function readReminderState(store: SettingsStore): ReminderStateData {
  const parsed = StateSchema.catch({ lastCheckedAt: null, entries: {} }).parse(store.read());
  const entries = new Map<string, ReminderEntry>();
  for (const [key, value] of Object.entries(parsed.entries)) {
    const entry = EntrySchema.safeParse(value);
    if (entry.success) entries.set(key, entry.data);
  }
  return { lastCheckedAt: parsed.lastCheckedAt, entries };
}

export function writeReminderState(store: SettingsStore, state: ReminderStateData): void {
  store.write({ lastCheckedAt: state.lastCheckedAt, entries: Object.fromEntries(state.entries) });
}

/** Forget entries for reminders that are not due now and were first seen long ago; keep the newest MAX_ENTRIES. */
export function pruneEntries(entries: Map<string, ReminderEntry>, dueKeys: ReadonlySet<string>, now: Date): boolean {
  let changed = false;
  for (const [key, entry] of entries) {
    if (!dueKeys.has(key) && now.getTime() - Date.parse(entry.seenAt) > FORGET_AFTER_MS) {
      entries.delete(key);
      changed = true;
    }
  }
  if (entries.size > MAX_ENTRIES) {
    const oldest = [...entries].filter(([key]) => !dueKeys.has(key)).sort(([, a], [, b]) => a.seenAt.localeCompare(b.seenAt));
    for (const [key] of oldest.slice(0, entries.size - MAX_ENTRIES)) entries.delete(key);
    changed = true;
  }
  return changed;
}
