import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeReadiness, evidenceBySkill, explainReadiness, skillAreaSummaries } from '../../../shared/insights';
import { COMPETENCY_AREAS, type Plan } from '../../../shared/model';
import { arbitraryPlan } from '../../support/arbitraries';
import { generatePlan } from '../../support/plan-generator';
import { milestone, planWith, skill } from '../../support/plan-builders';

// "The same plan gives the same figure wherever it is shown": the Skills screen's view model
// (skillAreaSummaries, fed the skills and their evidence as SkillsScreen does) against the dashboard's
// (computeReadiness of the whole plan, as ReadinessPanel does).

/** Any plan: fast-check's (any Unicode, any mix) or a realistic generated one of up to 60 items. */
const anyPlan: fc.Arbitrary<Plan> = fc.oneof(
  arbitraryPlan(),
  fc
    .record({ seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }), skills: fc.nat({ max: 25 }), milestones: fc.nat({ max: 20 }), certifications: fc.nat({ max: 8 }), achievements: fc.nat({ max: 7 }) })
    .map(({ seed, ...counts }) => generatePlan({ seed, counts })),
);

function skillsScreenView(plan: Plan) {
  const evidence = new Map(evidenceBySkill(plan).map((e) => [e.skillId, e.count]));
  return skillAreaSummaries(plan.skills, evidence);
}

// Hundreds of generated plans: a generous limit for a busy 2-core machine (a limit, not a wait).
const PROPERTY_LIMITS = { timeout: 60_000 };

describe('the Skills screen and the dashboard agree', PROPERTY_LIMITS, () => {
  it('give every area the same figure and the same explanation for any plan', () => {
    fc.assert(
      fc.property(anyPlan, (plan) => {
        const dashboard = computeReadiness(plan);
        const dashboardWords = explainReadiness(dashboard);
        const tiles = skillsScreenView(plan);
        expect(tiles.map((t) => t.area)).toEqual([...COMPETENCY_AREAS]);
        for (const tile of tiles) {
          expect(tile.readiness.score).toBe(dashboard.areas[tile.area].score);
          expect(tile.readiness.hasData).toBe(dashboard.areas[tile.area].hasData);
          expect(tile.explanation?.text ?? null).toBe(dashboardWords.areas[tile.area]?.text ?? null);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts the skills at target and with evidence per area', () => {
    fc.assert(
      fc.property(anyPlan, (plan) => {
        const evidenced = new Set(plan.achievements.flatMap((a) => a.skillIds));
        for (const tile of skillsScreenView(plan)) {
          const inArea = plan.skills.filter((s) => s.area === tile.area);
          expect(tile.total).toBe(inArea.length);
          expect(tile.atTarget).toBe(inArea.filter((s) => s.currentLevel >= s.targetLevel).length);
          expect(tile.withEvidence).toBe(inArea.filter((s) => evidenced.has(s.id)).length);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('no longer differ for the issue\'s example: a Leadership milestone ticked, no leadership skills', () => {
    // The dashboard used to mix milestones into each area (Leadership 100%, Organisational 50%) while
    // the Skills screen counted skills alone (no leadership skills, Organisational 0%).
    const plan = planWith({
      skills: [skill({ id: 's', area: 'organisational', currentLevel: 0, targetLevel: 4 })],
      milestones: [milestone({ id: 'm1', area: 'leadership', status: 'done', completedOn: '2026-11-01' }), milestone({ id: 'm2', area: 'organisational', status: 'done', completedOn: '2026-11-01' })],
    });
    const dashboard = computeReadiness(plan).areas;
    const tiles = skillsScreenView(plan);
    expect(tiles.map((t) => [t.area, t.readiness.hasData, t.readiness.score])).toEqual([
      ['business', false, 0],
      ['leadership', false, 0],
      ['organisational', true, 0],
    ]);
    expect(COMPETENCY_AREAS.map((area) => [area, dashboard[area].hasData, dashboard[area].score])).toEqual(tiles.map((t) => [t.area, t.readiness.hasData, t.readiness.score]));
  });
});
