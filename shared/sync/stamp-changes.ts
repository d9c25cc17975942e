import { PLAN_COLLECTIONS, type Plan } from '../model';
import { hlcDevice, hlcWallMs, laterHlc, type Hlc } from './hlc';
import { sameValue } from './same-value';
import type { SyncMeta, Tombstone } from './merge';

/** How long a deletion is remembered (docs/sync.md): a computer away longer merges as a new one. */
export const TOMBSTONE_DAYS = 400;

/**
 * The merge metadata after one local change, found by comparing the plan before and after it: a new or
 * edited item gets a fresh stamp, a removed one a tombstone, an edited profile or preferences field a
 * fresh field stamp. Plans are never mutated and keep unchanged items by reference, so the same object is
 * unchanged at no cost; a different object is compared by value, because a plan read back from disk (after
 * a restart, a restore or an import) is all new objects and only what really differs may be stamped, or
 * this computer's unchanged copies would outrank the other computers' edits. `stamp` is this change's
 * clock value: everything one edit touched shares it, so an undo that puts several things back is one step.
 */
export function stampChanges(before: Plan, after: Plan, meta: SyncMeta, stamp: Hlc, device: string, now: Date): SyncMeta {
  const stamps = { ...meta.stamps };
  const history = { ...meta.history };
  // An edit is made on top of the version held: its history, the held version itself, and now this edit.
  const restamp = (key: string) => {
    const held = meta.stamps[key];
    history[key] = { ...meta.history?.[key], ...(held === undefined ? {} : { [hlcDevice(held)]: laterHlc(meta.history?.[key]?.[hlcDevice(held)] ?? null, held)! }), [device]: stamp };
    stamps[key] = stamp;
  };
  const tombstones = new Map(meta.tombstones.map((t) => [`${t.collection}:${t.id}`, t]));
  let touched = false;
  for (const collection of PLAN_COLLECTIONS) {
    const previous = new Map((before[collection] as { id: string }[]).map((item) => [item.id, item]));
    for (const item of after[collection] as { id: string }[]) {
      const key = `${collection}:${item.id}`;
      if (differs(previous.get(item.id), item)) {
        restamp(key);
        tombstones.delete(key);
        touched = true;
      }
      previous.delete(item.id);
    }
    for (const id of previous.keys()) {
      const key = `${collection}:${id}`;
      const tombstone: Tombstone = { collection, id, at: stamp };
      tombstones.set(key, tombstone);
      restamp(key);
      touched = true;
    }
  }
  const fieldStamps = { ...meta.fieldStamps };
  for (const part of ['profile', 'preferences'] as const) {
    if (before[part] === after[part]) continue;
    const was = before[part] as Record<string, unknown>;
    const is = after[part] as Record<string, unknown>;
    for (const field of new Set([...Object.keys(was), ...Object.keys(is)])) {
      if (!sameValue(was[field], is[field])) {
        fieldStamps[`${part}.${field}`] = stamp;
        touched = true;
      }
    }
  }
  const oldest = now.getTime() - TOMBSTONE_DAYS * 86_400_000;
  const kept = [...tombstones.values()].filter((t) => hlcWallMs(t.at) >= oldest);
  const seen = touched ? { ...meta.seen, [device]: stamp } : meta.seen;
  return { stamps, fieldStamps, tombstones: kept, seen, history };
}

/** A new item, or one whose content changed. */
function differs(before: unknown, after: unknown): boolean {
  return before === undefined || !sameValue(before, after);
}
