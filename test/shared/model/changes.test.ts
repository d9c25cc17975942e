import { describe, expect, it } from 'vitest';
import {
  MilestoneFieldsSchema,
  PlanChangeSchema,
  PlanSchema,
  applyPlanChange,
  createEmptyPlan,
  type Plan,
  type PlanChangeInput,
} from '../../../shared/model';

const T0 = '2026-12-01T09:00:00.000Z';
const T1 = '2026-12-02T10:00:00.000Z';
const clock0 = { now: T0, today: '2026-12-01' };
const clock1 = { now: T1, today: '2026-12-02' };

/** Parse like main does, apply, and check the result is still a valid plan. */
function apply(plan: Plan, change: PlanChangeInput, clock = clock0): Plan {
  return PlanSchema.parse(applyPlanChange(plan, PlanChangeSchema.parse(change), clock));
}

function linkedPlan(): Plan {
  return apply(createEmptyPlan(T0), {
    type: 'batch',
    changes: [
      { type: 'skill.put', item: { id: 's1', area: 'organisational', name: 'RAID logs' } },
      { type: 'skill.put', item: { id: 's2', area: 'leadership', name: 'Stakeholders' } },
      { type: 'certification.put', item: { id: 'c1', catalogId: 'p3o-foundation' } },
      { type: 'achievement.put', item: { id: 'a1', title: 'Cut report time', skillIds: ['s1', 's2'] } },
      {
        type: 'milestone.put',
        item: { id: 'm1', title: 'Shadow the PMO', links: { skillIds: ['s1', 's2'], certificationIds: ['c1'], achievementIds: ['a1'] } },
      },
    ],
  });
}

describe('applyPlanChange: put', () => {
  it('inserts a new item stamped with now', () => {
    const plan = apply(createEmptyPlan(T0), { type: 'skill.put', item: { id: 's1', area: 'business', name: 'Budgets' } }, clock1);
    expect(plan.skills).toEqual([expect.objectContaining({ id: 's1', name: 'Budgets', createdAt: T1, updatedAt: T1 })]);
    expect(plan.updatedAt).toBe(T1);
  });

  it('replaces an item with the same id, keeping createdAt and its position', () => {
    const first = apply(createEmptyPlan(T0), {
      type: 'batch',
      changes: [
        { type: 'skill.put', item: { id: 's1', area: 'business', name: 'Budgets' } },
        { type: 'skill.put', item: { id: 's2', area: 'business', name: 'Benefits' } },
      ],
    });
    const next = apply(first, { type: 'skill.put', item: { id: 's1', area: 'business', name: 'CAPEX budgets', currentLevel: 2 } }, clock1);
    expect(next.skills.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(next.skills[0]).toMatchObject({ name: 'CAPEX budgets', currentLevel: 2, createdAt: T0, updatedAt: T1 });
  });

  it('keeps untouched items as the same objects (undo compares by reference)', () => {
    const before = linkedPlan();
    const change = PlanChangeSchema.parse({ type: 'skill.put', item: { id: 's2', area: 'leadership', name: 'Stakeholder management' } });
    const after = applyPlanChange(before, change, clock1);
    expect(after.skills[0]).toBe(before.skills[0]);
    expect(after.skills[1]).not.toBe(before.skills[1]);
    expect(after.milestones).toBe(before.milestones);
  });
});

describe('applyPlanChange: milestone completion', () => {
  const base = () => apply(createEmptyPlan(T0), { type: 'milestone.put', item: { id: 'm1', title: 'Pass P3O' } });

  it('records today when a milestone is marked done without a date', () => {
    const done = apply(base(), { type: 'milestone.put', item: { id: 'm1', title: 'Pass P3O', status: 'done' } }, clock1);
    expect(done.milestones[0]).toMatchObject({ status: 'done', completedOn: '2026-12-02' });
  });

  it('keeps a completion date the person gave', () => {
    const done = apply(base(), { type: 'milestone.put', item: { id: 'm1', title: 'Pass P3O', status: 'done', completedOn: '2026-11-20' } });
    expect(done.milestones[0]!.completedOn).toBe('2026-11-20');
  });

  it('clears the completion date when a milestone is reopened', () => {
    const done = apply(base(), { type: 'milestone.put', item: { id: 'm1', title: 'Pass P3O', status: 'done' } });
    const fields = MilestoneFieldsSchema.parse({ ...done.milestones[0], status: 'doing' });
    const reopened = apply(done, { type: 'milestone.put', item: { ...fields, completedOn: '2026-11-20' } });
    expect(reopened.milestones[0]).toMatchObject({ status: 'doing', completedOn: null });
  });
});

describe('applyPlanChange: delete', () => {
  it('removes the item and strips every link to it', () => {
    const plan = apply(linkedPlan(), { type: 'item.delete', collection: 'skills', id: 's1' });
    expect(plan.skills.map((s) => s.id)).toEqual(['s2']);
    expect(plan.milestones[0]!.links).toEqual({ skillIds: ['s2'], certificationIds: ['c1'], achievementIds: ['a1'] });
    expect(plan.achievements[0]!.skillIds).toEqual(['s2']);
  });

  it('strips certification and achievement links from milestones', () => {
    let plan = apply(linkedPlan(), { type: 'item.delete', collection: 'certifications', id: 'c1' });
    plan = apply(plan, { type: 'item.delete', collection: 'achievements', id: 'a1' });
    expect(plan.certifications).toEqual([]);
    expect(plan.achievements).toEqual([]);
    expect(plan.milestones[0]!.links).toEqual({ skillIds: ['s1', 's2'], certificationIds: [], achievementIds: [] });
  });

  it('does nothing to the collections when the id is not there', () => {
    const before = linkedPlan();
    const after = applyPlanChange(before, PlanChangeSchema.parse({ type: 'item.delete', collection: 'milestones', id: 'nope' }), clock1);
    expect(after.milestones).toEqual(before.milestones);
    expect(after.milestones[0]).toBe(before.milestones[0]);
    expect(after.achievements[0]).toBe(before.achievements[0]);
  });
});

describe('applyPlanChange: profile, preferences and batches', () => {
  it('patches only the profile fields given', () => {
    const plan = apply(createEmptyPlan(T0), { type: 'profile.update', patch: { name: 'Sam', targetDate: '2027-06-30' } });
    expect(plan.profile).toMatchObject({ name: 'Sam', targetDate: '2027-06-30', targetRole: '', cvPageSize: 'A4' });
    const next = apply(plan, { type: 'profile.update', patch: { targetRole: 'PMO lead' } });
    expect(next.profile).toMatchObject({ name: 'Sam', targetRole: 'PMO lead', targetDate: '2027-06-30' });
  });

  it('refuses a patch with an unknown field, and an empty batch', () => {
    expect(PlanChangeSchema.safeParse({ type: 'profile.update', patch: { nickname: 'x' } }).success).toBe(false);
    expect(PlanChangeSchema.safeParse({ type: 'batch', changes: [] }).success).toBe(false);
    expect(PlanChangeSchema.safeParse({ type: 'skill.remove', id: 's1' }).success).toBe(false);
  });

  it('applies a batch in order', () => {
    const plan = apply(createEmptyPlan(T0), {
      type: 'batch',
      changes: [
        { type: 'preferences.update', patch: { theme: 'dark' } },
        { type: 'milestone.put', item: { id: 'm1', title: 'First' } },
        { type: 'milestone.put', item: { id: 'm1', title: 'Second' } },
        { type: 'milestone.put', item: { id: 'm2', title: 'Other' } },
        { type: 'item.delete', collection: 'milestones', id: 'm2' },
      ],
    });
    expect(plan.preferences.theme).toBe('dark');
    expect(plan.milestones.map((m) => m.title)).toEqual(['Second']);
  });
});
