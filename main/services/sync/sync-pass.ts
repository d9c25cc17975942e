import type { Plan } from '../../../shared/model';
import type { DeviceFile } from '../../../shared/sync/device-file';
import { hlcDevice, observeHlc, tickHlc } from '../../../shared/sync/hlc';
import { mergeReplicas, type LostVersion, type Replica, type SyncMeta } from '../../../shared/sync/merge';
import { countArrivals, describeArrivals } from '../../../shared/sync/merge-summary';
import { sameValue } from '../../../shared/sync/same-value';
import { stampChanges } from '../../../shared/sync/stamp-changes';
import { errnoOf } from '../../storage/fs-port';
import { storageCause } from '../../storage/storage-error';
import type { PlanService } from '../plan-service';
import type { SkippedFile, SyncFolder } from './sync-folder';
import { MAX_CONFLICTS, type StoredConflict, type SyncLocalState } from './sync-local-state';

/**
 * One sync pass (docs/sync.md, "The merge rule"), synchronous from start to end so no edit can slip in
 * between reading the plan and replacing it: stamp what changed here since our last write, read every
 * file in the folder, merge, put the merged plan in place (saved at once), write our own file when it
 * changed, then move merged conflict copies to quarantine. Order matters for crashes: the plan is saved
 * before the base that says "our stamps cover this", so an interrupted pass only re-stamps, never reverts.
 */

export interface DeviceIdentity {
  id: string;
  name: string;
  appVersion: string;
}

export interface SyncPassDeps {
  folder: SyncFolder;
  plan: Pick<PlanService, 'current' | 'replace' | 'flush'>;
  dataDir: string;
  /** A backup of the plan as it was, before a merge in which versions lost (it holds ours). */
  backupBeforeMerge(plan: Plan): void;
  /** Persists the new local state (sync-state.json); throws when the disk refuses. */
  saveLocalState(state: SyncLocalState): void;
}

export interface SyncPassResult {
  local: SyncLocalState;
  /** "Merged 3 changes from Home PC", or null when nothing arrived. */
  merged: string | null;
  skipped: SkippedFile[];
  /** The other computers whose files were read: id → name. */
  computers: Map<string, string>;
  /** Plain words when the folder could not be read or written this time; else null. */
  problem: string | null;
  /** Conflict copies moved to quarantine this pass. */
  quarantined: string[];
  /** Versions that newly lost a conflict in this pass (now on the list). */
  newConflicts: number;
  /**
   * Set when another installation writes our file: it holds a later write than ours under another name
   * (an app folder copied to a second computer). Nothing was merged or written; the caller takes a new id.
   */
  idTakenBy?: string;
}

export const EMPTY_META: SyncMeta = { stamps: {}, fieldStamps: {}, tombstones: [], seen: {} };

export function runSyncPass(deps: SyncPassDeps, device: DeviceIdentity, local: SyncLocalState, now: Date): SyncPassResult {
  const nowMs = now.getTime();
  const current = deps.plan.current;
  const unchanged = (problem: string | null, skipped: SkippedFile[] = []): SyncPassResult => ({ local, merged: null, skipped, computers: new Map(), problem, quarantined: [], newConflicts: 0 });

  // 1. Our replica: what we hold, stamped where it differs from what we last wrote.
  let clock = local.clock;
  let ownSync = local.base?.sync ?? EMPTY_META;
  if (local.base && plansDiffer(local.base.plan, current)) {
    clock = tickHlc(clock, nowMs, device.id);
    ownSync = stampChanges(local.base.plan, current, ownSync, clock, device.id, now);
  }

  // 2. Everything in the folder. A folder that cannot be listed changes nothing: the plan stays as it is here.
  let read: ReturnType<SyncFolder['read']>;
  try {
    read = deps.folder.read();
  } catch (error) {
    return unchanged(folderProblem(deps.folder.path, errnoOf(error)));
  }
  const names = new Map<string, string>();
  for (const { file } of read.files) if (file.device.id !== device.id) names.set(file.device.id, file.device.name);
  const nameOf = (id: string) => names.get(id) ?? 'another computer';
  const ownOnDisk = read.files.find((f) => f.kind === 'device' && f.file.device.id === device.id)?.file;
  // Someone else writes our file: a later write than ours, under another computer's name.
  if (ownOnDisk && local.base && ownOnDisk.device.name !== local.base.device.name && ownOnDisk.clock > local.base.clock) {
    return { ...unchanged(null, read.skipped), idTakenBy: ownOnDisk.device.name };
  }
  // The periodic check, when nothing moved here or there: nothing to merge, nothing to write.
  if (read.unchanged && local.base !== null && local.base.plan === current && ownOnDisk !== undefined && !deviceFilesDiffer(ownOnDisk, { ...local.base, device: { ...local.base.device, name: device.name } })) {
    return { ...unchanged(null, read.skipped), computers: names };
  }
  const replicas: Replica[] = [{ device: device.id, plan: current, sync: ownSync }, ...read.files.map(({ file }) => ({ device: file.device.id, plan: file.plan, sync: file.sync }))];

  // 3. The merge, and our clock moved past everything it saw (but not to a stamp from a clock far ahead).
  const merged = mergeReplicas(replicas);
  const observed = observeHlc(clock, Object.values(merged.sync.seen), nowMs);
  clock = observed.clock ?? tickHlc(null, nowMs, device.id);
  const skipped = [...read.skipped, ...clockWarnings(observed.untrusted, names)];

  // 4. Versions that lost: told once, kept (a backup of ours, the list of all).
  const told = new Set(local.told);
  const fresh = merged.lost.filter((lost) => !told.has(conflictKey(lost)));
  if (fresh.length > 0) deps.backupBeforeMerge(current);

  // 5. The merged plan in place, saved before anything records that it is ours.
  let planNow: Plan = current;
  if (plansDiffer(current, merged.plan)) {
    deps.plan.replace(merged.plan);
    planNow = deps.plan.current;
    if (!deps.plan.flush()) {
      return { ...unchanged('The merged plan is not saved on this computer yet (PMO Pathway keeps trying); the folder is written once it is.', skipped), merged: describeArrivals(countArrivals(current, planNow, merged.sync, device.id), nameOf) };
    }
  }

  // 6. Our own file, only when what it holds changed (rewriting an unchanged file would wake every other computer).
  const base: DeviceFile = { device: { id: device.id, name: device.name, appVersion: device.appVersion }, clock, plan: planNow, sync: merged.sync };
  let problem: string | null = null;
  let written = ownOnDisk !== undefined && !deviceFilesDiffer(ownOnDisk, base);
  if (!written) {
    try {
      deps.folder.writeOwn(base);
      written = true;
    } catch (error) {
      problem = `Your plan could not be written to ${deps.folder.path} (${storageCause(errnoOf(error) ?? 'EUNKNOWN')}); your changes are safe on this computer and are written at the next check.`;
    }
  }

  const conflicts: StoredConflict[] = [
    ...fresh.map((lost) => ({ key: conflictKey(lost), collection: lost.collection, id: lost.id, item: lost.item, stamp: lost.stamp, deviceName: lost.device === device.id ? device.name : nameOf(lost.device) })),
    ...local.conflicts,
  ].slice(0, MAX_CONFLICTS);
  const next: SyncLocalState = { base, clock, conflicts, told: [...local.told, ...fresh.map(conflictKey)] };
  try {
    deps.saveLocalState(next);
  } catch (error) {
    problem ??= `PMO Pathway could not note what it merged (${storageCause(errnoOf(error) ?? 'EUNKNOWN')}); it checks again later.`;
  }

  // 7. Conflict copies are merged into our file now; move them out of the folder (to quarantine, never deleted).
  const quarantined: string[] = [];
  if (written) {
    for (const copy of read.files.filter((f) => f.kind === 'conflict-copy')) {
      const moved = deps.folder.quarantine(copy.name, deps.dataDir, now);
      if (moved !== null) quarantined.push(moved);
    }
  }
  const arrivals = countArrivals(current, planNow, merged.sync, device.id);
  return { local: next, merged: describeArrivals(arrivals, nameOf), skipped, computers: names, problem, quarantined, newConflicts: fresh.length };
}

export function conflictKey(lost: Pick<LostVersion, 'collection' | 'id' | 'stamp'>): string {
  return `${lost.collection}:${lost.id}:${lost.stamp}`;
}

function plansDiffer(a: Plan, b: Plan): boolean {
  return !sameValue(a, b);
}

function deviceFilesDiffer(a: DeviceFile, b: DeviceFile): boolean {
  return a.device.name !== b.device.name || a.device.appVersion !== b.device.appVersion || !sameValue(a.sync, b.sync) || plansDiffer(a.plan, b.plan);
}

function clockWarnings(untrusted: readonly string[], names: ReadonlyMap<string, string>): SkippedFile[] {
  const devices = [...new Set(untrusted.map(hlcDevice))];
  return devices.map((id) => ({
    name: names.get(id) ?? id,
    words: `${names.get(id) ?? 'Another computer'}'s clock looks more than a day ahead of this one. Its changes are merged, but check the date and time on that computer.`,
  }));
}

export function folderProblem(folder: string, code: string | undefined): string {
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return `The folder ${folder} is not there (is the drive connected, or the sync service running?). Your plan is safe on this computer and is merged when the folder is back.`;
  }
  return `The folder ${folder} could not be read (${storageCause(code ?? 'EUNKNOWN')}). Your plan is safe on this computer and is merged when the folder can be read.`;
}
