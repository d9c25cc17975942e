import fc from 'fast-check';
import { PlanSchema, type Plan } from '../../../shared/model';
import { tickHlc, type Hlc } from '../../../shared/sync/hlc';
import { mergeReplicas, type Replica } from '../../../shared/sync/merge';
import { milestone, planWith, skill } from '../../support/plan-builders';

/**
 * The merge's laws over random histories: three computers edit and delete skills and milestones
 * (milestones linking skills), now and then read each other's files, with clocks that disagree. Whatever
 * the order and however often files are merged, every computer ends with the same plan; it is the plan
 * the latest stamp of every item says; no link points at a deleted item; and it validates.
 */
const DEVICES = ['aaaa', 'bbbb', 'cccc'] as const;
const IDS = ['i1', 'i2', 'i3', 'i4'] as const;

type Op =
  | { kind: 'put-skill' | 'put-milestone'; device: number; id: number; title: string; link: number | null; skew: number }
  | { kind: 'delete'; device: number; collection: 'skills' | 'milestones'; id: number; skew: number }
  | { kind: 'read'; device: number; from: number; skew: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constantFrom('put-skill' as const, 'put-milestone' as const), device: fc.nat(2), id: fc.nat(3), title: fc.stringMatching(/^[A-Za-z]{1,8}$/), link: fc.option(fc.nat(3)), skew: fc.integer({ min: -5000, max: 5000 }) }),
  fc.record({ kind: fc.constant('delete' as const), device: fc.nat(2), collection: fc.constantFrom('skills' as const, 'milestones' as const), id: fc.nat(3), skew: fc.integer({ min: -5000, max: 5000 }) }),
  fc.record({ kind: fc.constant('read' as const), device: fc.nat(2), from: fc.nat(2), skew: fc.integer({ min: -5000, max: 5000 }) }),
);

interface World {
  replicas: Replica[];
  clocks: (Hlc | null)[];
  /** The oracle: per `collection:id`, the latest stamp any computer gave it, and what it was then. */
  latest: Map<string, { stamp: Hlc; title: string | null }>;
}

function emptyReplica(device: string): Replica {
  return { device, plan: planWith({}), sync: { stamps: {}, fieldStamps: {}, tombstones: [], seen: {} } };
}

function run(ops: readonly Op[]): World {
  const world: World = { replicas: DEVICES.map(emptyReplica), clocks: DEVICES.map(() => null), latest: new Map() };
  let now = Date.UTC(2026, 11, 2);
  for (const step of ops) {
    now += 1000;
    const device = DEVICES[step.device]!;
    // Each computer's wall clock is off by its own skew: a laptop a few seconds fast, a PC behind.
    const wall = now + step.skew;
    const replica = world.replicas[step.device]!;
    if (step.kind === 'read') {
      if (step.from === step.device) continue;
      const merged = mergeReplicas([replica, world.replicas[step.from]!]);
      world.replicas[step.device] = { device, plan: merged.plan, sync: merged.sync };
      world.clocks[step.device] = [world.clocks[step.device] ?? null, ...Object.values(merged.sync.seen)].reduce<Hlc | null>((a, b) => (a === null || (b !== null && b > a) ? b : a), null);
      continue;
    }
    const stamp = tickHlc(world.clocks[step.device] ?? null, wall, device);
    world.clocks[step.device] = stamp;
    const collection = step.kind === 'delete' ? step.collection : step.kind === 'put-skill' ? 'skills' : 'milestones';
    const id = IDS[step.id]!;
    const key = `${collection}:${id}`;
    const plan = replica.plan;
    let next: Plan;
    const sync = { ...replica.sync, stamps: { ...replica.sync.stamps, [key]: stamp }, seen: { ...replica.sync.seen, [device]: stamp } };
    if (step.kind === 'delete') {
      next = { ...plan, [collection]: (plan[collection] as { id: string }[]).filter((item) => item.id !== id) } as Plan;
      if (collection === 'skills') next = { ...next, milestones: next.milestones.map((m) => ({ ...m, links: { ...m.links, skillIds: m.links.skillIds.filter((s) => s !== id) } })) };
      sync.tombstones = [...replica.sync.tombstones.filter((t) => !(t.collection === collection && t.id === id)), { collection, id, at: stamp }];
      remember(world, key, stamp, null);
    } else {
      const at = new Date(wall).toISOString();
      const linked = step.kind === 'put-milestone' && step.link !== null && plan.skills.some((s) => s.id === IDS[step.link!]) ? [IDS[step.link]!] : [];
      const item = step.kind === 'put-skill' ? skill({ id, name: step.title, createdAt: at, updatedAt: at }) : milestone({ id, title: step.title, links: { skillIds: linked, certificationIds: [], achievementIds: [] }, createdAt: at, updatedAt: at });
      const items = (plan[collection] as { id: string }[]).filter((existing) => existing.id !== id);
      next = { ...plan, [collection]: [...items, item] } as Plan;
      sync.tombstones = replica.sync.tombstones.filter((t) => !(t.collection === collection && t.id === id));
      remember(world, key, stamp, step.title);
    }
    world.replicas[step.device] = { device, plan: next, sync };
  }
  return world;
}

/** Concurrent edits on computers that have not read each other: the later stamp is the one that counts. */
function remember(world: World, key: string, stamp: Hlc, title: string | null): void {
  const before = world.latest.get(key);
  if (!before || stamp > before.stamp) world.latest.set(key, { stamp, title });
}

const titles = (plan: Plan) => ({
  skills: Object.fromEntries(plan.skills.map((s) => [s.id, s.name])),
  milestones: Object.fromEntries(plan.milestones.map((m) => [m.id, { title: m.title, skills: m.links.skillIds }])),
});

describe('mergeReplicas', () => {
  it('gives every computer the same plan, in any order, merged any number of times', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), fc.nat(5), (ops, rotation) => {
        const { replicas } = run(ops);
        const once = mergeReplicas(replicas);
        const order = [...replicas.slice(rotation % 3), ...replicas.slice(0, rotation % 3)].reverse();
        expect(mergeReplicas(order).plan).toEqual(once.plan);
        // Idempotent: a file read twice, or the merge merged again, changes nothing.
        expect(mergeReplicas([...replicas, ...replicas]).plan).toEqual(once.plan);
        const asReplica: Replica = { device: 'aaaa', plan: once.plan, sync: once.sync };
        expect(mergeReplicas([asReplica, ...replicas]).plan).toEqual(once.plan);
        // Associative: merging two first, then the third, is merging all three.
        const ab = mergeReplicas([replicas[0]!, replicas[1]!]);
        expect(mergeReplicas([{ device: 'aaaa', plan: ab.plan, sync: ab.sync }, replicas[2]!]).plan).toEqual(once.plan);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every item as its latest stamp says (edited, or deleted), with no link to a deleted item, and validates', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const world = run(ops);
        const { plan } = mergeReplicas(world.replicas);
        const expected = { skills: {} as Record<string, string>, milestones: {} as Record<string, string> };
        for (const [key, { title }] of world.latest) {
          const [collection, id] = key.split(':') as ['skills' | 'milestones', string];
          if (title !== null) expected[collection][id] = title;
        }
        const got = titles(plan);
        expect(got.skills).toEqual(expected.skills);
        expect(Object.fromEntries(Object.entries(got.milestones).map(([id, m]) => [id, m.title]))).toEqual(expected.milestones);
        for (const m of plan.milestones) for (const s of m.links.skillIds) expect(plan.skills.map((k) => k.id)).toContain(s);
        expect(PlanSchema.safeParse(plan).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
