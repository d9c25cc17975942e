import fc from 'fast-check';

/** One step of a scenario; fast-check makes them, and shrinks a failing list to the few that matter. */
export type SimStep =
  | { kind: 'edit'; computer: number; collection: 'achievements' | 'skills'; id: number; remove: boolean; save: boolean }
  | { kind: 'rename-person'; computer: number }
  | { kind: 'sync'; computer: number }
  | { kind: 'deliver'; pick: number; how: 'whole' | 'duplicate' | 'partial' | 'conflict-copy' }
  | { kind: 'stale'; pick: number; to: number }
  | { kind: 'kill'; computer: number }
  | { kind: 'wait'; ms: number };

export interface SimScenario {
  computers: number;
  /** Each computer's clock error (ms): a laptop minutes fast, a PC an hour slow. */
  skews: number[];
  steps: SimStep[];
}

const computer = fc.nat(2);

const step: fc.Arbitrary<SimStep> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('edit' as const), computer, collection: fc.constantFrom('achievements' as const, 'skills' as const), id: fc.nat(3), remove: fc.boolean(), save: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rename-person' as const), computer }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('sync' as const), computer }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('deliver' as const), pick: fc.nat(20), how: fc.constantFrom('whole' as const, 'whole' as const, 'whole' as const, 'duplicate' as const, 'partial' as const, 'conflict-copy' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('stale' as const), pick: fc.nat(20), to: computer }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('kill' as const), computer }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 1, max: 90_000 }) }) },
);

export const scenarioArbitrary: fc.Arbitrary<SimScenario> = fc
  .record({
    computers: fc.integer({ min: 2, max: 3 }),
    skews: fc.array(fc.integer({ min: -3_600_000, max: 3_600_000 }), { minLength: 3, maxLength: 3 }),
    steps: fc.array(step, { minLength: 5, maxLength: 40 }),
  })
  .map((s) => ({ ...s, steps: s.steps.map((st) => ('computer' in st ? { ...st, computer: st.computer % s.computers } : st.kind === 'stale' ? { ...st, to: st.to % s.computers } : st)) as SimStep[] }));
