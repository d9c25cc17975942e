import { z } from 'zod';
import { IdSchema, LIMITS, TimestampSchema } from '../model/primitives';
import { DRAFT_KINDS, type DraftKind } from './kinds';
import {
  CERTIFICATION_STATUSES,
  COMPETENCY_AREAS,
  CV_PAGE_SIZES,
  ENTRY_PATHS,
  MILESTONE_FOLLOW_RULES,
  MILESTONE_KINDS,
  LISTING_STATUSES,
  INTERVIEW_THEMES,
  MILESTONE_STATUSES,
  SKILL_LEVELS,
} from '../model/vocabulary';

/**
 * What each editor's draft looks like, checked when main receives one and again when it reads the
 * drafts file back. Deliberately more lenient than the plan: a draft may be half-typed (a blank title,
 * a number still being typed, text over a field's limit that the editor will point out on save), but it
 * is always the right shape, so resuming one can never put a malformed value into an editor.
 */

/** Far above any field's limit (the editor enforces those on save), and still bounded. */
export const DRAFT_TEXT_MAX = 20_000;
/** Drafts kept at most; the oldest goes first. */
export const MAX_DRAFTS = 50;

const text = z.string().max(DRAFT_TEXT_MAX);
const dateText = z.string().max(10).nullable();
const ids = z.array(IdSchema).max(LIMITS.linksPerItem);
const area = z.enum(COMPETENCY_AREAS);
const level = z.literal(SKILL_LEVELS);

const AchievementDraftFields = z.object({
  id: IdSchema,
  title: text,
  date: dateText,
  roleId: IdSchema.nullable(),
  area: area.nullable(),
  star: z.object({ situation: text, task: text, action: text, result: text }),
  xyz: z.object({ accomplished: text, measuredBy: text, byDoing: text }),
  /** Metric values stay the text typed ("4." is kept, not turned into 4 or lost). */
  metrics: z.array(z.object({ key: z.string().max(64), value: text, unit: text, measures: text })).max(LIMITS.metricsPerAchievement * 2),
  skillIds: ids,
  tags: z.array(text).max(LIMITS.tagsPerItem * 2),
  includeInCv: z.boolean(),
  cvBullet: text,
});

const MilestoneDraftFields = z.object({
  id: IdSchema,
  title: text,
  area: area.nullable(),
  kind: z.enum(MILESTONE_KINDS),
  dueDate: dateText,
  status: z.enum(MILESTONE_STATUSES),
  completedOn: dateText,
  links: z.object({ skillIds: ids, certificationIds: ids, achievementIds: ids }),
  notes: text,
  follows: z.enum(MILESTONE_FOLLOW_RULES).nullable(),
});

const SkillDraftFields = z.object({
  id: IdSchema,
  catalogId: IdSchema.nullable(),
  area,
  name: text,
  description: text,
  currentLevel: level,
  targetLevel: level,
  notes: text,
});

const CertificationDraftFields = z.object({
  id: IdSchema,
  catalogId: IdSchema.nullable(),
  customName: text,
  customBody: text,
  status: z.enum(CERTIFICATION_STATUSES),
  examDate: dateText,
  credentialId: text,
  issuedOn: dateText,
  expiresOn: dateText,
  // The log itself is edited in place (not through the draft); kept so a draft is a whole certification.
  cpd: z.array(z.object({ id: IdSchema, date: z.string().max(10), amount: z.number(), category: text, note: text })).max(LIMITS.cpdEntriesPerCertification),
  notes: text,
});

const CpdEntryDraftFields = z.object({ date: text, amount: text, category: text, note: text });

const ProfileDraftFields = z.object({
  name: text,
  currentRole: text,
  entryPath: z.enum(ENTRY_PATHS).nullable(),
  targetRole: text,
  targetDate: dateText,
  cvPageSize: z.enum(CV_PAGE_SIZES),
  email: text,
  phone: text,
  location: text,
  link: text,
  summary: text,
});

const monthText = z.string().max(7).nullable();
const RoleDraftFields = z.object({
  id: IdSchema,
  organisation: text,
  title: text,
  location: text,
  startMonth: monthText,
  endMonth: monthText,
  current: z.boolean(),
  summary: text,
});

const SetupDraftFields = z.object({
  step: z.literal([1, 2, 3]),
  about: z.object({
    name: text,
    entryPath: z.enum(ENTRY_PATHS).nullable(),
    currentRole: text,
    targetRole: text,
    targetDate: dateText,
    email: text,
    phone: text,
    location: text,
    link: text,
  }),
  /** Current levels from the "rate yourself" step, by catalog skill id. */
  levels: z.record(IdSchema, level),
  /** Starter suggestions the person unticked. */
  dropped: z.array(z.string().max(200)).max(500),
});

/** A listing's text may be a whole advert: its own bound, a little above the plan's limit (the editor says so on save). */
const ListingDraftFields = z.object({
  id: IdSchema,
  title: text,
  organisation: text,
  link: text,
  seenOn: dateText,
  closesOn: dateText,
  status: z.enum(LISTING_STATUSES),
  text: z.string().max(LIMITS.listingText + 10_000),
  notes: text,
});

/** An interview story as typed (schema v5); its text bounds are the editor's to point out on save. */
const StoryDraftFields = z.object({
  id: IdSchema,
  title: text,
  achievementId: IdSchema.nullable(),
  questionIds: z.array(IdSchema).max(LIMITS.questionsPerStory * 2),
  star: z.object({ situation: text, task: text, action: text, result: text }),
  reflection: text,
});

const QuestionDraftFields = z.object({
  id: IdSchema,
  text,
  area: area.nullable(),
  themes: z.array(z.enum(INTERVIEW_THEMES)).max(LIMITS.themesPerQuestion * 2),
  notes: text,
});

const common = {
  itemId: IdSchema.nullable(),
  /** True while the draft is of an item not yet in the plan. */
  isNew: z.boolean(),
  /** What the "unsaved" notice calls it, e.g. the title as typed. */
  label: z.string().max(LIMITS.shortText),
  savedAt: TimestampSchema,
};

function variant<K extends string, F extends z.ZodType>(kind: K, fields: F) {
  return z.object({ kind: z.literal(kind), ...common, fields, base: fields.nullable() });
}

export const DraftSchema = z.discriminatedUnion('kind', [
  variant('achievement', AchievementDraftFields),
  variant('milestone', MilestoneDraftFields),
  variant('skill', SkillDraftFields),
  variant('certification', CertificationDraftFields),
  variant('cpd-entry', CpdEntryDraftFields),
  variant('profile', ProfileDraftFields),
  variant('role', RoleDraftFields),
  variant('setup', SetupDraftFields),
  variant('listing', ListingDraftFields),
  variant('story', StoryDraftFields),
  variant('question', QuestionDraftFields),
]);

export type Draft = z.infer<typeof DraftSchema>;
export type DraftOf<K extends Draft['kind']> = Extract<Draft, { kind: K }>;
export type DraftFields<K extends Draft['kind']> = DraftOf<K>['fields'];

export const DraftKeySchema = z.object({ kind: z.enum(DRAFT_KINDS), itemId: IdSchema.nullable() });

// Every kind has a schema and every schema a kind: the compiler fails here if the two lists drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const kindsMatch: Same<Draft['kind'], DraftKind> = true;
void kindsMatch;

/** The drafts file beside the plan (`drafts.json`). */
export const DRAFTS_FILE_FORMAT = 'pmo-pathway-drafts';
export const DraftsFileSchema = z.object({
  format: z.literal(DRAFTS_FILE_FORMAT),
  version: z.literal(1),
  drafts: z.array(z.unknown()).max(MAX_DRAFTS * 4),
});
