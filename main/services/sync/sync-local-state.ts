import { join } from 'node:path';
import { z } from 'zod';
import { PLAN_COLLECTIONS } from '../../../shared/model';
import { deviceFileDocument, readDeviceFileDocument, type DeviceFile } from '../../../shared/sync/device-file';
import { isHlc, type Hlc } from '../../../shared/sync/hlc';
import { durableWriteFileSync, type DurableWriteOptions } from '../../storage/durable-write';
import { errnoOf, type StorageFs } from '../../storage/fs-port';
import { moveToQuarantine } from '../../storage/quarantine';

/**
 * What this computer remembers about syncing, in `sync-state.json` beside the plan (local, never in the
 * sync folder): the device file it last wrote (the base that tells which local edits are new since then:
 * a crash between saving the plan and writing the device file only delays the stamps, never loses an
 * edit), its clock, and the versions that lost a conflict until the person restores or dismisses them.
 */

export const SYNC_STATE_FILE = 'sync-state.json';
/** Lost versions kept on the list; older ones stay in backups only. */
export const MAX_CONFLICTS = 200;
/** Lost versions already told, so a loser still in another computer's file is not told at every check. */
const MAX_TOLD = 2_000;

const HlcSchema = z.custom<Hlc>(isHlc);

export const StoredConflictSchema = z.object({
  key: z.string().max(300),
  collection: z.enum(PLAN_COLLECTIONS),
  id: z.string().max(100),
  item: z.unknown(),
  stamp: HlcSchema,
  deviceName: z.string().max(60),
});
export type StoredConflict = z.infer<typeof StoredConflictSchema>;

const StateFileSchema = z.object({
  version: z.literal(1),
  base: z.unknown().nullable(),
  clock: HlcSchema.nullable(),
  conflicts: z.array(StoredConflictSchema).max(MAX_CONFLICTS),
  told: z.array(z.string().max(300)).max(MAX_TOLD),
});

export interface SyncLocalState {
  base: DeviceFile | null;
  clock: Hlc | null;
  conflicts: StoredConflict[];
  told: string[];
}

export const EMPTY_LOCAL_STATE: SyncLocalState = { base: null, clock: null, conflicts: [], told: [] };

/**
 * The remembered state, or the empty one with a plain problem when the file is damaged (then moved to
 * quarantine): our own file in the sync folder holds the same metadata, so nothing merged is lost.
 */
export function readLocalState(fs: StorageFs, dataDir: string, now: Date): { state: SyncLocalState; problem: string | null } {
  const path = join(dataDir, SYNC_STATE_FILE);
  let text: string;
  try {
    text = fs.readFileSync(path).toString('utf8');
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return { state: EMPTY_LOCAL_STATE, problem: null };
    return { state: EMPTY_LOCAL_STATE, problem: `PMO Pathway could not read what it remembers about syncing (${errnoOf(error) ?? 'error'}); the folder's files are merged again from scratch.` };
  }
  const parsed = (() => {
    try {
      return StateFileSchema.safeParse(JSON.parse(text));
    } catch {
      return null;
    }
  })();
  const base = parsed?.success && parsed.data.base !== null ? readDeviceFileDocument(parsed.data.base, SYNC_STATE_FILE) : null;
  if (!parsed?.success || (base !== null && !base.ok)) {
    let moved = '';
    try {
      moved = ` It was moved to ${moveToQuarantine(fs, dataDir, path, 'sync-state', now)}.`;
    } catch {
      // Left where it is; it is replaced at the next sync.
    }
    return { state: EMPTY_LOCAL_STATE, problem: `What PMO Pathway remembers about syncing was damaged, so the folder's files are merged again from scratch.${moved}` };
  }
  const { clock, conflicts, told } = parsed.data;
  return { state: { base: base?.ok ? base.file : null, clock, conflicts, told }, problem: null };
}

export function writeLocalState(fs: StorageFs, dataDir: string, state: SyncLocalState, write: Omit<DurableWriteOptions, 'fs'> = {}): void {
  const doc = {
    version: 1,
    base: state.base ? deviceFileDocument(state.base) : null,
    clock: state.clock,
    conflicts: state.conflicts.slice(0, MAX_CONFLICTS),
    told: state.told.slice(-MAX_TOLD),
  };
  durableWriteFileSync(join(dataDir, SYNC_STATE_FILE), JSON.stringify(doc), { ...write, fs });
}
