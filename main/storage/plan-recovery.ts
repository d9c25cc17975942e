import { join } from 'node:path';
import type { Plan } from '../../shared/model';
import type { BackupStore } from './backups';
import type { StorageFs } from './fs-port';
import { MAX_PLAN_BYTES, readPlanDocument } from './plan-codec';

/**
 * What loading falls back on when plan.json cannot be used, and the words for what it had to pass over.
 * The rule this serves: whenever a plan or a backup existed but could not be read, the person is told,
 * with where the files are kept, so an empty start is never silent.
 */

export const QUARANTINE_DIR = 'quarantine';

/** A copy of the plan that was there but could not be used. `name` is relative to the data folder. */
export interface PassedOver {
  name: string;
  reason: string;
}

export interface Recovery {
  /** The best plan data left on disk; `label` finishes "PMO Pathway opened <label>". */
  found: { plan: Plan; label: string } | null;
  /** Newer copies that could not be read on the way to `found` (all of them when nothing was found). */
  passedOver: PassedOver[];
}

export interface RecoveryOptions {
  dataDir: string;
  backups: BackupStore;
  maxBytes?: number;
}

/** The newest valid backup, else the newest copy kept before a migration. Reads only; writes nothing. */
export function recoverPlan(options: RecoveryOptions, fs: StorageFs): Recovery {
  const { found: backup, skipped } = options.backups.newestValidAndSkipped();
  const passedOver: PassedOver[] = skipped.map((s) => ({ name: join('backups', `${s.id}.json`), reason: s.reason }));
  if (backup) return { found: { plan: backup.plan, label: `your most recent backup, from ${humanTime(backup.info.createdAt)}` }, passedOver };
  let names: string[];
  try {
    names = fs.readdirSync(options.dataDir).filter((n) => /^pre-migration-v\d+(-\w+)?\.json$/.test(n));
  } catch {
    return { found: null, passedOver };
  }
  for (const name of names.sort().reverse()) {
    const read = readPlanDocument(fs, join(options.dataDir, name), options.maxBytes ?? MAX_PLAN_BYTES);
    if (read.kind === 'ok') return { found: { plan: read.plan, label: `the copy of your plan kept before an upgrade (${name})` }, passedOver };
    if (read.kind !== 'missing') passedOver.push({ name, reason: read.kind === 'newer' ? `it was made by a newer version of PMO Pathway (plan version ${read.version})` : read.reason });
  }
  return { found: null, passedOver };
}

/**
 * "2 backups could not be read (the newest, backups/plan-….json: it is empty (0 bytes))", or '' when
 * nothing was passed over.
 */
export function describePassedOver(passedOver: readonly PassedOver[]): string {
  const [newest] = passedOver;
  if (!newest) return '';
  const count = passedOver.length === 1 ? 'a backup copy of your plan' : `${passedOver.length} backup copies of your plan`;
  const which = passedOver.length === 1 ? newest.name : `the newest, ${newest.name}`;
  return `${count} could not be read (${which}: ${newest.reason})`;
}

/** The sentence that says where everything was kept, so the person (or someone helping) can look. */
export function whereToLook(dataDir: string): string {
  return `Nothing was deleted: the Backups screen lists the backups that can be restored, and every file is kept in ${join(dataDir, 'backups')} and ${join(dataDir, QUARANTINE_DIR)}.`;
}

/** `20240501T102030123Z`: sortable and valid in file names on every OS. */
export function stamp(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}

export function humanTime(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}
