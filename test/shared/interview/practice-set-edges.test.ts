import { describe, expect, it } from 'vitest';
import { QUESTION_BANK } from '../../../shared/catalog/interview';
import { practiceSet } from '../../../shared/interview/practice-set';
import { PlanSchema, PracticeSessionFieldsSchema, type InterviewTheme, type Plan, type PracticeRating } from '../../../shared/model';
import { listing, planWith, question, story } from '../../support/plan-builders';
import { prng } from '../../../scripts/lib/prng.mjs';

/**
 * The edges of a practice set the broader tests leave open: the wording of a one-question set, the
 * shuffle being a fair one, the 50-question cap on a chosen set, exactly how "weakest themes" ranks and
 * names the themes (a question's weakest theme, story counts before ratings), and the at-most-four
 * themes a listing's explanation names. Plans with the bank hidden use only the person's own questions,
 * so every theme and story count below is set by hand.
 */

const BANK_IDS = QUESTION_BANK.map((q) => q.id);
const PREPARED = { situation: '', task: '', action: 'I chaired it.', result: 'It worked.' };

/** Only the person's own questions are visible. */
function ownOnly(parts: Partial<Pick<Plan, 'questions' | 'stories' | 'practiceSessions'>>): Plan {
  const base = planWith(parts);
  return PlanSchema.parse({ ...base, preferences: { ...base.preferences, hiddenQuestionIds: BANK_IDS } });
}
const mine = (id: string, themes: InterviewTheme[]) => question({ id, text: `Question ${id}?`, themes });
const rated = (answers: [questionId: string, rating: PracticeRating][]) => ({
  ...PracticeSessionFieldsSchema.parse({ id: 'run-1', answers: answers.map(([questionId, rating]) => ({ questionId, rating })) }),
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
});

describe('practiceSet: random', () => {
  it('says "1 question" for a set of one', () => {
    const set = practiceSet(planWith({}), { kind: 'random', count: 1 }, prng(4));
    expect(set.questionIds).toHaveLength(1);
    expect(set.explanation).toBe('1 question picked at random.');
  });

  it('shuffles fairly: every order of three questions comes up, about equally often', () => {
    const p = ownOnly({ questions: [mine('m-a', []), mine('m-b', []), mine('m-c', [])] });
    const counts = new Map<string, number>();
    for (let seed = 1; seed <= 600; seed++) {
      const order = practiceSet(p, { kind: 'random', count: 3 }, prng(seed)).questionIds.join(' ');
      counts.set(order, (counts.get(order) ?? 0) + 1);
    }
    // 3! = 6 orders, 100 each expected; 60..140 is more than four standard deviations (9.1) either side.
    expect(counts.size).toBe(6);
    for (const [order, n] of counts) {
      expect(n, order).toBeGreaterThanOrEqual(60);
      expect(n, order).toBeLessThanOrEqual(140);
    }
  });

  it('leaves the order alone when the generator always gives just under 1 (each swap is with itself)', () => {
    const p = ownOnly({ questions: [mine('m-a', []), mine('m-b', []), mine('m-c', []), mine('m-d', [])] });
    expect(practiceSet(p, { kind: 'random', count: 4 }, () => 0.999_999).questionIds).toEqual(['m-a', 'm-b', 'm-c', 'm-d']);
  });
});

describe('practiceSet: chosen', () => {
  it('keeps at most 50 of the questions chosen, the first 50 in the order chosen', () => {
    const chosen = [...BANK_IDS].reverse();
    expect(chosen.length).toBeGreaterThan(50);
    const set = practiceSet(planWith({}), { kind: 'chosen', questionIds: chosen }, prng(1));
    expect(set.questionIds).toEqual(chosen.slice(0, 50));
    expect(set.explanation).toBe('The 50 questions you chose.');
  });
});

describe('practiceSet: weakest', () => {
  // Story counts: risk 1 (s1 answers m-risk), conflict 2 (s2 and s3 answer m-conflict), tools 0.
  // m-both is a risk and a conflict question; its weakest theme is risk, so it weighs 1 × 10 + unrated 0.
  const p = ownOnly({
    questions: [mine('m-conflict', ['conflict']), mine('m-both', ['risk', 'conflict']), mine('m-risk', ['risk']), mine('m-none', []), mine('m-tools', ['tools'])],
    stories: [
      story({ id: 's1', questionIds: ['m-risk'], star: PREPARED }),
      story({ id: 's2', questionIds: ['m-conflict'], star: PREPARED }),
      story({ id: 's3', questionIds: ['m-conflict'], star: PREPARED }),
    ],
    practiceSessions: [rated([['m-tools', 1], ['m-none', 2], ['m-risk', 3]])],
  });
  // Weakness = weakest theme's stories × 10 + last rating: m-tools 0 + 1, m-none 0 + 2, m-both 10 + 0,
  // m-risk 10 + 3, m-conflict 20 + 0. Story counts outweigh any rating (a 3 never beats one more story).
  const ORDER = ['m-tools', 'm-none', 'm-both', 'm-risk', 'm-conflict'];

  it('ranks by the weakest theme’s story count first, then the last rating, whatever the shuffle', () => {
    for (let seed = 1; seed <= 15; seed++) expect(practiceSet(p, { kind: 'weakest', count: 5 }, prng(seed)).questionIds, `seed ${seed}`).toEqual(ORDER);
  });

  it('names each picked question’s weakest theme once, in the order picked, and no theme for a question with none', () => {
    expect(practiceSet(p, { kind: 'weakest', count: 5 }, prng(2)).explanation).toBe(
      'Questions from the themes you have least ready: Tools and templates, Risk and RAID, Conflict.',
    );
    // m-both is there for risk (its weakest theme), not for conflict.
    expect(practiceSet(p, { kind: 'weakest', count: 3 }, prng(2))).toEqual({
      questionIds: ['m-tools', 'm-none', 'm-both'],
      explanation: 'Questions from the themes you have least ready: Tools and templates, Risk and RAID.',
    });
  });
});

describe('practiceSet: likely for a listing', () => {
  it('names at most the four most mentioned themes, most mentioned first', () => {
    // risk 3 (risk, RAID, issue), reporting 2 (dashboard, KPI), tools 2 (Jira, Excel), conflict 1, stakeholders 1 (sponsor).
    const text = 'We cut the Jira backlog and the Excel pack; I kept the RAID log, every risk and issue; the dashboard KPI; a sponsor; conflict';
    const p = planWith({ listings: [listing({ id: 'l-1', title: 'Coordinator', text })] });
    const set = practiceSet(p, { kind: 'listing', listingId: 'l-1', count: 5 }, prng(1));
    expect(set.explanation).toBe('“Coordinator” talks about Risk and RAID, Reporting and KPIs, Tools and templates, Conflict.');
    expect(set.questionIds).toHaveLength(5);
  });
});

describe('practiceSet: wording of a set of one, and of a set with no theme', () => {
  // Found while checking the "1 question" mutant: a chosen set of one said "The 1 questions you chose."
  it('does not say "1 questions" for one chosen question', () => {
    const set = practiceSet(planWith({}), { kind: 'chosen', questionIds: ['q-failing-project'] }, prng(1));
    expect(set.questionIds).toEqual(['q-failing-project']);
    expect(set.explanation).toMatch(/\bquestion\b/);
    expect(set.explanation).not.toMatch(/\b1 questions\b/);
  });

  // Found while checking the theme-filter mutants: when no picked question has a theme, the explanation
  // listed nothing: "Questions from the themes you have least ready: ."
  it('never explains a weakest-themes set with an empty list of themes', () => {
    const set = practiceSet(ownOnly({ questions: [mine('m-why', [])] }), { kind: 'weakest', count: 1 }, prng(1));
    expect(set.questionIds).toEqual(['m-why']);
    expect(set.explanation).not.toMatch(/:\s*\.$/);
    expect(set.explanation).not.toContain('themes you have least ready');
  });
});
