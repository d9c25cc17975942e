import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanChangeSchema, applyPlanChange, createEmptyPlan, type Plan } from '../../../shared/model';
import { serializePlan } from '../../../main/storage';
import { encodePlan } from '../../../main/storage/plan-encoding';
import { arbitraryPlan } from '../../support/arbitraries';
import { generatePlan } from '../../support/plan-generator';

/** encodePlan must give exactly the bytes of serializePlan, before and after edits that reuse its cache. */
const expectSameBytes = (plan: Plan) => expect(encodePlan(plan).equals(Buffer.from(serializePlan(plan), 'utf8'))).toBe(true);
const clock = { now: '2026-12-02T10:00:00.000Z', today: '2026-12-02' };

describe('encodePlan', () => {
  it('encodes an empty plan and a generated one byte for byte like serializePlan', () => {
    expectSameBytes(createEmptyPlan('2026-12-01T09:00:00.000Z'));
    expectSameBytes(generatePlan({ items: 600, seed: 4 }));
  });

  it('stays exact across edits, deletions and re-encodings that reuse unchanged items', () => {
    let plan = generatePlan({ items: 300, seed: 8 });
    expectSameBytes(plan);
    const { createdAt: _c, updatedAt: _u, ...fields } = plan.milestones[2]!;
    for (const input of [
      { type: 'milestone.put', item: { ...fields, title: 'Renamed “quotes” and émojis 🚀\nnot really a newline' } },
      { type: 'item.delete', collection: 'skills', id: plan.skills[0]!.id },
      { type: 'achievement.put', item: { id: 'new-one', title: 'Tab\tinside' } },
    ] as const) {
      plan = applyPlanChange(plan, PlanChangeSchema.parse(input), clock);
      expectSameBytes(plan);
    }
  });

  it('matches serializePlan for any plan, encoded twice (property)', () => {
    fc.assert(
      fc.property(arbitraryPlan({ maxItems: 4 }), (plan) => {
        expectSameBytes(plan);
        expectSameBytes(plan);
      }),
      { numRuns: 150 },
    );
  });
});
