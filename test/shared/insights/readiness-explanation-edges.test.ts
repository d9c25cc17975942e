import { describe, expect, it } from 'vitest';
import { computeReadiness, explainOverallReadiness, nothingToMeasureOverall, phraseText } from '../../../shared/insights';
import { certification, milestone, planWith, skill } from '../../support/plan-builders';

/**
 * The overall explanation's wording at its edges: nothing left out says nothing about it, one thing left
 * out is singular, and a part with nothing to count says "yet" only when nothing was left out.
 */

const overallOf = (plan: ReturnType<typeof planWith>) => explainOverallReadiness(computeReadiness(plan).overall)!;

describe('the overall explanation, when nothing is left out', () => {
  it('names no dropped milestones and no considered certifications', () => {
    const explanation = overallOf(
      planWith({
        milestones: [milestone({ id: 'm1', status: 'done', completedOn: '2026-11-01' }), milestone({ id: 'm2' })],
        certifications: [certification({ id: 'c', catalogId: 'pmp', status: 'passed' })],
      }),
    );
    expect(explanation.items).toEqual(['Skills: none in your plan yet', 'Milestones 50% (1 of 2 done)', 'Certifications 100% (1 of 1 passed)']);
  });

  it('says a part with nothing to count has none "yet"', () => {
    const explanation = overallOf(planWith({ skills: [skill({ id: 's', currentLevel: 1, targetLevel: 2 })] }));
    expect(explanation.items).toEqual(['Skills 50% (average of 1 skill)', 'Milestones: none to count yet', 'Certifications: none to count yet']);
    expect(explanation.result).toBe('Only skills have something to count, so readiness is their figure: 50%.');
  });

  it('names what was left out of a part that has nothing else to count', () => {
    const explanation = overallOf(
      planWith({
        skills: [skill({ id: 's', currentLevel: 2, targetLevel: 2 })],
        milestones: [milestone({ id: 'd1', status: 'dropped' }), milestone({ id: 'd2', status: 'dropped' })],
        certifications: [certification({ id: 'c1', catalogId: 'pmp', status: 'considering' }), certification({ id: 'c2', catalogId: 'csm', status: 'considering' })],
      }),
    );
    expect(explanation.items).toEqual([
      'Skills 100% (average of 1 skill)',
      'Milestones: none to count (2 dropped, not counted)',
      'Certifications: none to count (2 only considered, not counted)',
    ]);
  });
});

describe('nothing to measure overall, naming what is held', () => {
  it('uses the singular for one dropped milestone and the plural for several certifications', () => {
    const figure = computeReadiness(
      planWith({
        milestones: [milestone({ id: 'd', status: 'dropped' })],
        certifications: [certification({ id: 'c1', catalogId: 'pmp', status: 'considering' }), certification({ id: 'c2', catalogId: 'csm', status: 'considering' })],
      }),
    ).overall;
    expect(phraseText(nothingToMeasureOverall(figure))).toBe(
      'Nothing to measure yet: add a skill, a milestone or a certification you are working towards. (1 dropped milestone is not counted; 2 certifications only considered are not counted.)',
    );
  });

  it('names only what is there: certifications alone', () => {
    const figure = computeReadiness(planWith({ certifications: [certification({ id: 'c', catalogId: 'pmp', status: 'considering' })] })).overall;
    expect(phraseText(nothingToMeasureOverall(figure))).toBe(
      'Nothing to measure yet: add a skill, a milestone or a certification you are working towards. (1 certification only considered is not counted.)',
    );
  });
});
