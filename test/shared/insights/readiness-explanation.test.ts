import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeReadiness,
  explainAreaReadiness,
  explainOverallReadiness,
  explainReadiness,
  nothingToMeasureInArea,
  nothingToMeasureOverall,
  phraseText,
} from '../../../shared/insights';
import { COMPETENCY_AREAS } from '../../../shared/model';
import { arbitraryPlan } from '../../support/arbitraries';
import { certification, milestone, planWith, skill } from '../../support/plan-builders';

const done = (id: string) => milestone({ id, status: 'done', completedOn: '2026-11-01' });

describe('explaining an area', () => {
  it('lists each skill with its level, target and share, then the average', () => {
    const plan = planWith({
      skills: [
        skill({ id: 's1', name: 'Stakeholder management', area: 'leadership', currentLevel: 1, targetLevel: 3 }),
        skill({ id: 's2', name: 'People leadership', area: 'leadership', currentLevel: 2, targetLevel: 2 }),
        skill({ id: 's3', name: 'RAID logs', area: 'organisational', currentLevel: 0, targetLevel: 4 }),
      ],
    });
    const explanation = explainAreaReadiness(computeReadiness(plan).areas.leadership)!;
    expect(explanation.text).toBe(
      'Leadership skills: 2 skills. Stakeholder management: level 1 of target 3 (33%). People leadership: level 2 of target 2 (100%). Average: 67%. ' +
        'Milestones and certifications count towards the overall figure only.',
    );
    expect(explanation).toMatchObject({
      intro: 'Leadership skills: 2 skills.',
      items: ['Stakeholder management: level 1 of target 3 (33%).', 'People leadership: level 2 of target 2 (100%).'],
      result: 'Average: 67%.',
    });
  });

  it('says how a level above target and a target of 0 are counted, and uses "1 skill"', () => {
    const above = planWith({ skills: [skill({ id: 'a', name: 'Budgets', area: 'business', currentLevel: 4, targetLevel: 2 })] });
    expect(explainAreaReadiness(computeReadiness(above).areas.business)!.items).toEqual(['Budgets: level 4, above target 2 (counts as 100%).']);
    expect(explainAreaReadiness(computeReadiness(above).areas.business)!.intro).toBe('Business skills: 1 skill.');
    const none = planWith({ skills: [skill({ id: 'z', name: 'Coaching', area: 'business', currentLevel: 0, targetLevel: 0 })] });
    expect(explainAreaReadiness(computeReadiness(none).areas.business)!.items).toEqual(['Coaching: target level 0, which counts as met (100%).']);
  });

  it('has no explanation for an area without skills, which says so in words with a way to add one', () => {
    expect(explainAreaReadiness(computeReadiness(planWith({})).areas.leadership)).toBeNull();
    expect(nothingToMeasureInArea('leadership')).toEqual(['No leadership skills in your plan yet: ', { text: 'add one', goTo: 'skills' }]);
    expect(phraseText(nothingToMeasureInArea('organisational'))).toBe('No organisational skills in your plan yet: add one');
    expect(nothingToMeasureInArea('business', { canAdd: false })).toEqual(['No business skills in your plan yet']);
  });
});

describe('explaining the overall figure', () => {
  it('gives each part with its counts, what is left out, and the average worked out', () => {
    const plan = planWith({
      skills: [
        skill({ id: 's1', area: 'business', currentLevel: 1, targetLevel: 3 }), // 33
        skill({ id: 's2', area: 'leadership', currentLevel: 2, targetLevel: 2 }), // 100
      ], // 67
      milestones: [done('m1'), done('m2'), ...['m3', 'm4', 'm5', 'm6', 'm7', 'm8'].map((id) => milestone({ id })), milestone({ id: 'm9', status: 'dropped' })], // 2 of 8: 25
      certifications: [
        certification({ id: 'c1', catalogId: 'pmp', status: 'studying' }),
        certification({ id: 'c2', catalogId: 'capm', status: 'considering' }),
        certification({ id: 'c3', catalogId: 'csm', status: 'considering' }),
      ], // 0 of 1: 0
    });
    const readiness = computeReadiness(plan);
    expect(readiness.overall.score).toBe(31); // (67 + 25 + 0) / 3 = 30.7
    expect(explainOverallReadiness(readiness.overall)!.text).toBe(
      'Skills 67% (average of 2 skills) · Milestones 25% (2 of 8 done, 1 dropped not counted) · Certifications 0% (0 of 1 passed; 2 only considered, not counted). ' +
        'Readiness is the average of the parts that have something to count: (67 + 25 + 0) ÷ 3 = 30.7, so 31%. ' +
        'Milestones and certifications count towards this overall figure only: each area measures its skills alone.',
    );
  });

  it('shows a whole average without rounding words, and names parts with nothing to count', () => {
    const plan = planWith({ skills: [skill({ id: 's', currentLevel: 1, targetLevel: 2 })], milestones: [done('m'), milestone({ id: 'x', status: 'dropped' })] });
    const explanation = explainOverallReadiness(computeReadiness(plan).overall)!;
    expect(explanation.items).toEqual(['Skills 50% (average of 1 skill)', 'Milestones 100% (1 of 1 done, 1 dropped not counted)', 'Certifications: none to count yet']);
    expect(explanation.result).toBe('Readiness is the average of the parts that have something to count: (50 + 100) ÷ 2 = 75%.');
  });

  it('says when only one part has something to count', () => {
    const plan = planWith({ milestones: [milestone({ id: 'x', status: 'dropped' })], certifications: [certification({ id: 'c', catalogId: 'pmp', status: 'passed' }), certification({ id: 'd', catalogId: 'csm', status: 'considering' })] });
    const explanation = explainOverallReadiness(computeReadiness(plan).overall)!;
    expect(explanation.items).toEqual(['Skills: none in your plan yet', 'Milestones: none to count (1 dropped, not counted)', 'Certifications 100% (1 of 1 passed; 1 only considered, not counted)']);
    expect(explanation.result).toBe('Only certifications have something to count, so readiness is their figure: 100%.');
  });

  it('says in words what to add when there is nothing to measure, naming what is held but not counted', () => {
    const empty = computeReadiness(planWith({})).overall;
    expect(explainOverallReadiness(empty)).toBeNull();
    const phrases = nothingToMeasureOverall(empty);
    expect(phraseText(phrases)).toBe('Nothing to measure yet: add a skill, a milestone or a certification you are working towards.');
    expect(phrases.filter((p) => typeof p !== 'string')).toEqual([
      { text: 'add a skill', goTo: 'skills' },
      { text: 'a milestone', goTo: 'milestones' },
      { text: 'a certification you are working towards', goTo: 'certifications' },
    ]);
    const leftOut = computeReadiness(
      planWith({ milestones: [milestone({ id: 'a', status: 'dropped' }), milestone({ id: 'b', status: 'dropped' })], certifications: [certification({ id: 'c', catalogId: 'pmp', status: 'considering' })] }),
    ).overall;
    expect(phraseText(nothingToMeasureOverall(leftOut))).toBe(
      'Nothing to measure yet: add a skill, a milestone or a certification you are working towards. (2 dropped milestones are not counted; 1 certification only considered is not counted.)',
    );
  });
});

// Hundreds of generated plans: a generous limit for a busy 2-core machine (a limit, not a wait).
const PROPERTY_LIMITS = { timeout: 60_000 };

describe('explanations agree with the figures (properties)', PROPERTY_LIMITS, () => {
  const percent = /(\d+)%/g;

  it('every figure with data has an explanation ending in that figure, built from numbers that add up to it', () => {
    fc.assert(
      fc.property(arbitraryPlan(), (plan) => {
        const readiness = computeReadiness(plan);
        const words = explainReadiness(readiness);
        for (const area of COMPETENCY_AREAS) {
          const figure = readiness.areas[area];
          const explanation = words.areas[area];
          expect(explanation === null).toBe(!figure.hasData);
          if (!explanation) continue;
          expect(explanation.result).toBe(`Average: ${figure.score}%.`);
          // The last percentage of each skill line (a name may hold one too) is that skill's share.
          const shares = explanation.items.map((line) => Number([...line.matchAll(percent)].at(-1)![1]));
          expect(shares).toEqual(figure.skills!.skills.map((s) => s.percent));
          expect(Math.round(shares.reduce((a, b) => a + b, 0) / shares.length)).toBe(figure.score);
        }
        const overall = words.overall;
        expect(overall === null).toBe(!readiness.overall.hasData);
        if (overall) expect(overall.result.endsWith(` ${readiness.overall.score}%.`)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
