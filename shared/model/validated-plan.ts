import { z } from 'zod';
import { PracticeSessionSchema, QuestionSchema, StorySchema } from './interview';
import { ListingSchema, TermMappingSchema } from './listing';
import { AchievementSchema, CertificationSchema, MilestoneSchema, PLAN_COLLECTIONS, PlanSchema, RoleSchema, SkillSchema, type Plan, type PlanCollection } from './plan';
import { LIMITS } from './primitives';

/**
 * PlanSchema at the cost of what changed. A full parse of a large plan takes milliseconds per megabyte,
 * and saving used to run it twice per edit (PlanService on the change, the writer before writing), which
 * made saving a 1 MB plan ~9x a raw durable write of it (`npm run bench`). Two facts make the shortcut
 * exact: plans are never mutated (every change builds a new object and keeps unchanged items by
 * reference), and PlanSchema's rules are per item, per collection (length, unique ids) or per top-level
 * field. So a plan this module has checked stays valid, and a plan derived from one needs only its new
 * parts checked. Whenever the shortcut cannot decide, or finds a problem, the full parse runs, so the
 * verdict and the error messages are always PlanSchema's own.
 */

export type PlanParseResult = ReturnType<typeof PlanSchema.safeParse>;

/** Plans that passed here, by identity. A WeakSet: remembering a plan never keeps it alive. */
const checked = new WeakSet<object>();

function remember(result: PlanParseResult): PlanParseResult {
  if (result.success) checked.add(result.data);
  return result;
}

/** PlanSchema.safeParse, answered at once for a plan object that has already passed here. */
export function safeParsePlan(plan: unknown): PlanParseResult {
  if (typeof plan === 'object' && plan !== null && checked.has(plan)) return { success: true, data: plan as Plan };
  return remember(PlanSchema.safeParse(plan));
}

const ITEM_SCHEMAS: Record<PlanCollection, z.ZodType> = {
  skills: SkillSchema,
  certifications: CertificationSchema,
  milestones: MilestoneSchema,
  achievements: AchievementSchema,
  roles: RoleSchema,
  listings: ListingSchema,
  termMappings: TermMappingSchema,
  questions: QuestionSchema,
  stories: StorySchema,
  practiceSessions: PracticeSessionSchema,
};

const shape = PlanSchema.shape;
const TopLevelSchema = z.object({
  schemaVersion: shape.schemaVersion,
  profile: shape.profile,
  preferences: shape.preferences,
  createdAt: shape.createdAt,
  updatedAt: shape.updatedAt,
});

/**
 * PlanSchema.safeParse(next), for `next` made from `previous` by applyPlanChange: checks the top-level
 * fields, and in each collection whose array changed, its length, its ids and the items that are new
 * objects. Same result as the full parse; the full parse runs when `previous` did not pass here.
 */
export function safeParseChangedPlan(previous: Plan, next: Plan): PlanParseResult {
  if (!checked.has(previous) || typeof next !== 'object' || next === null) return safeParsePlan(next);
  const top = TopLevelSchema.safeParse(next);
  if (!top.success) return safeParsePlan(next);
  const collections = {} as Record<PlanCollection, unknown[]>;
  for (const collection of PLAN_COLLECTIONS) {
    const items = checkedCollection(collection, previous[collection], next[collection]);
    if (items === null) return safeParsePlan(next);
    collections[collection] = items;
  }
  // Keys in PlanSchema's order, so the saved file is byte for byte what a full parse would give.
  const data = Object.fromEntries(Object.keys(shape).map((key) => [key, key in collections ? collections[key as PlanCollection] : top.data[key as keyof typeof top.data]])) as Plan;
  checked.add(data);
  return { success: true, data };
}

/** The collection as PlanSchema would output it, or null when it must be checked in full. */
function checkedCollection(collection: PlanCollection, before: readonly unknown[], after: unknown): unknown[] | null {
  if (after === before) return before as unknown[];
  if (!Array.isArray(after) || after.length > LIMITS[collection]) return null;
  const kept = new Set<unknown>(before);
  const ids = new Set<unknown>();
  let out: unknown[] | null = null;
  for (let index = 0; index < after.length; index++) {
    let item: unknown = after[index];
    if (!kept.has(item)) {
      const parsed = ITEM_SCHEMAS[collection].safeParse(item);
      if (!parsed.success) return null;
      item = parsed.data;
      out ??= after.slice();
      out[index] = item;
    }
    const id = (item as { id: unknown }).id;
    if (ids.has(id)) return null;
    ids.add(id);
  }
  return out ?? after;
}
