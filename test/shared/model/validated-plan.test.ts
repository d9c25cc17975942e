import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS, PlanChangeSchema, PlanSchema, applyPlanChange, type Plan, type PlanChangeInput } from '../../../shared/model';
import { safeParseChangedPlan, safeParsePlan } from '../../../shared/model/validated-plan';
import { arbitraryPlan } from '../../support/arbitraries';
import { generatePlan } from '../../support/plan-generator';

const clock = { now: '2026-12-02T10:00:00.000Z', today: '2026-12-02' };
const checkedPlan = (plan: Plan) => {
  const result = safeParsePlan(structuredClone(plan));
  if (!result.success) throw result.error;
  return result.data;
};
const change = (plan: Plan, input: PlanChangeInput) => applyPlanChange(plan, PlanChangeSchema.parse(input), clock);

/** The shortcut must agree with PlanSchema exactly: same verdict, same output bytes, same messages. */
function expectSameAsFullParse(previous: Plan, next: Plan) {
  const fast = safeParseChangedPlan(previous, next);
  const full = PlanSchema.safeParse(next);
  expect(fast.success).toBe(full.success);
  if (fast.success && full.success) expect(JSON.stringify(fast.data, undefined, '\t')).toBe(JSON.stringify(full.data, undefined, '\t'));
  else expect(fast.error?.issues).toEqual(full.error?.issues);
}

describe('safeParsePlan', () => {
  it('parses a plan once and then answers with the same object', () => {
    const plan = generatePlan({ items: 50 });
    const first = safeParsePlan(structuredClone(plan));
    expect(first.success).toBe(true);
    const again = safeParsePlan(first.data);
    expect(again.success && again.data).toBe(first.data);
  });

  it('refuses what PlanSchema refuses', () => {
    const result = safeParsePlan({ ...generatePlan({ items: 5 }), schemaVersion: 99 });
    expect(result.success).toBe(false);
  });
});

describe('safeParseChangedPlan', () => {
  const base = checkedPlan(generatePlan({ items: 400, seed: 9 }));
  const milestone = base.milestones[3]!;
  const { createdAt: _c, updatedAt: _u, ...fields } = milestone;

  it('agrees with the full parse for edits, additions, deletions and batches', () => {
    const inputs: PlanChangeInput[] = [
      { type: 'milestone.put', item: { ...fields, title: '  Renamed milestone  ' } },
      { type: 'milestone.put', item: { id: 'brand-new', title: 'A new one' } },
      { type: 'skill.put', item: { id: 'new-skill', area: 'business', name: 'Forecasting' } },
      { type: 'item.delete', collection: 'skills', id: base.skills[0]!.id },
      { type: 'item.delete', collection: 'achievements', id: base.achievements[1]!.id },
      { type: 'profile.update', patch: { name: 'Alex' } },
      { type: 'batch', changes: [{ type: 'milestone.put', item: { id: 'x1', title: 'One' } }, { type: 'achievement.put', item: { id: 'x2', title: 'Two' } }] },
    ];
    for (const input of inputs) expectSameAsFullParse(base, change(base, input));
  });

  it('keeps unchanged items and checks only the new ones', () => {
    const next = change(base, { type: 'milestone.put', item: { ...fields, title: 'Renamed' } });
    const result = safeParseChangedPlan(base, next);
    if (!result.success) throw result.error;
    expect(result.data.milestones[0]).toBe(base.milestones[0]);
    expect(result.data.skills).toBe(base.skills);
    expect(result.data.milestones[3]!.title).toBe('Renamed');
    // The result is remembered, so the writer does not parse it again.
    const again = safeParsePlan(result.data);
    expect(again.success && again.data).toBe(result.data);
  });

  it("gives PlanSchema's own errors for an invalid item, a duplicate id, a collection over its limit or a bad field", () => {
    const badItem = { ...base, milestones: [...base.milestones, { ...milestone, id: 'bad', title: '' }] };
    const duplicate = { ...base, milestones: [...base.milestones, { ...milestone }] };
    const tooMany = { ...base, certifications: [...base.certifications, ...Array.from({ length: LIMITS.certifications }, (_, i) => ({ ...base.certifications[0]!, id: `c-${i}` }))] };
    const badTop = { ...base, updatedAt: 'yesterday' };
    for (const next of [badItem, duplicate, tooMany, badTop]) {
      expectSameAsFullParse(base, next as Plan);
      expect(safeParseChangedPlan(base, next as Plan).success).toBe(false);
    }
  });

  it('falls back to the full parse when the previous plan was not checked here', () => {
    const unchecked = structuredClone(base);
    expectSameAsFullParse(unchecked, { ...unchecked, milestones: [...unchecked.milestones, { ...milestone, id: 'bad', title: '' }] });
  });

  it('agrees with the full parse on any plan and any edit of one of its items (property)', () => {
    fc.assert(
      fc.property(arbitraryPlan({ maxItems: 4 }), fc.nat(), fc.string({ maxLength: 210 }), (plan, pick, title) => {
        const previous = checkedPlan(plan);
        if (previous.milestones.length === 0) return;
        const { createdAt: _a, updatedAt: _b, ...item } = previous.milestones[pick % previous.milestones.length]!;
        // Bypass the change schema, so invalid titles reach the plan check too.
        const next = { ...previous, milestones: previous.milestones.map((m) => (m.id === item.id ? { ...m, title } : m)) };
        expectSameAsFullParse(previous, next);
      }),
      { numRuns: 150 },
    );
  });
});
