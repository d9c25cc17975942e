import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PLAN_COLLECTIONS,
  PlanChangeSchema,
  PlanSchema,
  applyPlanChange,
  createEmptyPlan,
  inverseChange,
  type Plan,
  type PlanChangeInput,
  type PlanCollection,
} from '../../../shared/model';

/**
 * inverseChange finds the change that takes a plan back to how it was before an edit, by comparing
 * the two plans. These tests apply that inverse and check the plan really is back, for every kind of
 * edit and every collection.
 */

const T0 = '2026-12-01T09:00:00.000Z';
const T1 = '2026-12-02T10:00:00.000Z';
const T2 = '2026-12-03T11:00:00.000Z';
const clockAt = (now: string) => ({ now, today: now.slice(0, 10) });

/** As the renderer does: the reducer's own result (unchanged items kept by reference), checked valid. */
function apply(plan: Plan, change: PlanChangeInput, now = T1): Plan {
  const next = applyPlanChange(plan, PlanChangeSchema.parse(change), clockAt(now));
  expect(PlanSchema.safeParse(next).success).toBe(true);
  return next;
}

/** One valid item per collection, as a put change (the type names its collection). */
const SAMPLE_PUT: Record<PlanCollection, (id: string, words: string) => PlanChangeInput> = {
  skills: (id, words) => ({ type: 'skill.put', item: { id, area: 'business', name: words } }),
  certifications: (id, words) => ({ type: 'certification.put', item: { id, customName: words } }),
  milestones: (id, words) => ({ type: 'milestone.put', item: { id, title: words } }),
  achievements: (id, words) => ({ type: 'achievement.put', item: { id, title: words } }),
  roles: (id, words) => ({ type: 'role.put', item: { id, title: words } }),
  listings: (id, words) => ({ type: 'listing.put', item: { id, title: words, text: `${words}: PRINCE2 Practitioner essential` } }),
  termMappings: (id, words) => ({ type: 'termMapping.put', item: { id, phrase: words, skillId: 'skills-1' } }),
  questions: (id, words) => ({ type: 'question.put', item: { id, text: `${words}: tell me about a conflict you resolved.`, themes: ['conflict'] } }),
  stories: (id, words) => ({ type: 'story.put', item: { id, title: words, achievementId: 'achievements-1', questionIds: ['questions-1', 'q-governance-standards'] } }),
  practiceSessions: (id, words) => ({ type: 'practice.put', item: { id, questionIds: ['questions-1'], answers: [{ questionId: 'questions-1', storyId: 'stories-1', rating: 2, note: words }] } }),
} as Record<PlanCollection, (id: string, words: string) => PlanChangeInput>;

/** A plan with two items in every collection, linked the way the app links them. */
function fullPlan(): Plan {
  const changes = PLAN_COLLECTIONS.flatMap((collection) => [SAMPLE_PUT[collection](`${collection}-1`, 'First'), SAMPLE_PUT[collection](`${collection}-2`, 'Second')]);
  const plan = apply(createEmptyPlan(T0), { type: 'batch', changes: changes as never }, T0);
  return apply(plan, {
    type: 'milestone.put',
    item: { id: 'milestones-1', title: 'First', links: { skillIds: ['skills-1'], certificationIds: ['certifications-1'], achievementIds: ['achievements-1'] } },
  }, T0);
}

/** The plan without the stamps an undo cannot restore (it is a new edit, made now). */
function content(plan: Plan) {
  const strip = (items: readonly { id: string; updatedAt: string; createdAt: string }[]) =>
    [...items].map(({ updatedAt: _u, createdAt: _c, ...fields }) => fields).sort((a, b) => a.id.localeCompare(b.id));
  const { updatedAt: _updated, ...rest } = plan;
  return { ...rest, ...Object.fromEntries(PLAN_COLLECTIONS.map((c) => [c, strip(plan[c] as never)])) };
}

/** Make `edit`, find its inverse, apply that, and hand back all three plans. */
function undoOf(before: Plan, edit: PlanChangeInput) {
  const after = apply(before, edit, T1);
  const inverse = inverseChange(before, after);
  if (inverse === null) throw new Error('expected an inverse');
  const undone = apply(after, inverse, T2);
  return { after, inverse, undone };
}

describe('inverseChange', () => {
  it('is null when nothing changed', () => {
    const plan = fullPlan();
    expect(inverseChange(plan, plan)).toBeNull();
    // A plan that was only re-stamped is unchanged too: nothing the person wrote differs.
    expect(inverseChange(plan, { ...plan, updatedAt: T2 })).toBeNull();
  });

  it('puts the profile back as it was', () => {
    const before = fullPlan();
    const { inverse, undone } = undoOf(before, { type: 'profile.update', patch: { name: 'Sam Patel', targetRole: 'PMO lead' } });
    expect(inverse).toEqual({ type: 'profile.update', patch: before.profile });
    expect(content(undone)).toEqual(content(before));
  });

  it('puts the preferences back as they were', () => {
    const before = fullPlan();
    const { inverse, undone } = undoOf(before, { type: 'preferences.update', patch: { theme: 'dark' } });
    expect(inverse).toEqual({ type: 'preferences.update', patch: before.preferences });
    expect(undone.preferences).toEqual(before.preferences);
  });

  for (const collection of PLAN_COLLECTIONS) {
    it(`${collection}: deletes an added item`, () => {
      const before = fullPlan();
      const { inverse, undone } = undoOf(before, SAMPLE_PUT[collection](`${collection}-new`, 'Added'));
      expect(inverse).toEqual({ type: 'item.delete', collection, id: `${collection}-new` });
      expect(content(undone)).toEqual(content(before));
    });

    it(`${collection}: puts an edited item back with its own put, without its stamps`, () => {
      const before = fullPlan();
      const { inverse, undone } = undoOf(before, SAMPLE_PUT[collection](`${collection}-2`, 'Renamed'));
      const original = (before[collection] as { id: string }[]).find((item) => item.id === `${collection}-2`)!;
      const { createdAt: _c, updatedAt: _u, ...fields } = original as { id: string; createdAt: string; updatedAt: string };
      expect(inverse).toEqual({ type: (SAMPLE_PUT[collection]('x', 'x') as { type: string }).type, item: fields });
      expect(content(undone)).toEqual(content(before));
    });

    it(`${collection}: brings a deleted item back, with the links other items had to it`, () => {
      const before = fullPlan();
      const { inverse, undone } = undoOf(before, { type: 'item.delete', collection, id: `${collection}-1` });
      expect(content(undone)).toEqual(content(before));
      // Only what changed is put back: the untouched second item is not in the inverse.
      expect(JSON.stringify(inverse)).not.toContain(`${collection}-2`);
    });
  }

  it('undoes a batch that touched several collections as one batch', () => {
    const before = fullPlan();
    const { inverse, undone } = undoOf(before, {
      type: 'batch',
      changes: [
        { type: 'profile.update', patch: { name: 'Sam' } },
        { type: 'item.delete', collection: 'skills', id: 'skills-1' },
        { type: 'milestone.put', item: { id: 'milestones-new', title: 'New one' } },
      ],
    });
    expect(inverse.type).toBe('batch');
    expect(content(undone)).toEqual(content(before));
  });

  it('takes any sequence of edits back, one undo at a time (property)', () => {
    const collection = fc.constantFrom(...PLAN_COLLECTIONS);
    const id = fc.constantFrom('1', '2', 'new');
    const edit: fc.Arbitrary<PlanChangeInput> = fc.oneof(
      fc.tuple(collection, id, fc.constantFrom('Alpha', 'Beta', 'Gamma')).map(([c, i, words]) => SAMPLE_PUT[c](`${c}-${i}`, words)),
      fc.tuple(collection, id).map(([c, i]) => ({ type: 'item.delete', collection: c, id: `${c}-${i}` }) as PlanChangeInput),
      fc.constantFrom('Sam', 'Alex').map((name) => ({ type: 'profile.update', patch: { name } }) as PlanChangeInput),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const history: { before: Plan; inverse: ReturnType<typeof inverseChange> }[] = [];
        let plan = fullPlan();
        for (const change of edits) {
          const next = apply(plan, change);
          history.push({ before: plan, inverse: inverseChange(plan, next) });
          plan = next;
        }
        for (const { before, inverse } of history.reverse()) {
          if (inverse !== null) plan = apply(plan, inverse, T2);
          expect(content(plan)).toEqual(content(before));
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('inverseChange after an edit that revives a linked item', () => {
  it('keeps a link the plan had when the undo deletes the item again (a story named a question that was re-added)', () => {
    let plan = fullPlan();
    plan = apply(plan, { type: 'item.delete', collection: 'questions', id: 'questions-1' });
    // The story is saved again naming the question, then the question comes back.
    plan = apply(plan, SAMPLE_PUT.stories('stories-1', 'Again'));
    expect(plan.stories.find((s) => s.id === 'stories-1')!.questionIds).toContain('questions-1');
    const { undone } = undoOf(plan, SAMPLE_PUT.questions('questions-1', 'Back'));
    expect(content(undone)).toEqual(content(plan));
    expect(undone.stories.find((s) => s.id === 'stories-1')!.questionIds).toContain('questions-1');
  });

  it('keeps a term mapping whose skill is re-added and then taken away by Undo', () => {
    let plan = fullPlan();
    plan = apply(plan, { type: 'item.delete', collection: 'skills', id: 'skills-1' });
    plan = apply(plan, SAMPLE_PUT.termMappings('termMappings-1', 'Again'));
    const { undone } = undoOf(plan, SAMPLE_PUT.skills('skills-1', 'Back'));
    expect(content(undone)).toEqual(content(plan));
  });
});
