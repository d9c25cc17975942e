import { describe, expect, it } from 'vitest';
import { storyChooser } from '../../../shared/interview/story-choice';
import { PracticeSessionFieldsSchema, type PracticeRating, type Story } from '../../../shared/model';
import { planWith, story } from '../../support/plan-builders';

/**
 * Which story the practice run reveals and the prep sheet prints when several answer one question:
 * a prepared one first, then the best latest practice rating, then the most recently edited. Each case
 * is tried with the stories stored in every order, so only the rule can decide.
 */

const Q = 'q-failing-project';
const PREPARED = { situation: '', task: '', action: 'I rebuilt the plan.', result: 'It went live on time.' };
const edited = (day: number) => `2026-11-${String(day).padStart(2, '0')}T09:00:00.000Z`;
const answering = (id: string, updatedDay: number, star: Partial<Story['star']> = PREPARED): Story => ({
  ...story({ id, questionIds: [Q], star: { ...PREPARED, ...star } }),
  updatedAt: edited(updatedDay),
});
/** One practice run per rating, in the order given (so the last one is the latest). */
const ratings = (storyId: string, given: PracticeRating[]) =>
  given.map((rating, i) => ({
    ...PracticeSessionFieldsSchema.parse({ id: `${storyId}-run-${i}`, answers: [{ questionId: Q, storyId, rating }] }),
    createdAt: edited(i + 1),
    updatedAt: edited(i + 1),
  }));

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [items.slice()];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/** The story chosen for Q with the stories stored in each possible order. */
const chosenIn = (stories: Story[], practiceSessions: ReturnType<typeof ratings>) =>
  permutations(stories).map((order) => storyChooser(planWith({ stories: order, practiceSessions }))(Q)?.id ?? null);

describe('storyChooser', () => {
  it('prefers a prepared story to one missing its result, even one rated higher and edited later', () => {
    const unprepared = answering('s-draft', 30, { result: '  ' });
    const prepared = answering('s-ready', 1);
    expect(chosenIn([unprepared, prepared], ratings('s-draft', [3]))).toEqual(['s-ready', 's-ready']);
  });

  it('then prefers the best latest rating (not the best ever), and a rated story to an unrated one', () => {
    const wasGood = answering('s-was-good', 30); // rated 3 then 1: latest 1, edited last
    const middling = answering('s-middling', 1); // latest 2, edited first
    const unrated = answering('s-unrated', 15);
    const sessions = [...ratings('s-was-good', [3, 1]), ...ratings('s-middling', [2])];
    expect(new Set(chosenIn([wasGood, middling, unrated], sessions))).toEqual(new Set(['s-middling']));
    // Without s-middling, a latest 1 still beats no rating at all.
    expect(new Set(chosenIn([wasGood, unrated], sessions))).toEqual(new Set(['s-was-good']));
  });

  it('then prefers the most recently edited, rated alike or not rated at all', () => {
    expect(new Set(chosenIn([answering('s-old', 2), answering('s-new', 20), answering('s-mid', 10)], []))).toEqual(new Set(['s-new']));
    const sessions = [...ratings('s-old', [2]), ...ratings('s-new', [2])];
    expect(new Set(chosenIn([answering('s-old', 2), answering('s-new', 20)], sessions))).toEqual(new Set(['s-new']));
  });

  it('gives null for a question no story answers, and never a story of another question', () => {
    const other = { ...answering('s-other', 5), questionIds: ['q-governance-standards'] };
    expect(storyChooser(planWith({ stories: [other] }))(Q)).toBeNull();
    expect(storyChooser(planWith({ stories: [other] }))('q-governance-standards')?.id).toBe('s-other');
  });
});
