import { describe, expect, it } from 'vitest';
import { QUESTION_BANK } from '../../../shared/catalog/interview';
import { interviewCoverage, isPreparedStory } from '../../../shared/insights/interview-coverage';
import { gapSuggestions, storySuggestions } from '../../../shared/insights/interview-suggestions';
import { PlanSchema, type Plan } from '../../../shared/model';
import { achievement, planWith, question, skill } from '../../support/plan-builders';

/**
 * Coverage and suggestion edges: blank action, gaps only for themes that have visible questions, how
 * many suggestions per theme (default 3, or as asked, also for the gaps), the reason naming at most three
 * keywords, an achievement's fields read as separate words, and a link to a skill no longer in the plan.
 */

const hidingBank = (p: Plan) => PlanSchema.parse({ ...p, preferences: { ...p.preferences, hiddenQuestionIds: QUESTION_BANK.map((q) => q.id) } });
const raidAchievement = (id: string, title: string) => achievement({ id, title, cvBullet: 'Kept the RAID log.' });

describe('isPreparedStory', () => {
  it('takes an action of only spaces and line breaks as no action', () => {
    expect(isPreparedStory({ star: { situation: '', task: '', action: ' \n\t ', result: 'It worked.' } })).toBe(false);
    expect(isPreparedStory({ star: { situation: '', task: '', action: ' I did it. ', result: 'It worked.' } })).toBe(true);
  });
});

describe('interviewCoverage: gaps', () => {
  it('names no gap for a theme with no visible question', () => {
    expect(interviewCoverage(hidingBank(planWith({}))).gaps).toEqual([]);
    const p = hidingBank(planWith({ questions: [question({ id: 'mine-1', text: 'A risk you missed?', themes: ['risk'] })] }));
    expect(interviewCoverage(p).gaps).toEqual([{ theme: 'risk', message: 'No story yet about managing risks, issues and dependencies.', questionIds: ['mine-1'] }]);
  });
});

describe('storySuggestions: how many', () => {
  // Five achievements that each say "RAID" once: score 1 each, so they rank by title.
  const p = planWith({ achievements: ['E', 'C', 'A', 'D', 'B'].map((t) => raidAchievement(`a-${t}`, `Log ${t}`)) });

  it('gives the best 3 by default, as many as asked otherwise', () => {
    expect(storySuggestions(p, ['risk']).get('risk')!.map((s) => s.title)).toEqual(['Log A', 'Log B', 'Log C']);
    expect(storySuggestions(p, ['risk'], { perTheme: 5 }).get('risk')!.map((s) => s.title)).toEqual(['Log A', 'Log B', 'Log C', 'Log D', 'Log E']);
    expect(storySuggestions(p, ['risk'], { perTheme: 1 }).get('risk')!.map((s) => s.title)).toEqual(['Log A']);
  });

  it('passes the number asked for on to the gaps', () => {
    const coverage = interviewCoverage(p);
    expect(coverage.gaps.some((g) => g.theme === 'risk')).toBe(true);
    expect(gapSuggestions(p, coverage, 1).get('risk')!.map((s) => s.title)).toEqual(['Log A']);
    expect(gapSuggestions(p, coverage, 4).get('risk')!.map((s) => s.title)).toEqual(['Log A', 'Log B', 'Log C', 'Log D']);
    expect(gapSuggestions(p, coverage).get('risk')).toHaveLength(3);
  });
});

describe('storySuggestions: reasons', () => {
  it('counts every keyword found but names only the first three, separated by commas', () => {
    const a = achievement({ id: 'a-1', title: 'Quarterly review', cvBullet: 'Cut each risk, RAID entry, issue and dependency by half.' });
    expect(storySuggestions(planWith({ achievements: [a] }), ['risk']).get('risk')).toEqual([
      { achievementId: 'a-1', title: 'Quarterly review', reasons: ['mentions “risk”, “RAID”, “issue”'], score: 4 },
    ]);
  });

  it('reads each field as separate words: the end of one never runs into the start of the next', () => {
    // Read as one run, "Kept the RAID" + "log was stale" would be "RAIDlog", which is no keyword.
    const a = achievement({ id: 'a-1', title: 'Kept the RAID', star: { situation: 'log was stale', task: '', action: '', result: '' } });
    expect(storySuggestions(planWith({ achievements: [a] }), ['risk']).get('risk')).toEqual([
      { achievementId: 'a-1', title: 'Kept the RAID', reasons: ['mentions “RAID”'], score: 1 },
    ]);
  });

  it('skips a linked skill no longer in the plan and still counts the ones that are', () => {
    const p = planWith({
      skills: [skill({ id: 'sk-risk', name: 'Risk management' })],
      achievements: [achievement({ id: 'a-1', title: 'Quarterly review', skillIds: ['sk-deleted', 'sk-risk'] })],
    });
    expect(storySuggestions(p, ['risk', 'tools'])).toEqual(
      new Map([
        ['risk', [{ achievementId: 'a-1', title: 'Quarterly review', reasons: ['linked to the skill “Risk management”'], score: 2 }]],
        ['tools', []],
      ]),
    );
  });
});
