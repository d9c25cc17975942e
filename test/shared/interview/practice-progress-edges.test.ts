import { describe, expect, it } from 'vitest';
import { latestRatingByQuestion, storyProgress, trendOf } from '../../../shared/interview/practice-progress';
import { PracticeSessionFieldsSchema, type PracticeRating } from '../../../shared/model';
import { planWith } from '../../support/plan-builders';

/**
 * trendOf against its doc comment: "better" is the average of the last two ratings against the two
 * before them (two ratings: the second against the first; three: the last two against the first), so
 * ratings older than the last four never count. Each case below is worked out by hand.
 */

describe('trendOf', () => {
  it('ignores every rating older than the last four', () => {
    // Last four 1, 1, 2, 2: now 2 against 1 before. The opening 3s would make the overall mean 2 (steady).
    expect(trendOf([3, 3, 1, 1, 2, 2])).toBe('improving');
    // Last four 3, 3, 1, 1: 1 against 3, however good the start.
    expect(trendOf([1, 1, 1, 3, 3, 1, 1])).toBe('slipping');
  });

  it('averages exactly the last two against the two before them, with five ratings', () => {
    // Before: 1 and 3 (mean 2); now: 2 and 2 (mean 2). The 3 belongs to "before", not "now".
    expect(trendOf([1, 1, 3, 2, 2])).toBe('steady');
    // Before: 3 and 1 (mean 2); now: 1 and 3 (mean 2).
    expect(trendOf([2, 3, 1, 1, 3])).toBe('steady');
  });

  it('compares the last two with the one before them, with three ratings', () => {
    expect(trendOf([1, 1, 3])).toBe('improving'); // 2 against 1
    expect(trendOf([2, 1, 3])).toBe('steady'); // 2 against 2
    expect(trendOf([3, 3, 2])).toBe('slipping'); // 2.5 against 3
  });

  it('works on the ratings as given, without changing them', () => {
    const ratings = [3, 1, 2, 2, 3];
    trendOf(ratings);
    expect(ratings).toEqual([3, 1, 2, 2, 3]);
  });
});

describe('latestRatingByQuestion', () => {
  const run = (id: string, createdAt: string, answers: [string, PracticeRating][]) => ({
    ...PracticeSessionFieldsSchema.parse({ id, answers: answers.map(([questionId, rating]) => ({ questionId, rating })) }),
    createdAt,
    updatedAt: createdAt,
  });

  it('keeps the rating given last, by when each run started and then by answer order', () => {
    const p = planWith({
      practiceSessions: [
        run('late', '2026-11-20T09:00:00.000Z', [['q-a', 3]]),
        run('early', '2026-11-01T09:00:00.000Z', [['q-a', 1], ['q-b', 1], ['q-b', 2]]),
      ],
    });
    expect(Object.fromEntries(latestRatingByQuestion(p))).toEqual({ 'q-a': 3, 'q-b': 2 });
    expect(storyProgress(p).size).toBe(0); // none of these answers revealed a story
  });
});
