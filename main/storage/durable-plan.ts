import type { Plan } from '../../shared/model';
import { BackupStore, type BackupInfo } from './backups';
import type { DurableWriteOptions } from './durable-write';
import { errnoOf, realFs, type StorageFs } from './fs-port';
import { loadPlanFile, planFilePath, type LoadedPlan } from './plan-file';
import { createPlanWriter, type PlanWriter, type Timers } from './plan-writer';
import { StorageError } from './storage-error';

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
}

export interface DurablePlan {
  /** Absolute path of plan.json, to show the person. */
  readonly location: string;
  /** How the plan was loaded: the plan, read-only flag and notices for the UI. */
  readonly loaded: LoadedPlan;
  readonly writer: PlanWriter;
  readonly backups: BackupStore;
  /** Snapshot the current plan before a restore or an import, so either can be undone. */
  snapshotBefore(kind: 'restore' | 'import', plan: Plan): BackupInfo;
}

export function openDurablePlan(options: DurablePlanOptions): DurablePlan {
  const fs = options.fs ?? realFs;
  const location = planFilePath(options.dataDir);
  try {
    fs.mkdirSync(options.dataDir, { recursive: true });
  } catch (error) {
    // Loading copes with a missing folder (read-only or new plan); saving will report the problem.
    options.onError(new StorageError(errnoOf(error) ?? 'EUNKNOWN', 'mkdir', options.dataDir, `PMO Pathway could not create its data folder at ${options.dataDir}.`));
  }
  const backups = new BackupStore({
    dataDir: options.dataDir, fs, now: options.now, minIntervalMs: options.backupIntervalMs, write: options.write,
  });
  const loaded = loadPlanFile({ dataDir: options.dataDir, backups, fs, now: options.now, write: options.write });

  const backupAfterSave = (plan: Plan) => {
    try {
      backups.maybeSnapshot(plan);
    } catch (error) {
      options.onError(backupError(error, backups.dir));
    }
  };
  const writer = createPlanWriter({
    path: location,
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

  return {
    location,
    loaded,
    writer,
    backups,
    snapshotBefore: (kind, plan) => backups.snapshotNow(plan, `before-${kind}`),
  };
}

function backupError(error: unknown, dir: string): StorageError {
  const code = error instanceof StorageError ? error.code : (errnoOf(error) ?? 'EUNKNOWN');
  return new StorageError(code, 'write', dir, `Your change was saved, but a backup copy could not be made (${code}). PMO Pathway will try again later.`, { cause: error });
}
