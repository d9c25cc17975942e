import { z } from 'zod';
import {
  AchievementFieldsSchema,
  CertificationFieldsSchema,
  MilestoneFieldsSchema,
  PLAN_COLLECTIONS,
  PreferencesSchema,
  ProfileSchema,
  RoleFieldsSchema,
  SkillFieldsSchema,
  type Plan,
  type PlanCollection,
} from './plan';
import { syncFollowingMilestones } from './following';
import { ListingFieldsSchema, TermMappingFieldsSchema, type Listing } from './listing';
import { PracticeSessionFieldsSchema, QuestionFieldsSchema, StoryFieldsSchema } from './interview';
import { IdSchema, LIMITS } from './primitives';

/**
 * Every edit the UI can make to a plan, as data. The renderer sends one of these, main applies it with
 * `applyPlanChange` (pure, so the same code is testable anywhere), validates the whole result with
 * PlanSchema and only then stores it. Undo is just another change (put the old item back).
 */

/** A patch schema for an object: every field optional and without its default, so absent means "keep". */
function patchOf<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const bare = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType);
    shape[key] = bare.optional();
  }
  return z.strictObject(shape) as unknown as z.ZodObject<{ [K in keyof Shape]: z.ZodOptional<Shape[K]> }>;
}

export const ProfilePatchSchema = patchOf(ProfileSchema);
export const PreferencesPatchSchema = patchOf(PreferencesSchema);

const SINGLE_CHANGES = [
  z.object({ type: z.literal('profile.update'), patch: ProfilePatchSchema }),
  z.object({ type: z.literal('preferences.update'), patch: PreferencesPatchSchema }),
  z.object({ type: z.literal('skill.put'), item: SkillFieldsSchema }),
  z.object({ type: z.literal('certification.put'), item: CertificationFieldsSchema }),
  z.object({ type: z.literal('milestone.put'), item: MilestoneFieldsSchema }),
  z.object({ type: z.literal('achievement.put'), item: AchievementFieldsSchema }),
  z.object({ type: z.literal('role.put'), item: RoleFieldsSchema }),
  z.object({ type: z.literal('listing.put'), item: ListingFieldsSchema }),
  z.object({ type: z.literal('termMapping.put'), item: TermMappingFieldsSchema }),
  z.object({ type: z.literal('question.put'), item: QuestionFieldsSchema }),
  z.object({ type: z.literal('story.put'), item: StoryFieldsSchema }),
  z.object({ type: z.literal('practice.put'), item: PracticeSessionFieldsSchema }),
  z.object({ type: z.literal('item.delete'), collection: z.enum(PLAN_COLLECTIONS), id: IdSchema }),
] as const;

const SingleChangeSchema = z.discriminatedUnion('type', SINGLE_CHANGES);

/**
 * One discriminated union, batch included: the change's `type` picks the one schema it is checked
 * against, so a refusal carries that schema's own words ("Rate the answer 1, 2 or 3.") rather than a
 * plain union's "Invalid input".
 */
export const PlanChangeSchema = z.discriminatedUnion('type', [
  ...SINGLE_CHANGES,
  z.object({
    type: z.literal('batch'),
    changes: z.array(SingleChangeSchema).min(1).max(10_000, 'At most 10,000 changes at once.'),
  }),
]);

export type PlanChange = z.infer<typeof PlanChangeSchema>;
/** What a caller writes: defaults may be left out. */
export type PlanChangeInput = z.input<typeof PlanChangeSchema>;
type SingleChange = z.infer<typeof SingleChangeSchema>;

export interface ChangeClock {
  /** ISO timestamp stamped on createdAt / updatedAt. */
  now: string;
  /** The person's local calendar date (YYYY-MM-DD), recorded when a milestone is marked done. */
  today: string;
}

const PUT_TARGET = {
  'skill.put': 'skills',
  'achievement.put': 'achievements',
  'role.put': 'roles',
  'termMapping.put': 'termMappings',
  'question.put': 'questions',
  'story.put': 'stories',
} as const satisfies Record<string, PlanCollection>;

/** Insert or replace by id, keeping the original createdAt. */
function put<T extends { id: string; createdAt: string }>(items: readonly T[], fields: Omit<T, 'createdAt' | 'updatedAt'>, now: string): T[] {
  const index = items.findIndex((item) => item.id === fields.id);
  if (index === -1) return [...items, { ...fields, createdAt: now, updatedAt: now } as unknown as T];
  const next = items.slice();
  next[index] = { ...fields, createdAt: items[index]!.createdAt, updatedAt: now } as unknown as T;
  return next;
}

/**
 * Removing an item also removes every link to it, so no link ever points at nothing. Exported for the
 * sync merge, which removes links to items another computer deleted (the item may already be absent).
 */
export function deleteItem(plan: Plan, collection: PlanCollection, id: string): Plan {
  return deleteItems(plan, collection, new Set([id]));
}

/**
 * deleteItem for many items of one collection in one pass over the plan: the sync merge removes every
 * deletion it learnt at once (a hundred deletions one at a time would walk the plan a hundred times).
 */
export function deleteItems(plan: Plan, collection: PlanCollection, ids: ReadonlySet<string>): Plan {
  if (ids.size === 0) return plan;
  const without = <T>(linked: T[]) => linked.filter((one) => !ids.has(one as string));
  const next: Plan = { ...plan, [collection]: (plan[collection] as { id: string }[]).filter((item) => !ids.has(item.id)) };
  next.milestones = next.milestones.map((m) => {
    const links = {
      skillIds: collection === 'skills' ? without(m.links.skillIds) : m.links.skillIds,
      certificationIds: collection === 'certifications' ? without(m.links.certificationIds) : m.links.certificationIds,
      achievementIds: collection === 'achievements' ? without(m.links.achievementIds) : m.links.achievementIds,
    };
    const changed = (Object.keys(links) as (keyof typeof links)[]).some((k) => links[k].length !== m.links[k].length);
    return changed ? { ...m, links } : m;
  });
  if (collection === 'skills') {
    next.achievements = next.achievements.map((a) =>
      a.skillIds.some((linked) => ids.has(linked)) ? { ...a, skillIds: without(a.skillIds) } : a,
    );
  }
  if (collection === 'skills' || collection === 'certifications' || collection === 'milestones') {
    // A listing remembers the items added to close its gaps; an item that is gone is no longer one.
    next.listings = next.listings.map((l) =>
      l.closedGaps.some((gap) => gap.collection === collection && ids.has(gap.itemId))
        ? { ...l, closedGaps: l.closedGaps.filter((gap) => !(gap.collection === collection && ids.has(gap.itemId))) }
        : l,
    );
  }
  if (collection === 'skills') {
    // A phrase that meant this skill means nothing now: it is offered again as an "other term".
    next.termMappings = next.termMappings.filter((m) => m.skillId === null || !ids.has(m.skillId));
  }
  if (collection === 'questions') {
    // A story no longer answers a question that is gone; the practice history keeps what was asked.
    next.stories = next.stories.map((s) => (s.questionIds.some((linked) => ids.has(linked)) ? { ...s, questionIds: without(s.questionIds) } : s));
  }
  // A deleted achievement leaves its stories as they are: each keeps its own words and says its source is gone.
  if (collection === 'roles') {
    // The achievements stay; they are simply no longer in that role (an Undo puts the role and links back).
    next.achievements = next.achievements.map((a) => (a.roleId !== null && ids.has(a.roleId) ? { ...a, roleId: null } : a));
  }
  return next;
}

function applySingle(plan: Plan, change: SingleChange, clock: ChangeClock): Plan {
  switch (change.type) {
    case 'profile.update':
      return { ...plan, profile: { ...plan.profile, ...definedOnly(change.patch) } };
    case 'preferences.update':
      return { ...plan, preferences: { ...plan.preferences, ...definedOnly(change.patch) } };
    case 'milestone.put': {
      // "Done" records the day it happened; any other status clears it.
      const item = change.item;
      const completedOn = item.status === 'done' ? (item.completedOn ?? clock.today) : null;
      const before = plan.milestones.find((m) => m.id === item.id);
      const next = { ...plan, milestones: put(plan.milestones, { ...item, completedOn }, clock.now) };
      // Starting to follow brings the milestone in line at once; an edit that keeps following is the person's own.
      const startsFollowing = item.follows !== null && before?.follows !== item.follows;
      return startsFollowing ? syncFollowingMilestones(next, { milestoneIds: new Set([item.id]) }, clock) : next;
    }
    case 'certification.put': {
      const next = { ...plan, certifications: put(plan.certifications, change.item, clock.now) };
      return syncFollowingMilestones(next, { certificationIds: new Set([change.item.id]) }, clock);
    }
    case 'listing.put': {
      // The day the status changed is the app's to record, so "Applied on 3 Dec" is always true.
      const before = plan.listings.find((l) => l.id === change.item.id);
      // A new listing (or one put back by Undo) keeps a day it carries.
      const changed = before !== undefined && before.status !== change.item.status;
      const statusOn = changed ? clock.today : (change.item.statusOn ?? before?.statusOn ?? clock.today);
      return { ...plan, listings: put<Listing>(plan.listings, { ...change.item, statusOn }, clock.now) };
    }
    case 'practice.put': {
      // The history is kept to the last LIMITS.practiceSessions runs: a new one pushes the oldest out.
      const sessions = put(plan.practiceSessions, change.item, clock.now);
      const overflow = sessions.length - LIMITS.practiceSessions;
      return { ...plan, practiceSessions: overflow > 0 ? oldestDropped(sessions, overflow, change.item.id) : sessions };
    }
    case 'skill.put':
    case 'achievement.put':
    case 'role.put':
    case 'termMapping.put':
    case 'question.put':
    case 'story.put': {
      const collection = PUT_TARGET[change.type];
      return { ...plan, [collection]: put(plan[collection] as never[], change.item as never, clock.now) };
    }
    case 'item.delete':
      return deleteItem(plan, change.collection, change.id);
  }
}

/** `sessions` without its `count` oldest (by when they started), never the one just put. */
function oldestDropped<T extends { id: string; createdAt: string }>(sessions: T[], count: number, keepId: string): T[] {
  const oldest = new Set(
    sessions
      .filter((s) => s.id !== keepId)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .slice(0, count)
      .map((s) => s.id),
  );
  return sessions.filter((s) => !oldest.has(s.id));
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Apply a parsed change. The caller validates the result with PlanSchema before trusting it. */
export function applyPlanChange(plan: Plan, change: PlanChange, clock: ChangeClock): Plan {
  const changes = change.type === 'batch' ? change.changes : [change];
  const next = changes.reduce((current, single) => applySingle(current, single, clock), plan);
  return { ...next, updatedAt: clock.now };
}
