import { applyPlanChange, type PlanChange } from './changes';
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
  questions: 'question.put',
  stories: 'story.put',
  practiceSessions: 'practice.put',
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
  changes.push(...restoredFromDeleteSideEffects(before, after, changes));
  if (changes.length === 0) return null;
  return changes.length === 1 ? changes[0]! : { type: 'batch', changes };
}

/**
 * A delete strips links to the item from other items (a story's question, a mapping's skill). When the
 * edit being undone added an item that such a link already named (a story kept a question's id, the
 * question was added back), deleting it again would strip a link `before` had. So the items a delete
 * would change are put back as they were, after the deletes.
 */
function restoredFromDeleteSideEffects(before: Plan, after: Plan, changes: readonly SingleChange[]): SingleChange[] {
  const deletes = changes.filter((c) => c.type === 'item.delete');
  if (deletes.length === 0) return [];
  const put = new Set(changes.filter((c) => c.type !== 'item.delete' && 'item' in c).map((c) => `${c.type}:${(c as { item: { id: string } }).item.id}`));
  // The stamps are irrelevant: only which items the deletes would replace is looked at.
  const simulated = applyPlanChange(after, { type: 'batch', changes: deletes }, { now: after.updatedAt, today: '1970-01-01' });
  const restores: SingleChange[] = [];
  for (const collection of PLAN_COLLECTIONS) {
    const simulatedById = new Map((simulated[collection] as { id: string }[]).map((item) => [item.id, item]));
    const beforeById = new Map((before[collection] as { id: string; createdAt: string; updatedAt: string }[]).map((item) => [item.id, item]));
    // An item the deletes changed or removed (a mapping goes with its skill) that `before` had.
    for (const item of after[collection] as { id: string }[]) {
      const original = beforeById.get(item.id);
      if (simulatedById.get(item.id) === item || original === undefined || put.has(`${PUT_TYPE[collection]}:${item.id}`)) continue;
      const { createdAt: _created, updatedAt: _updated, ...fields } = original;
      restores.push({ type: PUT_TYPE[collection], item: fields } as SingleChange);
    }
  }
  return restores;
}
