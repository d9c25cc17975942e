import type { PlanChange } from './changes';
import { PLAN_COLLECTIONS, type Plan, type PlanCollection } from './plan';

type SingleChange = Exclude<PlanChange, { type: 'batch' }>;

const PUT_TYPE = {
  skills: 'skill.put',
  certifications: 'certification.put',
  milestones: 'milestone.put',
  achievements: 'achievement.put',
  roles: 'role.put',
  listings: 'listing.put',
  termMappings: 'termMapping.put',
} as const satisfies Record<PlanCollection, SingleChange['type']>;

/**
 * The change that takes `after` back to `before`, found by comparing the two plans rather than by
 * knowing what the edit was — so every kind of edit (including a delete that stripped links from other
 * items, or a whole batch) is undoable by the same code. Relies on applyPlanChange keeping unchanged
 * items by reference. Returns null when nothing differs.
 */
export function inverseChange(before: Plan, after: Plan): PlanChange | null {
  const changes: SingleChange[] = [];
  if (before.profile !== after.profile) changes.push({ type: 'profile.update', patch: before.profile });
  if (before.preferences !== after.preferences) changes.push({ type: 'preferences.update', patch: before.preferences });

  for (const collection of PLAN_COLLECTIONS) {
    const beforeItems = before[collection] as { id: string; createdAt: string; updatedAt: string }[];
    const afterItems = after[collection] as { id: string }[];
    if (beforeItems === afterItems) continue;
    const beforeById = new Map(beforeItems.map((item) => [item.id, item]));
    const afterById = new Map(afterItems.map((item) => [item.id, item]));
    for (const item of afterItems) {
      if (!beforeById.has(item.id)) changes.push({ type: 'item.delete', collection, id: item.id });
    }
    for (const item of beforeItems) {
      if (afterById.get(item.id) !== item) {
        const { createdAt: _created, updatedAt: _updated, ...fields } = item;
        changes.push({ type: PUT_TYPE[collection], item: fields } as SingleChange);
      }
    }
  }
  if (changes.length === 0) return null;
  return changes.length === 1 ? changes[0]! : { type: 'batch', changes };
}
