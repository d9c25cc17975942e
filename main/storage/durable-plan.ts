import type { Plan } from '../../shared/model';
import { BackupStore, type BackupInfo } from './backups';
import type { DurableWriteOptions } from './durable-write';
import { errnoOf, realFs, type StorageFs } from './fs-port';
import { loadPlanFile, planFilePath, type LoadedPlan } from './plan-file';
import { humanTime } from './plan-recovery';
import { moveToQuarantine } from './quarantine';
import { createPlanWriter, type PlanWriter, type Timers } from './plan-writer';
import { storageCause, StorageError } from './storage-error';

/**
 * The storage layer put together for one data folder: load (with recovery), the single writer, and
 * the backups that follow saved changes. PlanService needs only this. Works the same in the app
 * (dataDir = Electron's userData) and in the browser bridge (its data dir): no Electron here.
 */

export interface DurablePlanOptions {
  dataDir: string;
  /** Every failed save or backup, already in plain English (show it; the plan stays pending in memory). */
  onError: (error: StorageError) => void;
  /** After each acknowledged save (rename + folder fsync done). */
  onSaved?: (plan: Plan) => void;
  now?: () => Date;
  fs?: StorageFs;
  timers?: Timers;
  debounceMs?: number;
  backupIntervalMs?: number;
  write?: Omit<DurableWriteOptions, 'fs'>;
  /**
   * Set when the data folder is known not to be writable (the bridge could not even create its lock
   * file there): the plan opens read-only with this plain message, and nothing in the folder is touched.
   */
  unwritableReason?: string | null;
}

/** The outcome of opening the newest backup instead of a newer version's plan. */
export type OpenedInstead =
  | { kind: 'opened'; plan: Plan; backup: BackupInfo; movedTo: string; message: string }
  | { kind: 'not-offered' | 'no-backup'; message: string }
  | { kind: 'failed'; code: string; message: string };

export interface DurablePlan {
  /** Absolute path of plan.json, to show the person. */
  readonly location: string;
  /** How the plan was loaded: the plan, read-only flag and notices for the UI. */
  readonly loaded: LoadedPlan;
  readonly writer: PlanWriter;
  readonly backups: BackupStore;
  /**
   * Snapshot the current plan before a restore, an import or installing an update, so each can be undone.
   * Retention runs after it but spares `keep` (the id of the backup being restored).
   */
  snapshotBefore(kind: 'restore' | 'import' | 'cv-import' | 'update', plan: Plan, keep?: readonly string[]): BackupInfo;
  /**
   * When the plan is read-only only because a newer version wrote it: move that file, unchanged, into
   * quarantine/ (one rename) and let the writer write again, handing back the newest readable backup
   * for the caller to put in place (and save at once). Nothing is moved unless a backup can be opened.
   */
  openNewestBackupInstead(): OpenedInstead;
}

export function openDurablePlan(options: DurablePlanOptions): DurablePlan {
  const fs = options.fs ?? realFs;
  const location = planFilePath(options.dataDir);
  const unwritable = options.unwritableReason ?? null;
  try {
    if (!unwritable) fs.mkdirSync(options.dataDir, { recursive: true });
  } catch (error) {
    // Loading copes with a missing folder (read-only or new plan); saving will report the problem.
    options.onError(new StorageError(errnoOf(error) ?? 'EUNKNOWN', 'mkdir', options.dataDir, `PMO Pathway could not create its data folder at ${options.dataDir}.`));
  }
  const backups = new BackupStore({
    dataDir: options.dataDir, fs, now: options.now, minIntervalMs: options.backupIntervalMs, write: options.write, sweepTemps: !unwritable,
  });
  const loaded = loadPlanFile({ dataDir: options.dataDir, backups, fs, now: options.now, write: options.write, unwritableReason: unwritable });
  let newerSetAside = false;

  const backupAfterSave = (plan: Plan) => {
    try {
      backups.maybeSnapshot(plan);
    } catch (error) {
      options.onError(backupError(error, backups.dir));
    }
  };
  const writer = createPlanWriter({
    path: loaded.writePath,
    fs,
    timers: options.timers,
    debounceMs: options.debounceMs,
    write: options.write,
    readOnlyReason: loaded.readOnly ? (loaded.notices[0]?.message ?? 'The plan is open read-only.') : null,
    onError: options.onError,
    onSaved: (plan) => {
      backupAfterSave(plan);
      options.onSaved?.(plan);
    },
  });

  if (loaded.readOnly) {
    // Nothing is written; there is nothing new to back up either.
  } else if (loaded.needsSave) {
    // A migrated or recovered plan goes to disk at once, so the file matches what the person sees.
    writer.schedule(loaded.plan);
    writer.flush();
  } else if (loaded.source === 'file') {
    // The state the last session ended with, kept before this session changes anything (not throttled:
    // a restart within minutes of an edit must still leave a copy of what was on disk).
    try {
      backups.snapshotIfChanged(loaded.plan, 'session-start');
    } catch (error) {
      options.onError(backupError(error, backups.dir));
    }
  }

  const openNewestBackupInstead = (): OpenedInstead => {
    if (loaded.newerVersion === null || unwritable || newerSetAside) {
      return { kind: 'not-offered', message: 'There is no plan from a newer version to set aside, so nothing was changed.' };
    }
    const newest = backups.newestValid();
    if (!newest) return { kind: 'no-backup', message: 'No backup can be opened, so your plan was left as it is, read-only.' };
    let movedTo: string;
    try {
      // Named for what it is, so nobody mistakes it for a damaged file: plan-newer-version-v<N>-<stamp>.json.
      movedTo = moveToQuarantine(fs, options.dataDir, loaded.writePath, `plan-newer-version-v${loaded.newerVersion}`, (options.now ?? (() => new Date()))());
    } catch (error) {
      const code = errnoOf(error) ?? 'EUNKNOWN';
      return { kind: 'failed', code, message: `The plan from the newer version could not be moved aside (${storageCause(code)}), so nothing was changed.` };
    }
    newerSetAside = true;
    writer.makeWritable();
    return {
      kind: 'opened',
      plan: newest.plan,
      backup: newest.info,
      movedTo,
      message: `PMO Pathway opened your most recent backup, from ${humanTime(newest.info.createdAt)}. The plan saved by the newer version was moved, unchanged, to ${movedTo}; a newer version of PMO Pathway can still open it from there.`,
    };
  };

  return {
    location,
    loaded,
    writer,
    backups,
    snapshotBefore: (kind, plan, keep) => backups.snapshotNow(plan, `before-${kind}`, keep),
    openNewestBackupInstead,
  };
}

function backupError(error: unknown, dir: string): StorageError {
  const code = error instanceof StorageError ? error.code : (errnoOf(error) ?? 'EUNKNOWN');
  return new StorageError(code, 'write', dir, `Your change was saved, but a backup copy could not be made (${code}). PMO Pathway will try again later.`, { cause: error });
}
