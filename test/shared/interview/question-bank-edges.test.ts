import { describe, expect, it } from 'vitest';
import { QUESTION_BANK } from '../../../shared/catalog/interview';
import { allQuestions, isBankQuestionId, questionById, visibleQuestions } from '../../../shared/interview/question-bank';
import { PlanSchema, type Plan } from '../../../shared/model';
import { planWith, question } from '../../support/plan-builders';

/**
 * The question list in one shape: the person's own questions first, as 'mine', with no framework
 * behaviours and their notes as what to look for; hidden ones kept and marked; and which ids are the
 * shipped bank's.
 */

const hiding = (p: Plan, ids: string[]) => PlanSchema.parse({ ...p, preferences: { ...p.preferences, hiddenQuestionIds: ids } });
const own = planWith({
  questions: [
    question({ id: 'mine-1', text: 'Why this PMO?', area: 'business', themes: ['value'], notes: 'Asked at Northwind.' }),
    question({ id: 'mine-2', text: 'What would you change first?' }),
  ],
});

describe('allQuestions', () => {
  it('lists the person’s questions first, shaped like the bank’s: origin "mine", no behaviours, notes as what to look for', () => {
    const all = allQuestions(own);
    expect(all).toHaveLength(QUESTION_BANK.length + 2);
    expect(all[0]).toEqual({
      id: 'mine-1',
      text: 'Why this PMO?',
      area: 'business',
      themes: ['value'],
      behaviours: [],
      origin: 'mine',
      lookingFor: 'Asked at Northwind.',
      hidden: false,
    });
    expect(all[1]).toMatchObject({ id: 'mine-2', area: null, themes: [], behaviours: [], origin: 'mine', lookingFor: '' });
    expect(all.slice(2).map((q) => q.id)).toEqual(QUESTION_BANK.map((q) => q.id));
    expect(all.slice(2).every((q) => q.origin !== 'mine')).toBe(true);
  });

  it('keeps hidden questions, own and bank, marked hidden; visibleQuestions leaves them out', () => {
    const p = hiding(own, ['mine-2', 'q-failing-project']);
    const all = allQuestions(p);
    expect(all.filter((q) => q.hidden).map((q) => q.id)).toEqual(['mine-2', 'q-failing-project']);
    expect(visibleQuestions(p).map((q) => q.id)).toEqual(all.filter((q) => q.id !== 'mine-2' && q.id !== 'q-failing-project').map((q) => q.id));
    expect(questionById(p, 'q-failing-project')).toMatchObject({ id: 'q-failing-project', hidden: true });
    expect(questionById(p, 'mine-2')).toMatchObject({ id: 'mine-2', hidden: true, origin: 'mine' });
    expect(questionById(p, 'nope')).toBeUndefined();
    // Hiding marks a copy: the same bank question is not hidden in another plan.
    expect(questionById(own, 'q-failing-project')!.hidden).toBe(false);
  });
});

describe('isBankQuestionId', () => {
  it('is true for every id of the shipped bank and for nothing else', () => {
    expect(QUESTION_BANK.every((q) => isBankQuestionId(q.id))).toBe(true);
    expect(isBankQuestionId('q-failing-project')).toBe(true);
    expect(isBankQuestionId('mine-1')).toBe(false);
    expect(isBankQuestionId('q-not-in-the-bank')).toBe(false);
    expect(isBankQuestionId('')).toBe(false);
  });
});
