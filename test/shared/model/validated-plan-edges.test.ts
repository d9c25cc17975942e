import { describe, expect, it } from 'vitest';
import { MilestoneSchema, PlanChangeSchema, applyPlanChange, type Plan, type PlanChangeInput } from '../../../shared/model';
import { safeParseChangedPlan, safeParsePlan } from '../../../shared/model/validated-plan';
import { generatePlan } from '../../support/plan-generator';

/** The cases where the shortcut must not take its shortcut, and the promise that it never changes its input. */

const clock = { now: '2026-12-02T10:00:00.000Z', today: '2026-12-02' };
const change = (plan: Plan, input: PlanChangeInput) => applyPlanChange(plan, PlanChangeSchema.parse(input), clock);
const checkedPlan = (plan: Plan) => {
  const result = safeParsePlan(structuredClone(plan));
  if (!result.success) throw result.error;
  return result.data;
};

describe('safeParseChangedPlan, when it must check everything', () => {
  it('re-checks the items it kept when the previous plan never passed here', () => {
    // A damaged item in a plan that was never checked: keeping it by reference does not make it valid.
    const unchecked = structuredClone(generatePlan({ items: 6 }));
    const damaged = { ...unchecked, milestones: [{ ...unchecked.milestones[0]!, title: '' }, ...unchecked.milestones.slice(1)] } as Plan;
    const next = change(damaged, { type: 'skill.put', item: { id: 'new-skill', area: 'business', name: 'Budgets' } });
    expect(next.milestones[0]).toBe(damaged.milestones[0]);
    expect(safeParseChangedPlan(damaged, next).success).toBe(false);
  });

  it('refuses something that is not a plan at all, rather than throwing', () => {
    const previous = checkedPlan(generatePlan({ items: 3 }));
    for (const next of [null, undefined, 'plan', 42]) {
      const result = safeParseChangedPlan(previous, next as unknown as Plan);
      expect(result.success).toBe(false);
    }
  });
});

describe('safeParseChangedPlan never changes what it is given', () => {
  it('leaves the new plan’s arrays and items as they were, and returns the parsed items in a copy', () => {
    const previous = checkedPlan(generatePlan({ items: 8 }));
    // A new item missing a default: the parse fills it in, which must not write into `next`.
    const bare = { id: 'fresh', title: 'New one', createdAt: clock.now, updatedAt: clock.now } as unknown as Plan['milestones'][number];
    const next = { ...previous, milestones: [...previous.milestones, bare] };
    const items = next.milestones;
    const copy = [...items];
    const result = safeParseChangedPlan(previous, next);
    expect(result.success).toBe(true);
    expect(next.milestones).toBe(items);
    expect(items).toEqual(copy);
    expect(items.every((item, i) => item === copy[i])).toBe(true);
    expect(bare).toEqual({ id: 'fresh', title: 'New one', createdAt: clock.now, updatedAt: clock.now });
    // The result holds the parsed item, defaults filled in, as the full parse would.
    if (result.success) expect(result.data.milestones.at(-1)).toEqual(MilestoneSchema.parse(bare));
  });
});
