import { deleteItems, PLAN_COLLECTIONS, type Plan, type PlanCollection } from '../model';
import { formatHlc, hlcDevice, laterHlc, type Hlc } from './hlc';
import { sameValue } from './same-value';

/**
 * The merge rule of docs/sync.md, as a pure function: every computer reads every device file and
 * computes the same merged plan from them, whatever order it reads them in, however often.
 *
 * - Items: per `collection:id`, the version with the latest stamp wins; a tombstone is a version too,
 *   so a deletion beats every change stamped before it and a change stamped after it brings the item
 *   back. An item missing from a file is not a deletion.
 * - Profile and preferences: field by field, the latest stamp wins.
 * - Links to items that ended up deleted are removed as a delete removes them, so the plan validates.
 * - A version that lost to a change made without having seen it is returned in `lost`, to be kept in a
 *   backup and offered back.
 */

export interface Tombstone {
  collection: PlanCollection;
  id: string;
  at: Hlc;
}

export interface SyncMeta {
  /** `collection:id` → the stamp of the item's last change. */
  stamps: Record<string, Hlc>;
  /** `profile.<field>` / `preferences.<field>` → the stamp of its last change. */
  fieldStamps: Record<string, Hlc>;
  tombstones: Tombstone[];
  /** Per device: the latest of its stamps this replica has merged (what moves the other clocks on). */
  seen: Record<string, Hlc>;
  /**
   * `collection:id` → the held version's history: per computer, the latest of its edits of the item
   * that this version was made on top of (a version vector). What tells a real conflict from an old
   * copy: a version lost only if the winner's history does not reach it. Stamps alone cannot say that,
   * because with clocks apart an edit never seen can carry an older stamp than one that was.
   * Absent: not known (an edit from before sync).
   */
  history?: Record<string, History>;
}

/** Per computer, the latest of its edits of one item in a version's past. */
export type History = Record<string, Hlc>;

export interface Replica {
  device: string;
  plan: Plan;
  sync: SyncMeta;
}

export interface LostVersion {
  collection: PlanCollection;
  id: string;
  /** The losing version (null: it was a deletion that a later edit undid). */
  item: unknown;
  stamp: Hlc;
  device: string;
}

export interface MergeResult {
  plan: Plan;
  sync: SyncMeta;
  lost: LostVersion[];
}

type Item = { id: string; createdAt: string; updatedAt: string };
type Version = { item: Item | null; stamp: Hlc; device: string; history: History };

/** Items from before sync have no stamp: their last edit time stands in, as that computer's. */
function fallbackStamp(updatedAt: string, device: string): Hlc {
  const wallMs = Date.parse(updatedAt);
  return formatHlc({ wallMs: Number.isFinite(wallMs) && wallMs >= 0 ? wallMs : 0, counter: 0, device });
}

export function mergeReplicas(replicas: readonly Replica[]): MergeResult {
  if (replicas.length === 0) throw new RangeError('Nothing to merge.');
  // Sorted by device so every input order gives the same output (the merge must commute).
  const sorted = [...replicas].sort((a, b) => (a.device < b.device ? -1 : a.device > b.device ? 1 : 0));
  const seen = mergeSeen(sorted);
  const stamps: Record<string, Hlc> = {};
  const history: Record<string, History> = {};
  const tombstones: Tombstone[] = [];
  const lost: LostVersion[] = [];
  let plan: Plan = { ...sorted[0]!.plan };

  for (const collection of PLAN_COLLECTIONS) {
    const versions = new Map<string, Version[]>();
    const add = (id: string, version: Version) => {
      const known = versions.get(id);
      if (known) known.push(version);
      else versions.set(id, [version]);
    };
    for (const replica of sorted) {
      const historyOf = (id: string, stamp: Hlc) => withOwn(replica.sync.history?.[`${collection}:${id}`], stamp);
      for (const item of replica.plan[collection] as Item[]) {
        const stamp = replica.sync.stamps[`${collection}:${item.id}`] ?? fallbackStamp(item.updatedAt, replica.device);
        add(item.id, { item, stamp, device: replica.device, history: historyOf(item.id, stamp) });
      }
      for (const tombstone of replica.sync.tombstones) if (tombstone.collection === collection) add(tombstone.id, { item: null, stamp: tombstone.at, device: replica.device, history: historyOf(tombstone.id, tombstone.at) });
    }
    const kept: Item[] = [];
    for (const [id, candidates] of versions) {
      const winner = candidates.reduce((best, next) => (next.stamp > best.stamp ? next : best));
      stamps[`${collection}:${id}`] = winner.stamp;
      history[`${collection}:${id}`] = winner.history;
      if (winner.item === null) tombstones.push({ collection, id, at: winner.stamp });
      else kept.push(winner.item);
      for (const loser of distinctLosers(candidates, winner)) {
        // The same content under two stamps (both computers made the same edit, or one re-stamped what it
        // had merged after a crash) loses nothing.
        if (sameContent(loser.item, winner.item)) continue;
        // Lost only if the winner's history does not reach the loser: a real conflict, not an old copy.
        const reached = winner.history[hlcDevice(loser.stamp)];
        if (reached === undefined || reached < loser.stamp) lost.push({ collection, id, item: loser.item, stamp: loser.stamp, device: hlcDevice(loser.stamp) });
      }
    }
    // One order for everyone: oldest first, as items are added.
    kept.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    plan = { ...plan, [collection]: kept };
  }

  const fieldStamps: Record<string, Hlc> = {};
  plan = { ...plan, profile: mergeFields('profile', sorted, fieldStamps), preferences: mergeFields('preferences', sorted, fieldStamps) } as Plan;
  for (const collection of PLAN_COLLECTIONS) {
    const gone = new Set(tombstones.filter((t) => t.collection === collection).map((t) => t.id));
    plan = deleteItems(plan, collection, gone);
  }
  const times = sorted.map((r) => r.plan);
  plan = { ...plan, createdAt: times.map((p) => p.createdAt).reduce((a, b) => (a < b ? a : b)), updatedAt: times.map((p) => p.updatedAt).reduce((a, b) => (a > b ? a : b)) };
  return { plan, sync: { stamps, fieldStamps, tombstones, seen, history }, lost: lost.sort((a, b) => (a.stamp < b.stamp ? -1 : 1)) };
}

/** A version's history with its own stamp in it (a computer's edits of one item follow each other). */
function withOwn(history: History | undefined, stamp: Hlc): History {
  const device = hlcDevice(stamp);
  const known = history?.[device];
  return known !== undefined && known >= stamp ? (history ?? {}) : { ...history, [device]: stamp };
}

function sameContent(a: Item | null, b: Item | null): boolean {
  if (a === null || b === null) return a === b;
  return a === b || sameValue({ ...a, updatedAt: '' }, { ...b, updatedAt: '' });
}

/** The other versions, one per distinct stamp (the same version read from two files is one version). */
function distinctLosers(candidates: readonly Version[], winner: Version): Version[] {
  const byStamp = new Map<Hlc, Version>();
  for (const candidate of candidates) if (candidate.stamp !== winner.stamp) byStamp.set(candidate.stamp, candidate);
  return [...byStamp.values()];
}

function mergeSeen(replicas: readonly Replica[]): Record<string, Hlc> {
  const seen: Record<string, Hlc> = {};
  const note = (stamp: Hlc) => {
    const device = hlcDevice(stamp);
    seen[device] = laterHlc(seen[device] ?? null, stamp)!;
  };
  for (const replica of replicas) {
    for (const stamp of Object.values(replica.sync.seen)) note(stamp);
    for (const stamp of Object.values(replica.sync.stamps)) note(stamp);
    for (const stamp of Object.values(replica.sync.fieldStamps)) note(stamp);
    for (const tombstone of replica.sync.tombstones) note(tombstone.at);
  }
  return seen;
}

function mergeFields(part: 'profile' | 'preferences', replicas: readonly Replica[], fieldStamps: Record<string, Hlc>): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  const fields = new Set(replicas.flatMap((r) => Object.keys(r.plan[part])));
  for (const field of [...fields].sort()) {
    let best: { value: unknown; stamp: Hlc } | null = null;
    for (const replica of replicas) {
      const values = replica.plan[part] as Record<string, unknown>;
      if (!(field in values)) continue;
      const stamp = replica.sync.fieldStamps[`${part}.${field}`] ?? fallbackStamp(replica.plan.updatedAt, replica.device);
      if (best === null || stamp > best.stamp) best = { value: values[field], stamp };
    }
    if (best !== null) {
      merged[field] = best.value;
      fieldStamps[`${part}.${field}`] = best.stamp;
    }
  }
  return merged;
}
