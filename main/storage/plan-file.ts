import { join } from 'node:path';
import { createEmptyPlan, PLAN_SCHEMA_VERSION, PlanSchema, type Plan } from '../../shared/model';
import type { Notice } from '../../shared/ipc/contract';
import type { BackupStore } from './backups';
import { durableWriteFileSync, sweepStaleTemps, type DurableWriteOptions } from './durable-write';
import { errnoOf, realFs, type StorageFs } from './fs-port';
import { MAX_PLAN_BYTES, readPlanDocument, type PlanRead } from './plan-codec';
import { locatePlanFile, realPlanPath, type PlanLocation } from './plan-location';
import { describePassedOver, humanTime, QUARANTINE_DIR, recoverPlan, stamp, whereToLook, type Recovery } from './plan-recovery';
import { moveToQuarantine } from './quarantine';

/**
 * Loading the plan at start-up. The rules, in order of importance:
 * - never start empty while readable plan data exists on disk (fall back to backups, then to the
 *   copies kept before a migration), and never start empty in silence when copies existed but could
 *   not be read;
 * - a damaged file is MOVED to `quarantine/` (one rename: never copied-then-deleted, never deleted);
 * - a file we cannot read, or cannot move aside, or that a newer version wrote, is opened read-only,
 *   so nothing we write can ever replace it; so is a plan.json link whose target is missing;
 * - before a migration the original bytes are kept as `pre-migration-v<N>.json`; if that copy cannot
 *   be made, the migrated plan opens read-only rather than overwrite the only original;
 * - when the folder cannot be written at all (`unwritableReason`), loading writes, moves and deletes
 *   nothing, and the plan opens read-only.
 */

export const PLAN_FILE_NAME = 'plan.json';

export type LoadSource = 'file' | 'migrated' | 'backup' | 'new' | 'newer-version';

export interface LoadedPlan {
  plan: Plan;
  source: LoadSource;
  /** Never write: the file is from a newer version, unreadable, or could not be moved aside. */
  readOnly: boolean;
  /** The plan in memory differs from the plan file (migrated or recovered): write it soon. */
  needsSave: boolean;
  /** What the person should be told, in plain English. */
  notices: Notice[];
  /** Where a damaged plan file was moved, if it was. */
  quarantinedTo: string | null;
  /** The file saves replace: plan.json itself, or the file a plan.json link points to (the link is kept). */
  writePath: string;
  /** The plan version a newer app wrote, when that is why the plan is read-only; else null. */
  newerVersion: number | null;
}

export interface LoadOptions {
  dataDir: string;
  backups: BackupStore;
  fs?: StorageFs;
  now?: () => Date;
  maxBytes?: number;
  write?: Omit<DurableWriteOptions, 'fs'>;
  /** Set when the data folder cannot be written (read-only disk, no permission): load without any side effect. */
  unwritableReason?: string | null;
}

export function planFilePath(dataDir: string): string {
  return join(dataDir, PLAN_FILE_NAME);
}

type Result = (plan: Plan, source: LoadSource, extra?: Partial<LoadedPlan>) => LoadedPlan;

export function loadPlanFile(options: LoadOptions): LoadedPlan {
  const fs = options.fs ?? realFs;
  const now = options.now ?? (() => new Date());
  const path = planFilePath(options.dataDir);
  const location = locatePlanFile(fs, path);
  const file = realPlanPath(location);
  const result: Result = (plan, source, extra = {}) => ({
    plan, source, readOnly: false, needsSave: false, notices: [], quarantinedTo: null, writePath: file, newerVersion: null, ...extra,
  });
  const recover = () => recoverPlan(options, fs);
  const empty = () => createEmptyPlan(now().toISOString());
  const opened = (recovery: Recovery) => (recovery.found ? `PMO Pathway opened ${recovery.found.label}` : 'PMO Pathway opened an empty plan');

  if (location.kind === 'dangling' || location.kind === 'broken') {
    const recovery = recover();
    return result(recovery.found?.plan ?? empty(), recovery.found ? 'backup' : 'new', {
      readOnly: true,
      notices: [{ level: 'error', message: `${linkProblem(location)} ${opened(recovery)}, read-only, so nothing is written over the link. ${linkFix(location)}` }],
    });
  }

  const read = readPlanDocument(fs, file, options.maxBytes ?? MAX_PLAN_BYTES);
  if (options.unwritableReason) return loadWithoutWriting(options.unwritableReason, read, path, recover, empty, result);

  switch (read.kind) {
    case 'ok': {
      sweepStaleTemps(file, fs);
      if (read.fromVersion === null) return result(read.plan, 'file');
      return migrated(options, fs, now, { ...read, fromVersion: read.fromVersion }, result);
    }
    case 'missing': {
      const recovery = recover();
      const passed = describePassedOver(recovery.passedOver);
      if (!recovery.found) {
        if (!passed) return result(empty(), 'new');
        return result(empty(), 'new', {
          notices: [{
            level: 'error',
            message: `No plan file was found at ${path}, and ${passed}, so PMO Pathway started a new, empty plan. ${whereToLook(options.dataDir)}`,
          }],
        });
      }
      return result(recovery.found.plan, 'backup', {
        needsSave: true,
        notices: [{ level: 'warning', message: `Your plan file was missing, so ${opened(recovery)}.${passedOverNote(passed, options.dataDir)}` }],
      });
    }
    case 'newer':
      return newerVersion(options, read, result, empty);
    case 'unreadable': {
      const recovery = recover();
      return result(recovery.found?.plan ?? empty(), recovery.found ? 'backup' : 'new', {
        readOnly: true,
        notices: [{
          level: 'error',
          message: `PMO Pathway could not read your plan file at ${path} (${read.reason}). ${recovery.found ? `It opened ${recovery.found.label}` : 'It opened an empty plan'} read-only, so the file is not overwritten. Fix the problem, then restart PMO Pathway.`,
        }],
      });
    }
    case 'corrupt': {
      let moved: string;
      try {
        moved = moveToQuarantine(fs, options.dataDir, file, 'plan', now());
      } catch (error) {
        const recovery = recover();
        return result(recovery.found?.plan ?? empty(), recovery.found ? 'backup' : 'new', {
          readOnly: true,
          notices: [{
            level: 'error',
            message: `Your plan file at ${path} is damaged (${read.reason}) and could not be moved aside (${errnoOf(error) ?? 'error'}). ${opened(recovery)} read-only so the damaged file is not overwritten.`,
          }],
        });
      }
      const recovery = recover();
      const passed = describePassedOver(recovery.passedOver);
      if (recovery.found) {
        return result(recovery.found.plan, 'backup', {
          needsSave: true,
          quarantinedTo: moved,
          notices: [{
            level: 'warning',
            message: `Your plan file was damaged (${read.reason}). It was moved to ${moved} and ${opened(recovery)}. Changes made after that may be missing.${passedOverNote(passed, options.dataDir)}`,
          }],
        });
      }
      return result(empty(), 'new', {
        needsSave: true,
        quarantinedTo: moved,
        notices: [{
          level: 'error',
          message: `Your plan file was damaged (${read.reason}) and no backup could be opened, so PMO Pathway started a new, empty plan. The damaged file was kept at ${moved}.${passed ? ` Also, ${passed}. ${whereToLook(options.dataDir)}` : ''}`,
        }],
      });
    }
  }
}

/** " Also, 2 backup copies … could not be read (…). Nothing was deleted: …", or '' when none were passed over. */
function passedOverNote(passed: string, dataDir: string): string {
  return passed ? ` Also, ${passed}. ${whereToLook(dataDir)}` : '';
}

function linkProblem(location: Extract<PlanLocation, { kind: 'dangling' | 'broken' }>): string {
  return location.kind === 'dangling'
    ? `Your plan file ${location.path} is a link to ${location.target}, which is not there (is a drive disconnected, or a sync folder not ready yet?).`
    : `Your plan file ${location.path} is a link to ${location.target} that cannot be opened: ${location.reason}.`;
}

function linkFix(location: Extract<PlanLocation, { kind: 'dangling' | 'broken' }>): string {
  return location.kind === 'dangling'
    ? `Connect the drive or folder that holds ${location.target}, then restart PMO Pathway.`
    : 'Fix the link, then restart PMO Pathway.';
}

/**
 * A plan a newer version wrote: shown read-only (zod drops the fields this version does not know), never
 * written. When a readable backup exists, the notice offers to open it instead (see DurablePlan).
 */
function newerVersion(options: LoadOptions, read: Extract<PlanRead, { kind: 'newer' }>, result: Result, empty: () => Plan): LoadedPlan {
  const view = PlanSchema.safeParse({ ...(read.doc as object), schemaVersion: PLAN_SCHEMA_VERSION });
  const partial = view.success ? '' : ' This version cannot show its contents.';
  const backup = options.backups.newestValid();
  const offer = backup
    ? ` Or open your most recent backup, from ${humanTime(backup.info.createdAt)}, to keep working here: the newer file is then moved, unchanged, to ${join(options.dataDir, QUARANTINE_DIR)}.`
    : '';
  const notice: Notice = {
    level: 'error',
    message: `Your plan was saved by a newer version of PMO Pathway (plan version ${read.version}; this version understands up to ${PLAN_SCHEMA_VERSION}). It is open read-only and will not be changed.${partial} Update PMO Pathway to edit it.${offer}`,
  };
  if (backup) notice.action = { id: 'open-newest-backup', label: 'Open my most recent backup' };
  return result(view.success ? view.data : empty(), 'newer-version', { readOnly: true, newerVersion: read.version, notices: [notice] });
}

/** The folder cannot be written: show the best plan there is, read-only, and touch nothing on disk. */
function loadWithoutWriting(reason: string, read: PlanRead, path: string, recover: () => Recovery, empty: () => Plan, result: Result): LoadedPlan {
  const notices: Notice[] = [{ level: 'error', message: reason }];
  if (read.kind === 'ok') return result(read.plan, read.fromVersion === null ? 'file' : 'migrated', { readOnly: true, notices });
  if (read.kind === 'newer') {
    const view = PlanSchema.safeParse({ ...(read.doc as object), schemaVersion: PLAN_SCHEMA_VERSION });
    notices.push({ level: 'error', message: `Your plan was saved by a newer version of PMO Pathway (plan version ${read.version}). Update PMO Pathway to edit it.` });
    return result(view.success ? view.data : empty(), 'newer-version', { readOnly: true, newerVersion: read.version, notices });
  }
  const recovery = recover();
  const problem = read.kind === 'missing' ? `No plan file was found at ${path}` : `Your plan file at ${path} could not be used (${read.reason}); it was left as it is`;
  const passed = describePassedOver(recovery.passedOver);
  notices.push({
    level: recovery.found ? 'warning' : 'error',
    message: `${problem}, so ${recovery.found ? `PMO Pathway opened ${recovery.found.label}` : 'PMO Pathway opened an empty plan'}.${passed ? ` Also, ${passed}.` : ''}`,
  });
  return result(recovery.found?.plan ?? empty(), recovery.found ? 'backup' : 'new', { readOnly: true, notices });
}

function migrated(options: LoadOptions, fs: StorageFs, now: () => Date, read: { plan: Plan; fromVersion: number; bytes: Uint8Array; notes: string[] }, result: Result): LoadedPlan {
  const { plan, fromVersion, bytes: original } = read;
  const upgrade = `Your plan was upgraded from version ${fromVersion} to ${PLAN_SCHEMA_VERSION}.`;
  // migratePlan already parsed the result; checking again here keeps this module honest if that changes.
  if (!PlanSchema.safeParse(plan).success) {
    return result(plan, 'migrated', {
      readOnly: true,
      notices: [{ level: 'error', message: `Your plan could not be upgraded from version ${fromVersion}, so it is open read-only and the file is unchanged.` }],
    });
  }
  let copy: string;
  try {
    copy = keepPreMigrationCopy(fs, options, fromVersion, original, now());
  } catch (error) {
    return result(plan, 'migrated', {
      readOnly: true,
      notices: [{
        level: 'error',
        message: `Your plan needs upgrading from version ${fromVersion}, but PMO Pathway could not keep a copy of the original first (${errnoOf(error) ?? 'error'}). It is open read-only and the file is unchanged.`,
      }],
    });
  }
  // Told once: the upgraded plan is saved at once, so the next start finds nothing to upgrade.
  const told = read.notes.map((message) => ({ level: 'info' as const, message }));
  return result(plan, 'migrated', { needsSave: true, notices: [{ level: 'info', message: `${upgrade} A copy of the original is kept at ${copy}.` }, ...told] });
}

/** `<dataDir>/pre-migration-v<N>.json`; an existing different copy is never replaced (a stamped name is used). */
function keepPreMigrationCopy(fs: StorageFs, options: LoadOptions, version: number, bytes: Uint8Array, at: Date): string {
  const plain = join(options.dataDir, `pre-migration-v${version}.json`);
  let existing: Buffer | null = null;
  try {
    existing = fs.readFileSync(plain);
  } catch (error) {
    if (errnoOf(error) !== 'ENOENT') throw error;
  }
  if (existing && Buffer.compare(existing, bytes) === 0) return plain;
  const target = existing ? join(options.dataDir, `pre-migration-v${version}-${stamp(at)}.json`) : plain;
  durableWriteFileSync(target, bytes, { ...options.write, fs });
  return target;
}
