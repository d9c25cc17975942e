import { describe, expect, it } from 'vitest';
import {
  LIMITS,
  PlanChangeSchema,
  PracticeAnswerSchema,
  QuestionFieldsSchema,
  StoryFieldsSchema,
  PlanSchema,
  applyPlanChange,
  createEmptyPlan,
  type ChangeClock,
  type Plan,
  type PlanChangeInput,
} from '../../../shared/model';
import { storySource } from '../../../shared/interview/story-source';

/**
 * Interview changes (schema v5): main stamps questions, stories and practice runs; the practice history
 * is kept to the last 500 runs; deleting a question unlinks it from stories (but not from the history);
 * deleting an achievement leaves its stories whole. Edits the schema refuses say why in plain words.
 */

const T0 = '2026-12-01T09:00:00.000Z';
const T1 = '2026-12-02T10:00:00.000Z';
const clockAt = (now: string): ChangeClock => ({ now, today: now.slice(0, 10) });

/** As main does: parse the change, apply it, and check the whole plan still validates. */
function apply(plan: Plan, change: PlanChangeInput, now = T0): Plan {
  const next = applyPlanChange(plan, PlanChangeSchema.parse(change), clockAt(now));
  const checked = PlanSchema.safeParse(next);
  expect(checked.success, checked.success ? '' : JSON.stringify(checked.error.issues)).toBe(true);
  return next;
}

const issuesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];

/** The words a refused change gives (what the renderer shows, via describeIssues). */
const messagesOf = (change: unknown): string[] => {
  const result = PlanChangeSchema.safeParse(change);
  expect(result.success).toBe(false);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

const story = (fields: Record<string, unknown> = {}): PlanChangeInput =>
  ({ type: 'story.put', item: { id: 's1', title: 'Rescued the RAID log', ...fields } }) as PlanChangeInput;

/** A timestamp `minutes` after 2026-01-01T00:00Z. */
const minutesIn = (minutes: number) => new Date(Date.UTC(2026, 0, 1) + minutes * 60_000).toISOString();

describe('puts stamp items with main’s clock', () => {
  it('stores a new story, question and practice run with createdAt = updatedAt = now', () => {
    const plan = apply(createEmptyPlan(T0), {
      type: 'batch',
      changes: [
        { type: 'question.put', item: { id: 'mine-1', text: 'Tell me about a board you ran.', themes: ['governance'], area: 'organisational' } },
        { type: 'story.put', item: { id: 's1', title: 'Board pack', questionIds: ['mine-1'], star: { action: 'I wrote it.' } } },
        { type: 'practice.put', item: { id: 'p1', questionIds: ['mine-1'], answers: [{ questionId: 'mine-1', storyId: 's1', rating: 2 }] } },
      ],
    }, T1);
    expect(plan.questions).toEqual([
      { id: 'mine-1', text: 'Tell me about a board you ran.', area: 'organisational', themes: ['governance'], notes: '', createdAt: T1, updatedAt: T1 },
    ]);
    expect(plan.stories).toEqual([
      {
        id: 's1', title: 'Board pack', achievementId: null, questionIds: ['mine-1'],
        star: { situation: '', task: '', action: 'I wrote it.', result: '' }, reflection: '', createdAt: T1, updatedAt: T1,
      },
    ]);
    expect(plan.practiceSessions).toEqual([
      {
        id: 'p1', set: 'random', listingId: null, questionIds: ['mine-1'],
        answers: [{ questionId: 'mine-1', storyId: 's1', rating: 2, note: '', seconds: 0 }], createdAt: T1, updatedAt: T1,
      },
    ]);
    expect(plan.updatedAt).toBe(T1);
  });

  it('keeps createdAt and moves updatedAt when an item is put again', () => {
    const first = apply(createEmptyPlan(T0), story(), T0);
    const edited = apply(first, story({ title: 'Rescued the RAID log (v2)', reflection: 'Start sooner.' }), T1);
    expect(edited.stories).toHaveLength(1);
    expect(edited.stories[0]).toMatchObject({ title: 'Rescued the RAID log (v2)', reflection: 'Start sooner.', createdAt: T0, updatedAt: T1 });
  });
});

describe('practice history is kept to the last 500 runs', () => {
  // 500 runs, stored out of time order: run i started (3i + 7 mod 500) minutes into 2026, so the oldest
  // (minute 0, 3 × 331 + 7 = 1000) is run-331 and the next oldest (minute 1, 3 × 498 + 7 = 1501) is run-498.
  const full = (): Plan => {
    const sessions = Array.from({ length: LIMITS.practiceSessions }, (_, i) => {
      const at = minutesIn((i * 3 + 7) % LIMITS.practiceSessions);
      return { id: `run-${i}`, questionIds: ['q-failing-project'], createdAt: at, updatedAt: at };
    });
    return PlanSchema.parse({ ...createEmptyPlan(T0), practiceSessions: sessions });
  };
  const newRun: PlanChangeInput = { type: 'practice.put', item: { id: 'run-new', questionIds: ['q-governance-standards'] } };

  it('drops the oldest run by createdAt when a new one comes', () => {
    const before = full();
    expect(before.practiceSessions[331]!.createdAt).toBe(minutesIn(0));
    expect(before.practiceSessions[498]!.createdAt).toBe(minutesIn(1));
    const after = apply(before, newRun, T1);
    const ids = after.practiceSessions.map((s) => s.id);
    expect(ids).toHaveLength(500);
    expect(ids).not.toContain('run-331');
    expect(ids).toContain('run-498');
    expect(ids).toContain('run-new');
    // Every other run is still there, in its place.
    expect(ids).toEqual([...before.practiceSessions.map((s) => s.id).filter((id) => id !== 'run-331'), 'run-new']);
  });

  it('never drops the run just put, even when the clock puts it before every other', () => {
    const after = apply(full(), newRun, '2025-06-01T00:00:00.000Z');
    const ids = after.practiceSessions.map((s) => s.id);
    expect(ids).toHaveLength(500);
    expect(ids).toContain('run-new');
    expect(ids).not.toContain('run-331');
    expect(ids).toContain('run-498');
  });

  it('drops nothing when an existing run is saved again (an answer added as it goes)', () => {
    const before = full();
    const after = apply(before, { type: 'practice.put', item: { id: 'run-0', questionIds: ['q-failing-project'], answers: [{ questionId: 'q-failing-project', rating: 3 }] } }, T1);
    expect(after.practiceSessions).toHaveLength(500);
    const run0 = after.practiceSessions.find((s) => s.id === 'run-0')!;
    expect(run0).toMatchObject({ createdAt: minutesIn(7), updatedAt: T1 });
    expect(after.practiceSessions.map((s) => s.id)).toEqual(before.practiceSessions.map((s) => s.id));
    expect(run0.answers.map((a) => a.rating)).toEqual([3]);
  });
});

describe('deleting questions and achievements', () => {
  const linked = (): Plan =>
    apply(createEmptyPlan(T0), {
      type: 'batch',
      changes: [
        { type: 'achievement.put', item: { id: 'a1', title: 'RAID log rescue' } },
        { type: 'question.put', item: { id: 'mine-1', text: 'How did you recover a late project?', themes: ['recovery'] } },
        { type: 'question.put', item: { id: 'mine-2', text: 'Tell me about a risk you escalated.', themes: ['risk'] } },
        { type: 'story.put', item: { id: 's1', title: 'One', achievementId: 'a1', questionIds: ['q-failing-project', 'mine-1', 'mine-2'] } },
        { type: 'story.put', item: { id: 's2', title: 'Two', questionIds: ['mine-1'] } },
        { type: 'story.put', item: { id: 's3', title: 'Three', questionIds: ['mine-2'] } },
        {
          type: 'practice.put',
          item: { id: 'p1', questionIds: ['mine-1', 'mine-2'], answers: [{ questionId: 'mine-1', storyId: 's2', rating: 1, note: 'Slow down' }] },
        },
      ],
    });

  it('removes a deleted question from every story’s questionIds, and only that id', () => {
    const before = linked();
    const after = apply(before, { type: 'item.delete', collection: 'questions', id: 'mine-1' }, T1);
    expect(after.questions.map((q) => q.id)).toEqual(['mine-2']);
    expect(after.stories.map((s) => [s.id, s.questionIds])).toEqual([
      ['s1', ['q-failing-project', 'mine-2']],
      ['s2', []],
      ['s3', ['mine-2']],
    ]);
    // The story itself is otherwise as it was.
    expect(after.stories[0]).toEqual({ ...before.stories[0], questionIds: ['q-failing-project', 'mine-2'] });
  });

  it('leaves the practice history as it was: it keeps what was asked', () => {
    const before = linked();
    const after = apply(before, { type: 'item.delete', collection: 'questions', id: 'mine-1' }, T1);
    expect(after.practiceSessions).toEqual(before.practiceSessions);
    expect(after.practiceSessions[0]!.questionIds).toContain('mine-1');
    expect(after.practiceSessions[0]!.answers[0]!.questionId).toBe('mine-1');
  });

  it('leaves a deleted achievement’s stories whole; their source then reads as gone', () => {
    const before = linked();
    expect(storySource(before.stories[0]!, before)).toMatchObject({ kind: 'achievement', achievement: { id: 'a1' } });
    const after = apply(before, { type: 'item.delete', collection: 'achievements', id: 'a1' }, T1);
    expect(after.achievements).toEqual([]);
    expect(after.stories).toEqual(before.stories);
    expect(after.stories[0]!.achievementId).toBe('a1');
    expect(storySource(after.stories[0]!, after)).toEqual({ kind: 'gone' });
    expect(storySource(after.stories[1]!, after)).toEqual({ kind: 'none' });
  });

  it('deletes a story or a practice run by id, touching nothing else', () => {
    const before = linked();
    const noStory = apply(before, { type: 'item.delete', collection: 'stories', id: 's2' }, T1);
    expect(noStory.stories.map((s) => s.id)).toEqual(['s1', 's3']);
    // A practice answer that revealed the story keeps naming it: the history is not rewritten.
    expect(noStory.practiceSessions).toEqual(before.practiceSessions);
    const noRun = apply(before, { type: 'item.delete', collection: 'practiceSessions', id: 'p1' }, T1);
    expect(noRun.practiceSessions).toEqual([]);
    expect(noRun.stories).toEqual(before.stories);
  });
});

describe('edits the schema refuses, in plain words', () => {
  it('needs a story title that is not blank', () => {
    expect(messagesOf(story({ title: '   ' }))).toEqual(['Enter the story title.']);
  });

  it('keeps each STAR part and the reflection to 3,000 characters', () => {
    expect(messagesOf(story({ star: { action: 'x'.repeat(3_001) } }))).toEqual(['Keep the action under 3,000 characters.']);
    expect(messagesOf(story({ star: { situation: 'x'.repeat(3_001) } }))).toEqual(['Keep the situation under 3,000 characters.']);
    expect(messagesOf(story({ reflection: 'x'.repeat(3_001) }))).toEqual(['Keep the reflection under 3,000 characters.']);
    // Exactly at the limit is accepted, and the plan stays valid.
    const plan = apply(createEmptyPlan(T0), story({ star: { action: 'x'.repeat(3_000) } }));
    expect(plan.stories[0]!.star.action).toHaveLength(3_000);
  });

  it('takes a rating of 1, 2 or 3 only', () => {
    const run = (rating: number) => ({ type: 'practice.put', item: { id: 'p1', answers: [{ questionId: 'q-failing-project', rating }] } });
    // The answer's own schema words it plainly; the change that carries it must say the same.
    expect(issuesOf(PracticeAnswerSchema.safeParse({ questionId: 'q-failing-project', rating: 4 }))).toEqual(['Rate the answer 1, 2 or 3.']);
    expect(messagesOf(run(4))).toEqual(['Rate the answer 1, 2 or 3.']);
    expect(messagesOf(run(0))).toEqual(['Rate the answer 1, 2 or 3.']);
    for (const rating of [1, 2, 3]) expect(PlanChangeSchema.safeParse(run(rating)).success).toBe(true);
  });

  it('lets a story answer at most 50 questions', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `mine-${i}`);
    expect(issuesOf(StoryFieldsSchema.safeParse({ id: 's1', title: 'x', questionIds: ids(51) }))).toEqual(['A plan can hold at most 50 questions per story.']);
    expect(messagesOf(story({ questionIds: ids(51) }))).toEqual(['A plan can hold at most 50 questions per story.']);
    expect(apply(createEmptyPlan(T0), story({ questionIds: ids(50) })).stories[0]!.questionIds).toHaveLength(50);
  });

  it('keeps a question to 500 characters and needs its text', () => {
    const question = (text: string) => ({ type: 'question.put', item: { id: 'mine-1', text } });
    expect(messagesOf(question('x'.repeat(501)))).toEqual(['Keep the question under 500 characters.']);
    expect(messagesOf(question(' '))).toEqual(['Enter the question.']);
    expect(apply(createEmptyPlan(T0), question('x'.repeat(500)) as PlanChangeInput).questions[0]!.text).toHaveLength(500);
  });

  it('names a wrong or surplus theme in words', () => {
    const question = (themes: string[]) => ({ type: 'question.put', item: { id: 'mine-1', text: 'Why a PMO?', themes } });
    expect(issuesOf(QuestionFieldsSchema.safeParse(question(['astrology']).item))).toEqual(['Choose a theme from the list.']);
    expect(messagesOf(question(['astrology']))).toEqual(['Choose a theme from the list.']);
    expect(messagesOf(question(['risk', 'governance', 'tools', 'value', 'change', 'benefits', 'conflict']))).toEqual(['A plan can hold at most 6 themes per question.']);
  });
});
