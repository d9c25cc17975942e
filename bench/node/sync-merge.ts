import { performance } from 'node:perf_hooks';
import { PLAN_COLLECTIONS, type Plan } from '../../shared/model';
import { formatHlc } from '../../shared/sync/hlc';
import { mergeReplicas, type Replica } from '../../shared/sync/merge';
import { generatePlan } from '../../test/support/plan-generator';

/**
 * The sync merge (issue 18): two computers' 5,000-item plans, the same plan that each then edited
 * apart (every tenth item changed on one side, every fifteenth on the other, some deleted), merged
 * with every stamp and tombstone. The bare baseline is the least any merge must do: index both
 * plans' items by id.
 */
export interface SyncMergeSamples {
  items: number;
  merge: number[];
  bare: number[];
  lost: number;
}

function replicaOf(plan: Plan, device: string, editEvery: number, deleteEvery: number, wallMs: number): Replica {
  const stamps: Record<string, string> = {};
  const tombstones: Replica['sync']['tombstones'] = [];
  let next: Plan = plan;
  let n = 0;
  for (const collection of PLAN_COLLECTIONS) {
    const items = (plan[collection] as { id: string; updatedAt: string }[]).flatMap((item) => {
      n += 1;
      const key = `${collection}:${item.id}`;
      if (n % deleteEvery === 0) {
        tombstones.push({ collection, id: item.id, at: formatHlc({ wallMs: wallMs + n, counter: 0, device }) });
        return [];
      }
      stamps[key] = formatHlc({ wallMs: n % editEvery === 0 ? wallMs + n : Date.parse(item.updatedAt), counter: 0, device: n % editEvery === 0 ? device : 'origin0000000000' });
      return [n % editEvery === 0 ? { ...item, updatedAt: new Date(wallMs).toISOString() } : item];
    });
    next = { ...next, [collection]: items };
  }
  return { device, plan: next, sync: { stamps, fieldStamps: {}, tombstones, seen: {} } };
}

export function benchSyncMerge({ runs = 30, items = 5_000 } = {}): SyncMergeSamples {
  const plan = generatePlan({ items, seed: 18 });
  const laptop = replicaOf(plan, 'laptop0000000000', 10, 97, Date.UTC(2026, 11, 2, 9));
  const home = replicaOf(plan, 'homepc0000000000', 15, 89, Date.UTC(2026, 11, 2, 10));
  const out: SyncMergeSamples = { items, merge: [], bare: [], lost: 0 };
  for (let run = 0; run < runs + 3; run++) {
    let t0 = performance.now();
    const merged = mergeReplicas([laptop, home]);
    const took = performance.now() - t0;
    out.lost = merged.lost.length;
    t0 = performance.now();
    const index = new Map<string, unknown>();
    for (const replica of [laptop, home]) for (const collection of PLAN_COLLECTIONS) for (const item of replica.plan[collection] as { id: string }[]) index.set(`${collection}:${item.id}`, item);
    const bare = performance.now() - t0;
    if (index.size === 0) throw new Error('nothing indexed');
    if (run >= 3) {
      out.merge.push(took);
      out.bare.push(bare);
    }
  }
  return out;
}
