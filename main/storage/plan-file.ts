import { join } from 'node:path';
import { createEmptyPlan, PLAN_SCHEMA_VERSION, PlanSchema, type Plan } from '../../shared/model';
import type { Notice } from '../../shared/ipc/contract';
import type { BackupStore } from './backups';
import { durableWriteFileSync, sweepStaleTemps, type DurableWriteOptions } from './durable-write';
import { errnoOf, realFs, type StorageFs } from './fs-port';
import { MAX_PLAN_BYTES, readPlanDocument } from './plan-codec';

/**
 * Loading the plan at start-up. The rules, in order of importance:
 * - never start empty while readable plan data exists on disk (fall back to backups, then to the
 *   copies kept before a migration);
 * - a damaged file is MOVED to `quarantine/` (one rename: never copied-then-deleted, never deleted);
 * - a file we cannot read, or cannot move aside, or that a newer version wrote, is opened read-only,
 *   so nothing we write can ever replace it;
 * - before a migration the original bytes are kept as `pre-migration-v<N>.json`; if that copy cannot
 *   be made, the migrated plan opens read-only rather than overwrite the only original.
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
}

export interface LoadOptions {
  dataDir: string;
  backups: BackupStore;
  fs?: StorageFs;
  now?: () => Date;
  maxBytes?: number;
  write?: Omit<DurableWriteOptions, 'fs'>;
}

export function planFilePath(dataDir: string): string {
  return join(dataDir, PLAN_FILE_NAME);
}

export function loadPlanFile(options: LoadOptions): LoadedPlan {
  const fs = options.fs ?? realFs;
  const now = options.now ?? (() => new Date());
  const path = planFilePath(options.dataDir);
  const read = readPlanDocument(fs, path, options.maxBytes ?? MAX_PLAN_BYTES);
  const result = (plan: Plan, source: LoadSource, extra: Partial<LoadedPlan> = {}): LoadedPlan => ({
    plan, source, readOnly: false, needsSave: false, notices: [], quarantinedTo: null, ...extra,
  });
  const recover = () => recoverPlan(options, fs);
  const empty = () => createEmptyPlan(now().toISOString());

  switch (read.kind) {
    case 'ok': {
      sweepStaleTemps(path, fs);
      if (read.fromVersion === null) return result(read.plan, 'file');
      return migrated(options, fs, now, read.plan, read.fromVersion, read.bytes, result);
    }
    case 'missing': {
      const found = recover();
      if (!found) return result(empty(), 'new');
      return result(found.plan, 'backup', {
        needsSave: true,
        notices: [{ level: 'warning', message: `Your plan file was missing, so PMO Pathway opened ${found.label}.` }],
      });
    }
    case 'newer': {
      // Show what we can of it; zod drops the fields this version does not know, and nothing is written.
      const view = PlanSchema.safeParse({ ...(read.doc as object), schemaVersion: PLAN_SCHEMA_VERSION });
      const partial = view.success ? '' : ' This version cannot show its contents.';
      return result(view.success ? view.data : empty(), 'newer-version', {
        readOnly: true,
        notices: [{
          level: 'error',
          message: `Your plan was saved by a newer version of PMO Pathway (plan version ${read.version}; this version understands up to ${PLAN_SCHEMA_VERSION}). It is open read-only and will not be changed.${partial} Update PMO Pathway to edit it.`,
        }],
      });
    }
    case 'unreadable': {
      const found = recover();
      return result(found?.plan ?? empty(), found ? 'backup' : 'new', {
        readOnly: true,
        notices: [{
          level: 'error',
          message: `PMO Pathway could not read your plan file at ${path} (${read.reason}). ${found ? `It opened ${found.label}` : 'It opened an empty plan'} read-only, so the file is not overwritten. Fix the problem, then restart PMO Pathway.`,
        }],
      });
    }
    case 'corrupt': {
      let moved: string;
      try {
        moved = quarantine(fs, options.dataDir, path, now());
      } catch (error) {
        const found = recover();
        return result(found?.plan ?? empty(), found ? 'backup' : 'new', {
          readOnly: true,
          notices: [{
            level: 'error',
            message: `Your plan file at ${path} is damaged (${read.reason}) and could not be moved aside (${errnoOf(error) ?? 'error'}). ${found ? `PMO Pathway opened ${found.label}` : 'PMO Pathway opened an empty plan'} read-only so the damaged file is not overwritten.`,
          }],
        });
      }
      const found = recover();
      if (found) {
        return result(found.plan, 'backup', {
          needsSave: true,
          quarantinedTo: moved,
          notices: [{
            level: 'warning',
            message: `Your plan file was damaged (${read.reason}). It was moved to ${moved} and PMO Pathway opened ${found.label}. Changes made after that may be missing.`,
          }],
        });
      }
      return result(empty(), 'new', {
        needsSave: true,
        quarantinedTo: moved,
        notices: [{
          level: 'error',
          message: `Your plan file was damaged (${read.reason}) and no backup could be opened, so PMO Pathway started a new, empty plan. The damaged file was kept at ${moved}.`,
        }],
      });
    }
  }
}

type Result = (plan: Plan, source: LoadSource, extra?: Partial<LoadedPlan>) => LoadedPlan;

function migrated(options: LoadOptions, fs: StorageFs, now: () => Date, plan: Plan, fromVersion: number, original: Uint8Array, result: Result): LoadedPlan {
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
  return result(plan, 'migrated', { needsSave: true, notices: [{ level: 'info', message: `${upgrade} A copy of the original is kept at ${copy}.` }] });
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

/** Move the damaged file into `<dataDir>/quarantine/` with one rename; throws if it cannot. */
function quarantine(fs: StorageFs, dataDir: string, path: string, at: Date): string {
  const dir = join(dataDir, 'quarantine');
  fs.mkdirSync(dir, { recursive: true });
  const taken = new Set(fs.readdirSync(dir));
  let name = `plan-${stamp(at)}.json`;
  for (let n = 2; taken.has(name); n++) name = `plan-${stamp(at)}-${n}.json`;
  const target = join(dir, name);
  fs.renameSync(path, target);
  return target;
}

/**
 * The best plan data left on disk: the newest valid backup, else the newest copy kept before a
 * migration. `label` finishes a sentence: "PMO Pathway opened <label>".
 */
function recoverPlan(options: LoadOptions, fs: StorageFs): { plan: Plan; label: string } | null {
  const backup = options.backups.newestValid();
  if (backup) return { plan: backup.plan, label: `your most recent backup, from ${humanTime(backup.info.createdAt)}` };
  let names: string[];
  try {
    names = fs.readdirSync(options.dataDir).filter((n) => /^pre-migration-v\d+(-\w+)?\.json$/.test(n));
  } catch {
    return null;
  }
  for (const name of names.sort().reverse()) {
    const read = readPlanDocument(fs, join(options.dataDir, name), options.maxBytes ?? MAX_PLAN_BYTES);
    if (read.kind === 'ok') return { plan: read.plan, label: `the copy of your plan kept before an upgrade (${name})` };
  }
  return null;
}

/** `20240501T102030123Z`: sortable and valid in file names on every OS. */
function stamp(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}

function humanTime(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}
