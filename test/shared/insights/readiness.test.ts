import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeReadiness, skillPercent, skillProgress, type Readiness } from '../../../shared/insights';
import { COMPETENCY_AREAS, PlanChangeSchema, PlanSchema, applyPlanChange, type Plan } from '../../../shared/model';
import { arbitraryPlan } from '../../support/arbitraries';
import { certification, milestone, planWith, skill } from '../../support/plan-builders';

const figures = (readiness: Readiness) => [readiness.overall, ...COMPETENCY_AREAS.map((area) => readiness.areas[area])];

describe('computeReadiness', () => {
  it('shows 0 without data for an empty plan, overall and in every area', () => {
    const readiness = computeReadiness(planWith({}));
    expect(readiness.overall).toEqual({
      score: 0,
      hasData: false,
      skills: null,
      milestones: null,
      certifications: null,
      notCounted: { droppedMilestones: 0, consideredCertifications: 0 },
    });
    for (const area of COMPETENCY_AREAS) expect(readiness.areas[area]).toEqual({ area, score: 0, hasData: false, skills: null });
  });

  it('scores an area by its skills against their targets, capped at the target', () => {
    const plan = planWith({
      skills: [
        skill({ id: 'a', name: 'Benefits', area: 'business', currentLevel: 1, targetLevel: 4 }), // 25
        skill({ id: 'b', name: 'Finance', area: 'business', currentLevel: 4, targetLevel: 2 }), // capped at 100
      ],
    });
    const business = computeReadiness(plan).areas.business;
    expect(business).toEqual({
      area: 'business',
      score: 63, // (25 + 100) / 2 = 62.5, rounded half up
      hasData: true,
      skills: {
        score: 63,
        counted: 2,
        skills: [
          { skillId: 'a', name: 'Benefits', currentLevel: 1, targetLevel: 4, percent: 25 },
          { skillId: 'b', name: 'Finance', currentLevel: 4, targetLevel: 2, percent: 100 },
        ],
      },
    });
    expect(computeReadiness(plan).areas.leadership.hasData).toBe(false);
  });

  it('counts a skill with a target of 0 as met', () => {
    expect(skillProgress({ currentLevel: 0, targetLevel: 0 })).toBe(1);
    expect(skillPercent({ currentLevel: 0, targetLevel: 0 })).toBe(100);
    expect(skillProgress({ currentLevel: 2, targetLevel: 3 })).toBeCloseTo(2 / 3);
    expect(skillPercent({ currentLevel: 2, targetLevel: 3 })).toBe(67);
  });

  it('leaves milestones and certifications out of every area (the issue: "Leadership 100%" with no leadership skills)', () => {
    const plan = planWith({
      skills: [skill({ id: 'o', area: 'organisational', currentLevel: 1, targetLevel: 4 })], // 25
      milestones: [
        milestone({ id: 'm1', area: 'leadership', status: 'done', completedOn: '2026-11-01' }),
        milestone({ id: 'm2', area: 'organisational', status: 'done', completedOn: '2026-11-01' }),
      ],
      certifications: [certification({ id: 'c', catalogId: 'pmp', status: 'passed' })],
    });
    const readiness = computeReadiness(plan);
    expect(readiness.areas.leadership).toEqual({ area: 'leadership', score: 0, hasData: false, skills: null });
    expect(readiness.areas.organisational.score).toBe(25);
    // (25 + 100 + 100) / 3 = 75
    expect(readiness.overall).toMatchObject({ score: 75, milestones: { score: 100, done: 2, counted: 2 }, certifications: { score: 100, passed: 1, counted: 1 } });
  });

  it('scores milestones overall as done over not dropped, and counts what it leaves out', () => {
    const plan = planWith({
      milestones: [
        milestone({ id: 'm1', area: 'leadership', status: 'done', completedOn: '2026-11-01' }),
        milestone({ id: 'm2', area: 'leadership', status: 'doing' }),
        milestone({ id: 'm3', area: 'leadership', status: 'dropped' }),
        milestone({ id: 'm4', area: null, status: 'todo' }),
      ],
      certifications: [certification({ id: 'c1', catalogId: 'csm', status: 'considering' })],
    });
    const readiness = computeReadiness(plan);
    expect(readiness.overall).toEqual({
      score: 33,
      hasData: true,
      skills: null,
      milestones: { score: 33, done: 1, counted: 3 },
      certifications: null,
      notCounted: { droppedMilestones: 1, consideredCertifications: 1 },
    });
  });

  it('averages the whole-number parts that have data, with certifications past "considering" only', () => {
    const plan = planWith({
      skills: [skill({ id: 's', area: 'organisational', currentLevel: 3, targetLevel: 3 })], // 100
      milestones: [milestone({ id: 'm', area: 'organisational' })], // 0
      certifications: [
        certification({ id: 'c1', catalogId: 'pmp', status: 'passed' }),
        certification({ id: 'c2', catalogId: 'capm', status: 'studying' }),
        certification({ id: 'c3', catalogId: 'csm', status: 'considering' }), // not counted
      ], // 50
    });
    const readiness = computeReadiness(plan);
    expect(readiness.areas.organisational.score).toBe(100);
    expect(readiness.overall).toMatchObject({ score: 50, certifications: { passed: 1, counted: 2, score: 50 }, notCounted: { consideredCertifications: 1 } });
  });

  it('rounds an exact half up, as a person would (57 of 200 milestones done is 29%, not 28%)', () => {
    const milestones = Array.from({ length: 200 }, (_, i) =>
      i < 57 ? milestone({ id: `m${i}`, status: 'done', completedOn: '2026-11-01' }) : milestone({ id: `m${i}` }),
    );
    expect(computeReadiness(planWith({ milestones })).overall.milestones).toEqual({ score: 29, done: 57, counted: 200 });
  });

  it('builds each figure from the whole numbers listed beneath it, so the explanation adds up', () => {
    // 33 + 33 + 25 = 91, / 3 = 30.3 -> 30 (averaging the exact fractions would give 30.6 -> 31).
    const plan = planWith({
      skills: [
        skill({ id: 'a', area: 'leadership', currentLevel: 1, targetLevel: 3 }),
        skill({ id: 'b', area: 'leadership', currentLevel: 1, targetLevel: 3 }),
        skill({ id: 'c', area: 'leadership', currentLevel: 1, targetLevel: 4 }),
      ],
    });
    expect(computeReadiness(plan).areas.leadership.score).toBe(30);
  });

  it('rises when a dropped milestone is completed (a new part worth 100)', () => {
    const skills = [skill({ id: 's', area: 'business', currentLevel: 1, targetLevel: 4 })];
    const before = computeReadiness(planWith({ skills, milestones: [milestone({ id: 'm', area: 'business', status: 'dropped' })] }));
    const after = computeReadiness(planWith({ skills, milestones: [milestone({ id: 'm', area: 'business', status: 'done', completedOn: '2026-12-01' })] }));
    expect(before.overall.score).toBe(25);
    expect(after.overall.score).toBe(63);
    expect(after.areas.business.score).toBe(before.areas.business.score);
  });
});

// Hundreds of generated plans: a generous limit for a busy 2-core machine (a limit, not a wait).
const PROPERTY_LIMITS = { timeout: 60_000 };

describe('readiness guarantees (properties)', PROPERTY_LIMITS, () => {
  it('stays a whole number within 0–100 for every plan, overall and per area, and is 0 without data', () => {
    fc.assert(
      fc.property(arbitraryPlan(), (plan) => {
        for (const figure of figures(computeReadiness(plan))) {
          expect(Number.isInteger(figure.score)).toBe(true);
          expect(figure.score).toBeGreaterThanOrEqual(0);
          expect(figure.score).toBeLessThanOrEqual(100);
          if (!figure.hasData) expect(figure.score).toBe(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives each area the average of its own skills and nothing else', () => {
    fc.assert(
      fc.property(arbitraryPlan(), (plan) => {
        const readiness = computeReadiness(plan);
        for (const area of COMPETENCY_AREAS) {
          const percents = plan.skills.filter((s) => s.area === area).map(skillPercent);
          const figure = readiness.areas[area];
          expect(figure.hasData).toBe(percents.length > 0);
          if (percents.length > 0) {
            const mean = percents.reduce((a, b) => a + b, 0) / percents.length;
            expect(Math.abs(figure.score - mean)).toBeLessThanOrEqual(0.5);
          }
          // Milestones and certifications make no difference to an area.
          expect(computeReadiness({ ...plan, milestones: [], certifications: [] }).areas[area]).toEqual(figure);
        }
      }),
      { numRuns: 200 },
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
        expectNoFigureLower(computeReadiness(plan), computeReadiness(after));
      }),
      { numRuns: 300 },
    );
  });

  it('never drops, overall or in any area, when a skill moves up a level', () => {
    const planWithRoom = arbitraryPlan().filter((p) => p.skills.some((s) => s.currentLevel < 4));
    fc.assert(
      fc.property(planWithRoom, fc.nat(), (plan, pick) => {
        const climbable = plan.skills.filter((s) => s.currentLevel < 4);
        const target = climbable[pick % climbable.length]!;
        const after: Plan = { ...plan, skills: plan.skills.map((s) => (s.id === target.id ? { ...s, currentLevel: (s.currentLevel + 1) as 1 } : s)) };
        expectNoFigureLower(computeReadiness(plan), computeReadiness(after));
      }),
      { numRuns: 300 },
    );
  });
});

function expectNoFigureLower(before: Readiness, after: Readiness) {
  expect(after.overall.score).toBeGreaterThanOrEqual(before.overall.score);
  for (const area of COMPETENCY_AREAS) expect(after.areas[area].score).toBeGreaterThanOrEqual(before.areas[area].score);
}
