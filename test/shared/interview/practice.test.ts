import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUESTION_BANK } from '../../../shared/catalog/interview';
import { storyProgress, trendOf } from '../../../shared/interview/practice-progress';
import { practiceSet } from '../../../shared/interview/practice-set';
import { visibleQuestions } from '../../../shared/interview/question-bank';
import { DEFAULT_PREFERENCES, INTERVIEW_THEMES, PlanSchema, PracticeSessionFieldsSchema, QuestionFieldsSchema, StoryFieldsSchema, type Plan } from '../../../shared/model';
import { FIXED_NOW, listing, planWith } from '../../support/plan-builders';
import { prng } from '../../../scripts/lib/prng.mjs';

/**
 * Practice runs: which questions a set asks (random, chosen, weakest themes, likely for a listing) and
 * what the history says about each story's ratings over time. `random` is a seeded generator.
 */


const stamps = { createdAt: FIXED_NOW, updatedAt: FIXED_NOW };
const plan = (parts: Partial<Plan>): Plan => PlanSchema.parse({ ...planWith({}), ...parts });
const hiding = (ids: string[]) => ({ ...DEFAULT_PREFERENCES, hiddenQuestionIds: ids });
const BANK_IDS = QUESTION_BANK.map((q) => q.id);
const themesOf = (id: string) => QUESTION_BANK.find((q) => q.id === id)?.themes ?? [];
const session = (id: string, createdAt: string, answers: { questionId?: string; storyId: string | null; rating: 1 | 2 | 3 }[]) => ({
  ...PracticeSessionFieldsSchema.parse({ id, answers: answers.map((a) => ({ questionId: 'q-failing-project', ...a })) }),
  createdAt,
  updatedAt: createdAt,
});
const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T09:00:00.000Z`;

describe('practiceSet: random', () => {
  const hidden = ['q-governance-standards', 'q-failing-project'];
  const p = plan({ preferences: hiding(hidden), questions: [{ ...QuestionFieldsSchema.parse({ id: 'mine-1', text: 'Why PMO?' }), ...stamps }] });

  it('picks `count` distinct visible questions and never a hidden one', () => {
    const visible = new Set(visibleQuestions(p).map((q) => q.id));
    for (let seed = 1; seed <= 20; seed++) {
      const set = practiceSet(p, { kind: 'random', count: 5 }, prng(seed));
      expect(set.questionIds).toHaveLength(5);
      expect(new Set(set.questionIds).size).toBe(5);
      expect(set.questionIds.every((id) => visible.has(id))).toBe(true);
      expect(set.questionIds.some((id) => hidden.includes(id))).toBe(false);
      expect(set.explanation).toBe('5 questions picked at random.');
    }
  });

  it('is the same set for the same seed, and the seed does change it', () => {
    const a = practiceSet(p, { kind: 'random', count: 5 }, prng(7));
    expect(practiceSet(p, { kind: 'random', count: 5 }, prng(7))).toEqual(a);
    const firsts = new Set(Array.from({ length: 20 }, (_, seed) => practiceSet(p, { kind: 'random', count: 1 }, prng(seed)).questionIds[0]));
    expect(firsts.size).toBeGreaterThan(1);
  });

  it('holds for any seed, count and hidden questions', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -3, max: 80 }), fc.subarray(BANK_IDS), (seed, count, hiddenIds) => {
        const q = plan({ preferences: hiding(hiddenIds) });
        const visible = new Set(visibleQuestions(q).map((x) => x.id));
        const ids = practiceSet(q, { kind: 'random', count }, prng(seed)).questionIds;
        expect(ids).toHaveLength(Math.min(Math.max(1, Math.min(count, 50)), visible.size));
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.every((id) => visible.has(id) && !hiddenIds.includes(id))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('explains an empty set when every question is hidden', () => {
    expect(practiceSet(plan({ preferences: hiding(BANK_IDS) }), { kind: 'random' }, prng(1))).toEqual({
      questionIds: [],
      explanation: 'Every question is hidden: show some in the question bank first.',
    });
  });
});

describe('practiceSet: chosen', () => {
  it('keeps the order chosen, once each, without unknown or hidden questions', () => {
    const p = plan({ preferences: hiding(['q-governance-standards']), questions: [{ ...QuestionFieldsSchema.parse({ id: 'mine-1', text: 'Why PMO?' }), ...stamps }] });
    const set = practiceSet(p, { kind: 'chosen', questionIds: ['q-failing-project', 'nope', 'q-governance-standards', 'mine-1', 'q-failing-project', 'q-conflict-between-pms'] }, prng(1));
    expect(set).toEqual({ questionIds: ['q-failing-project', 'mine-1', 'q-conflict-between-pms'], explanation: 'The 3 questions you chose.' });
    expect(practiceSet(p, { kind: 'chosen', questionIds: ['nope'] }, prng(1))).toEqual({ questionIds: [], explanation: 'Choose at least one question.' });
  });
});

describe('practiceSet: weakest', () => {
  // One prepared story answering, for every theme but benefits, a bank question without that theme.
  const cover = INTERVIEW_THEMES.filter((t) => t !== 'benefits').map((t) => QUESTION_BANK.find((q) => q.themes.includes(t) && !q.themes.includes('benefits'))!.id);
  const covered = plan({
    stories: [{ ...StoryFieldsSchema.parse({ id: 's1', title: 'All but benefits', questionIds: [...new Set(cover)], star: { action: 'I did it.', result: 'It worked.' } }), ...stamps }],
  });
  const hasBenefits = (id: string) => themesOf(id).includes('benefits');

  it('puts questions of themes with no prepared story before those of themes with one', () => {
    const weak = BANK_IDS.filter(hasBenefits);
    expect(weak.length).toBeGreaterThanOrEqual(3);
    for (let seed = 1; seed <= 10; seed++) {
      const ids = practiceSet(covered, { kind: 'weakest', count: 50 }, prng(seed)).questionIds;
      expect(ids).toHaveLength(50);
      expect(ids.slice(0, weak.length).sort()).toEqual([...weak].sort());
      expect(ids.slice(weak.length).some(hasBenefits)).toBe(false);
      const few = practiceSet(covered, { kind: 'weakest', count: 3 }, prng(seed));
      expect(few.questionIds.every(hasBenefits)).toBe(true);
      expect(few.explanation.startsWith('Questions from the themes you have least ready: ')).toBe(true);
    }
  });

  it('then asks the questions last rated lowest first, going by when each run started', () => {
    const visible = ['q-failing-project', 'q-governance-standards', 'q-conflict-between-pms', 'q-raid-log-kept-alive', 'q-pmo-budget-cut'];
    const p = plan({
      preferences: hiding(BANK_IDS.filter((id) => !visible.includes(id))),
      // Stored newest first: the latest rating of q-failing-project is the 3 of 20 Nov, not the 1 of 10 Nov.
      practiceSessions: [
        session('later', at(20), [{ questionId: 'q-failing-project', storyId: null, rating: 3 }]),
        session('earlier', at(10), [{ questionId: 'q-failing-project', storyId: null, rating: 1 }, { questionId: 'q-governance-standards', storyId: null, rating: 1 }]),
      ],
    });
    for (let seed = 1; seed <= 10; seed++) {
      const ids = practiceSet(p, { kind: 'weakest', count: 10 }, prng(seed)).questionIds;
      expect(ids).toHaveLength(5);
      expect(ids.slice(3)).toEqual(['q-governance-standards', 'q-failing-project']);
    }
  });
});

describe('practiceSet: likely for a listing', () => {
  const RAID_TEXT = 'Maintain the RAID log, track risk and dependencies across projects.';
  const withListings = plan({
    listings: [
      listing({ id: 'l-risk', title: 'Project Support Officer', text: RAID_TEXT }),
      listing({ id: 'l-two', title: 'Project Support Officer', text: `${RAID_TEXT} Produce the weekly dashboard.` }),
      listing({ id: 'l-none', title: 'Office Assistant', text: 'Friendly team in Leeds. Hybrid working and free parking.' }),
    ],
  });

  it('asks risk questions for a listing that talks about RAID logs, risk and dependencies, and says so by its title', () => {
    const set = practiceSet(withListings, { kind: 'listing', listingId: 'l-risk', count: 5 }, prng(3));
    expect(set.questionIds).toHaveLength(5);
    expect(set.questionIds.every((id) => themesOf(id).includes('risk'))).toBe(true);
    expect(set.explanation).toBe('“Project Support Officer” talks about Risk and RAID.');
  });

  it('orders the themes most mentioned first: risk questions, then reporting ones, nothing else', () => {
    const set = practiceSet(withListings, { kind: 'listing', listingId: 'l-two', count: 50 }, prng(5));
    expect(set.explanation).toBe('“Project Support Officer” talks about Risk and RAID, Reporting and KPIs.');
    const risk = BANK_IDS.filter((id) => themesOf(id).includes('risk'));
    expect(set.questionIds.slice(0, risk.length).sort()).toEqual([...risk].sort());
    const rest = set.questionIds.slice(risk.length);
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.every((id) => themesOf(id).includes('reporting') && !themesOf(id).includes('risk'))).toBe(true);
  });

  it('returns an empty set with a reason for a listing with no theme words, or no such listing', () => {
    expect(practiceSet(withListings, { kind: 'listing', listingId: 'l-none' }, prng(1))).toEqual({
      questionIds: [],
      explanation: '“Office Assistant” names none of the themes PMO interviews probe; try another set.',
    });
    expect(practiceSet(withListings, { kind: 'listing', listingId: 'gone' }, prng(1))).toEqual({ questionIds: [], explanation: 'Choose one of your saved job listings.' });
  });
});

describe('storyProgress and trendOf', () => {
  it('compares the last two ratings with the two before them', () => {
    expect(trendOf([1, 2])).toBe('improving');
    expect(trendOf([3, 1])).toBe('slipping');
    expect(trendOf([2, 2])).toBe('steady');
    expect(trendOf([2])).toBe('once');
    expect(trendOf([])).toBe('once');
    expect(trendOf([1, 1, 3, 3])).toBe('improving'); // 3 now against 1 before
    expect(trendOf([3, 3, 1, 1])).toBe('slipping');
    expect(trendOf([1, 3, 3, 1])).toBe('steady'); // 2 against 2
    expect(trendOf([3, 1, 2])).toBe('slipping'); // 1.5 now against the 3 before
    expect(trendOf([1, 2, 3, 1, 2])).toBe('slipping'); // 1.5 against 2.5; the first 1 is too old to count
  });

  it('orders each story’s ratings by when the run started, not by where it is stored', () => {
    const p = plan({
      practiceSessions: [
        session('late', at(20), [{ storyId: 's1', rating: 3 }]),
        session('early', at(1), [{ storyId: 's1', rating: 1 }, { storyId: 's2', rating: 2 }]),
        session('mid', at(10), [{ storyId: 's1', rating: 2 }, { storyId: null, rating: 1 }, { storyId: 's3', rating: 3 }, { storyId: 's3', rating: 1 }]),
      ],
    });
    const progress = storyProgress(p);
    expect([...progress.keys()].sort()).toEqual(['s1', 's2', 's3']);
    expect(progress.get('s1')).toEqual({ storyId: 's1', ratings: [1, 2, 3], latest: 3, trend: 'improving' });
    expect(progress.get('s2')).toEqual({ storyId: 's2', ratings: [2], latest: 2, trend: 'once' });
    // Within one run, answers keep the order they were given.
    expect(progress.get('s3')).toEqual({ storyId: 's3', ratings: [3, 1], latest: 1, trend: 'slipping' });
  });
});
