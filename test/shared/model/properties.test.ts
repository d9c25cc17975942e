import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanSchema, migratePlan } from '../../../shared/model';
import { arbitraryPlan } from '../../support/arbitraries';
import { arbitraryV1Plan } from '../../support/arbitrary-old-plans';

describe('plan properties', () => {
  it('every valid plan survives a JSON round trip and validates again unchanged', () => {
    fc.assert(
      fc.property(arbitraryPlan(), (plan) => {
        const reloaded = PlanSchema.parse(JSON.parse(JSON.stringify(plan)));
        expect(reloaded).toEqual(plan);
      }),
      { numRuns: 200 },
    );
  });

  it('every valid plan is reported as current by migratePlan', () => {
    fc.assert(
      fc.property(arbitraryPlan({ maxItems: 3 }), (plan) => {
        expect(migratePlan(JSON.parse(JSON.stringify(plan)))).toEqual({ kind: 'current', plan });
      }),
      { numRuns: 100 },
    );
  });

  it('migrating a v1 plan keeps every string the person wrote', () => {
    fc.assert(
      fc.property(arbitraryV1Plan(), (v1) => {
        const outcome = migratePlan(JSON.parse(JSON.stringify(v1)));
        if (outcome.kind !== 'migrated') throw new Error(`not migrated: ${JSON.stringify(outcome)}`);
        const plan = outcome.plan;
        expect(plan.profile.targetRole).toBe(v1.targetRole);
        expect(plan.milestones.map((m) => m.id)).toEqual(v1.milestones.map((m) => m.id));
        v1.milestones.forEach((old, i) => {
          const now = plan.milestones[i]!;
          const written = old.title.trim();
          // Only surrounding whitespace may go; an over-long title is kept whole in the notes.
          if (written === '') expect(now.title).toBe('Untitled milestone');
          else if (written.length <= 200) expect(now.title).toBe(written);
          else expect(now.notes).toBe(`Full title: ${written}`);
          expect(now.status).toBe(old.done ? 'done' : 'todo');
          expect(now.createdAt).toBe(old.createdAt);
        });
      }),
      { numRuns: 300 },
    );
  });
});
