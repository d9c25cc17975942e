import { describe, expect, it } from 'vitest';
import { computeReadiness, skillProgress } from '../../../shared/insights';
import { certification, milestone, planWith, skill } from '../../support/plan-builders';

describe('computeReadiness', () => {
  it('shows 0 without data for an empty plan, overall and in every area', () => {
    const readiness = computeReadiness(planWith({}));
    for (const figure of [readiness.overall, readiness.areas.business, readiness.areas.leadership, readiness.areas.organisational]) {
      expect(figure).toEqual({ score: 0, hasData: false, skills: null, milestones: null, certifications: null });
    }
  });

  it('scores skills by level against target, capped at the target', () => {
    const plan = planWith({
      skills: [
        skill({ id: 'a', area: 'business', currentLevel: 1, targetLevel: 4 }), // 0.25
        skill({ id: 'b', area: 'business', currentLevel: 4, targetLevel: 2 }), // capped at 1
      ],
    });
    const business = computeReadiness(plan).areas.business;
    expect(business).toMatchObject({ score: 63, hasData: true, skills: { counted: 2, score: 63 }, milestones: null });
    expect(computeReadiness(plan).areas.leadership.hasData).toBe(false);
  });

  it('counts a skill with a target of 0 as met', () => {
    expect(skillProgress({ currentLevel: 0, targetLevel: 0 })).toBe(1);
    expect(skillProgress({ currentLevel: 2, targetLevel: 3 })).toBeCloseTo(2 / 3);
  });

  it('scores milestones as done over not dropped, per area', () => {
    const plan = planWith({
      milestones: [
        milestone({ id: 'm1', area: 'leadership', status: 'done', completedOn: '2026-11-01' }),
        milestone({ id: 'm2', area: 'leadership', status: 'doing' }),
        milestone({ id: 'm3', area: 'leadership', status: 'dropped' }),
        milestone({ id: 'm4', area: null, status: 'todo' }),
      ],
    });
    const readiness = computeReadiness(plan);
    expect(readiness.areas.leadership).toMatchObject({ score: 50, milestones: { done: 1, counted: 2, score: 50 } });
    // The unassigned milestone counts overall only.
    expect(readiness.overall).toMatchObject({ score: 33, milestones: { done: 1, counted: 3 } });
  });

  it('averages the parts that have data, with certifications counted overall only', () => {
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
    expect(readiness.areas.organisational.score).toBe(50);
    expect(readiness.areas.organisational.certifications).toBeNull();
    expect(readiness.overall).toMatchObject({ score: 50, certifications: { passed: 1, counted: 2, score: 50 } });
  });

  it('rises when a dropped milestone is completed (a new part worth 100)', () => {
    const skills = [skill({ id: 's', area: 'business', currentLevel: 1, targetLevel: 4 })];
    const before = computeReadiness(planWith({ skills, milestones: [milestone({ id: 'm', area: 'business', status: 'dropped' })] }));
    const after = computeReadiness(
      planWith({ skills, milestones: [milestone({ id: 'm', area: 'business', status: 'done', completedOn: '2026-12-01' })] }),
    );
    expect(before.areas.business.score).toBe(25);
    expect(after.areas.business.score).toBe(63);
  });
});
