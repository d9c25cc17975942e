import { describe, expect, it } from 'vitest';
import { PlanChangeSchema, PlanSchema, applyPlanChange, createEmptyPlan, type Plan, type PlanChangeInput } from '../../../shared/model';

/**
 * Ids are unique within a collection, not across collections: a skill and a certification may both be
 * called "x". Deleting one must strip only the links to it, never a link of the same id to another kind
 * of item.
 */

const T0 = '2026-12-01T09:00:00.000Z';
const clock = { now: T0, today: '2026-12-01' };

function apply(plan: Plan, change: PlanChangeInput): Plan {
  return PlanSchema.parse(applyPlanChange(plan, PlanChangeSchema.parse(change), clock));
}

/** One skill, certification and achievement, all with the id "x", linked from a milestone and the achievement. */
function sameIds(): Plan {
  return apply(createEmptyPlan(T0), {
    type: 'batch',
    changes: [
      { type: 'skill.put', item: { id: 'x', area: 'business', name: 'Budgets' } },
      { type: 'certification.put', item: { id: 'x', catalogId: 'pmp' } },
      { type: 'achievement.put', item: { id: 'x', title: 'Cut costs by 10%', skillIds: ['x'] } },
      { type: 'milestone.put', item: { id: 'm1', title: 'Shadow the PMO', links: { skillIds: ['x'], certificationIds: ['x'], achievementIds: ['x'] } } },
    ],
  });
}

describe('deleting an item strips only the links to it', () => {
  it('a skill: its milestone link and its achievement link go, the others stay', () => {
    const plan = apply(sameIds(), { type: 'item.delete', collection: 'skills', id: 'x' });
    expect(plan.milestones[0]!.links).toEqual({ skillIds: [], certificationIds: ['x'], achievementIds: ['x'] });
    expect(plan.achievements[0]!.skillIds).toEqual([]);
  });

  it('a certification: only its milestone link goes', () => {
    const plan = apply(sameIds(), { type: 'item.delete', collection: 'certifications', id: 'x' });
    expect(plan.milestones[0]!.links).toEqual({ skillIds: ['x'], certificationIds: [], achievementIds: ['x'] });
    expect(plan.achievements[0]!.skillIds).toEqual(['x']);
  });

  it('an achievement: only its milestone link goes', () => {
    const plan = apply(sameIds(), { type: 'item.delete', collection: 'achievements', id: 'x' });
    expect(plan.milestones[0]!.links).toEqual({ skillIds: ['x'], certificationIds: ['x'], achievementIds: [] });
    expect(plan.achievements).toEqual([]);
  });

  it('a milestone: no other item changes', () => {
    const before = sameIds();
    const plan = apply(before, { type: 'item.delete', collection: 'milestones', id: 'm1' });
    expect(plan.milestones).toEqual([]);
    expect(plan.achievements).toEqual(before.achievements);
    expect(plan.skills).toEqual(before.skills);
  });

  it('keeps an untouched milestone as the same object (undo compares by reference)', () => {
    const before = apply(sameIds(), { type: 'milestone.put', item: { id: 'm2', title: 'Unlinked' } });
    const plan = applyPlanChange(before, PlanChangeSchema.parse({ type: 'item.delete', collection: 'skills', id: 'x' }), clock);
    expect(plan.milestones[1]).toBe(before.milestones[1]);
    expect(plan.milestones[0]).not.toBe(before.milestones[0]);
  });
});

describe('batch limits', () => {
  it('takes one to 10,000 changes at once, and refuses more', () => {
    const put = (i: number) => ({ type: 'milestone.put', item: { id: `m${i}`, title: `M${i}` } });
    expect(PlanChangeSchema.safeParse({ type: 'batch', changes: [] }).success).toBe(false);
    expect(PlanChangeSchema.safeParse({ type: 'batch', changes: [put(1)] }).success).toBe(true);
    expect(PlanChangeSchema.safeParse({ type: 'batch', changes: Array.from({ length: 10_000 }, (_, i) => put(i)) }).success).toBe(true);
    const over = PlanChangeSchema.safeParse({ type: 'batch', changes: Array.from({ length: 10_001 }, (_, i) => put(i)) });
    expect(over.success).toBe(false);
  });
});
