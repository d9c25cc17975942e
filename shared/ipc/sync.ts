import { z } from 'zod';
import { PlanChangeSchema } from '../model/changes';
import { PLAN_COLLECTIONS } from '../model/plan';
import { DeviceNameSchema } from '../app-settings/schema';

/**
 * What the page knows about keeping the plan in a folder a sync service replicates (issue 18,
 * docs/sync.md). Main owns the folder, the device files and the merge; the page shows this state and
 * asks for the few things a person can do (choose a folder, stop, rename this computer, restore a
 * version that lost a conflict).
 */

/** A version of an item that lost to a change made on another computer without having seen it. */
export const SyncConflictSchema = z.object({
  /** Stable key of this lost version (collection, id and its stamp). */
  key: z.string().max(300),
  collection: z.enum(PLAN_COLLECTIONS),
  /** How the item reads in the list ("Achievement: Ran the PMO intake review"). */
  title: z.string(),
  /** What the lost version was: an edit, or a deletion that a later edit undid. */
  kind: z.enum(['edit', 'deletion']),
  /** The computer whose version lost, by its name. */
  deviceName: z.string(),
  /** When that version was made (ISO), from its stamp. */
  madeAt: z.string(),
  /** The ordinary change that puts this version back (undoable like any edit); null when it cannot be. */
  restore: PlanChangeSchema.nullable(),
});
export type SyncConflict = z.infer<typeof SyncConflictSchema>;

/** A file in the folder that was passed over this time; it is read again at the next change or check. */
export const SkippedFileSchema = z.object({ file: z.string(), words: z.string() });

export const SyncStateSchema = z.object({
  /** The folder the plan is kept in, or null: only in the app's own folder. */
  folder: z.string().nullable(),
  /** This computer as the others see it. */
  device: z.object({ id: z.string().nullable(), name: z.string() }),
  /** False in the browser bridge, which cannot show a folder picker: the page asks for the path as text. */
  canPickFolder: z.boolean(),
  /** When the folder was last read (ISO), or null. */
  lastCheckedAt: z.string().nullable(),
  /** Plain words when the folder could not be used at the last check (missing, not writable); else null. */
  problem: z.string().nullable(),
  skipped: z.array(SkippedFileSchema),
  /** The other computers whose files were read, by name. */
  computers: z.array(z.string()),
  /** Lost versions, newest first, until the person restores or dismisses them. */
  conflicts: z.array(SyncConflictSchema),
});
export type SyncState = z.infer<typeof SyncStateSchema>;

/** null: show the folder picker (desktop app); a path: use that folder (the browser bridge asks for it). */
export const SyncFolderRequestSchema = z.object({ folder: z.string().min(1).max(4096).nullable() });
export type SyncFolderRequest = z.infer<typeof SyncFolderRequestSchema>;

export const SyncConflictKeysSchema = z.array(z.string().max(300)).min(1).max(500);

export { DeviceNameSchema };
