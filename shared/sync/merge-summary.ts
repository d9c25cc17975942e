import { PLAN_COLLECTIONS, type Plan } from '../model';
import { hlcDevice } from './hlc';
import { sameValue } from './same-value';
import type { SyncMeta } from './merge';

/** Fields the app keeps for itself: a change to them is real, but not one a person would count. */
const BOOKKEEPING_FIELDS = new Set(['profile.onboardedAt']);

/**
 * What a merge brought in from the other computers, by computer: the items and fields that differ
 * between the plan before and after it, each counted for the computer whose stamp won. Our own
 * stamps are not arrivals (they are edits made here, or ones this computer already had).
 */
export function countArrivals(before: Plan, after: Plan, sync: SyncMeta, self: string): Map<string, number> {
  const counts = new Map<string, number>();
  const count = (stamp: string | undefined) => {
    if (stamp === undefined) return;
    const device = hlcDevice(stamp);
    if (device !== self) counts.set(device, (counts.get(device) ?? 0) + 1);
  };
  for (const collection of PLAN_COLLECTIONS) {
    const was = new Map((before[collection] as { id: string }[]).map((item) => [item.id, item]));
    for (const item of after[collection] as { id: string }[]) {
      const previous = was.get(item.id);
      was.delete(item.id);
      if (!sameValue(previous, item)) count(sync.stamps[`${collection}:${item.id}`]);
    }
    for (const id of was.keys()) count(sync.stamps[`${collection}:${id}`]);
  }
  for (const part of ['profile', 'preferences'] as const) {
    const was = before[part] as Record<string, unknown>;
    const is = after[part] as Record<string, unknown>;
    for (const field of Object.keys(is)) {
      if (BOOKKEEPING_FIELDS.has(`${part}.${field}`)) continue;
      if (!sameValue(was[field], is[field])) count(sync.fieldStamps[`${part}.${field}`]);
    }
  }
  return counts;
}

/** "Merged 3 changes from Home PC" (and "1 from Work laptop"), or null when nothing arrived. */
export function describeArrivals(counts: ReadonlyMap<string, number>, nameOf: (device: string) => string): string | null {
  const parts = [...counts].filter(([, n]) => n > 0).sort(([, a], [, b]) => b - a);
  if (parts.length === 0) return null;
  const words = parts.map(([device, n], index) => `${n}${index === 0 ? ` change${n === 1 ? '' : 's'}` : ''} from ${nameOf(device)}`);
  return `Merged ${words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`}`;
}
