import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanChangeSchema, PlanSchema, applyPlanChange, migratePlan, type Plan } from '../../../shared/model';
import { computeReadiness } from '../../../shared/insights';
import { arbitraryPlan, arbitraryV1Plan } from '../../support/arbitraries';

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

describe('readiness properties', () => {
  const scores = (plan: Plan) => [plan, computeReadiness(plan)] as const;

  it('stays a whole number within 0–100 for every plan, overall and per area', () => {
    fc.assert(
      fc.property(arbitraryPlan(), (plan) => {
        const [, readiness] = scores(plan);
        for (const figure of [readiness.overall, ...Object.values(readiness.areas)]) {
          expect(Number.isInteger(figure.score)).toBe(true);
          expect(figure.score).toBeGreaterThanOrEqual(0);
          expect(figure.score).toBeLessThanOrEqual(100);
          if (!figure.hasData) expect(figure.score).toBe(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never drops, overall or in any area, when a milestone is completed', () => {
    const planWithMilestone = arbitraryPlan().filter((p) => p.milestones.some((m) => m.status !== 'done'));
    fc.assert(
      fc.property(planWithMilestone, fc.nat(), (plan, pick) => {
        const open = plan.milestones.filter((m) => m.status !== 'done');
        const target = open[pick % open.length]!;
        const { createdAt: _c, updatedAt: _u, ...fields } = target;
        const change = PlanChangeSchema.parse({ type: 'milestone.put', item: { ...fields, status: 'done', completedOn: null } });
        const after = PlanSchema.parse(applyPlanChange(plan, change, { now: plan.updatedAt, today: '2026-12-01' }));
        const before = computeReadiness(plan);
        const next = computeReadiness(after);
        expect(next.overall.score).toBeGreaterThanOrEqual(before.overall.score);
        for (const area of Object.keys(before.areas) as (keyof typeof before.areas)[]) {
          expect(next.areas[area].score).toBeGreaterThanOrEqual(before.areas[area].score);
        }
      }),
      { numRuns: 300 },
    );
  });
});
