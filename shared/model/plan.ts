import { z } from 'zod';
import { ContactShape } from './contact';
import { PracticeSessionSchema, QuestionSchema, StorySchema } from './interview';
import { ListingSchema, TermMappingSchema } from './listing';
import { RoleSchema } from './role';
import {
  CalendarDateSchema,
  IdSchema,
  LIMITS,
  OptionalDateSchema,
  TimestampSchema,
  TimestampsShape,
  list,
  requiredText,
  text,
} from './primitives';
import {
  CERTIFICATION_STATUSES,
  COMPETENCY_AREAS,
  CV_PAGE_SIZES,
  ENTRY_PATHS,
  MILESTONE_FOLLOW_RULES,
  MILESTONE_KINDS,
  MILESTONE_STATUSES,
  ENGLISH_VARIANTS,
  SKILL_LEVELS,
  THEMES,
} from './vocabulary';

/**
 * The plan document, current version. This file is the single source of truth for its shape:
 * main validates every load and save with it, the renderer infers its types from it.
 * Changing the shape means bumping PLAN_SCHEMA_VERSION and adding a step to ./migrations.ts.
 */
export const PLAN_SCHEMA_VERSION = 6;

export const CompetencyAreaSchema = z.enum(COMPETENCY_AREAS, { error: 'Choose business, leadership or organisational.' });
export const SkillLevelSchema = z
  .number()
  .int('A skill level is a whole number from 0 to 4.')
  .refine((n): n is (typeof SKILL_LEVELS)[number] => (SKILL_LEVELS as readonly number[]).includes(n), 'A skill level is a whole number from 0 to 4.');

export const ProfileSchema = z.object({
  name: text('your name', LIMITS.shortText).default(''),
  currentRole: text('your current role', LIMITS.shortText).default(''),
  entryPath: z.enum(ENTRY_PATHS).nullable().default(null),
  targetRole: text('the target role', LIMITS.shortText).default(''),
  targetDate: OptionalDateSchema,
  cvPageSize: z.enum(CV_PAGE_SIZES).default('A4'),
  /** When the person finished (or skipped) the first-run set-up; null shows the set-up again. */
  onboardedAt: TimestampSchema.nullable().default(null),
  /** Email, phone, location, one link and a summary: the top of every CV export (schema v3). */
  ...ContactShape,
});

/** One word of the person's dictionary: a single word as typed (letters, digits, ' and -). */
const UserWordSchema = z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N}\p{M}'\u2019-]*$/u, 'A dictionary word is one word, without spaces.').max(LIMITS.userWord);

export const PreferencesSchema = z.object({
  theme: z.enum(THEMES).default('system'),
  /** Question-bank questions the person hid as not applying to them (schema v5). */
  hiddenQuestionIds: list(IdSchema, 'hidden questions', LIMITS.hiddenQuestions).default([]),
  /** Words the person added to their own dictionary: never marked as misspelt (schema v6). */
  userWords: list(UserWordSchema, 'words in your dictionary', LIMITS.userWords).default([]),
  /** Which English spelling is checked and exports write; null follows the computer's language (schema v6). */
  english: z.enum(ENGLISH_VARIANTS).nullable().default(null),
});
export const DEFAULT_PREFERENCES: Preferences = { theme: 'system', hiddenQuestionIds: [], userWords: [], english: null };

/** The fields a person edits; the stored item adds createdAt / updatedAt (stamped by main). */
export const SkillFieldsSchema = z.object({
  id: IdSchema,
  /** The catalog skill this came from, or null for one the person added. */
  catalogId: IdSchema.nullable().default(null),
  area: CompetencyAreaSchema,
  name: requiredText('the skill name', LIMITS.shortText),
  description: text('the description', LIMITS.mediumText).default(''),
  currentLevel: SkillLevelSchema.default(0),
  targetLevel: SkillLevelSchema.default(3),
  notes: text('the notes', LIMITS.longText).default(''),
});
export const SkillSchema = SkillFieldsSchema.extend(TimestampsShape);

export const CpdEntrySchema = z.object({
  id: IdSchema,
  date: CalendarDateSchema,
  amount: z.number().positive('Log a positive number of hours or points.').max(1000, 'One entry can hold at most 1,000 hours or points.'),
  /** Free text or a catalog renewal category such as "Ways of Working". */
  category: text('the category', LIMITS.shortText).default(''),
  note: text('the note', LIMITS.mediumText).default(''),
});

const namedCertification = {
  check: (c: { catalogId: string | null; customName: string }) => c.catalogId !== null || c.customName.trim() !== '',
  params: { message: 'Give the certification a name, or pick one from the catalog.', path: ['customName'] },
};

const CertificationObject = z.object({
    id: IdSchema,
    /** The catalog certification, or null for a custom one (then customName is required). */
    catalogId: IdSchema.nullable().default(null),
    customName: text('the certification name', LIMITS.shortText).default(''),
    customBody: text('the issuing body', LIMITS.shortText).default(''),
    status: z.enum(CERTIFICATION_STATUSES).default('considering'),
    examDate: OptionalDateSchema,
    credentialId: text('the credential ID', LIMITS.shortText).default(''),
    issuedOn: OptionalDateSchema,
    expiresOn: OptionalDateSchema,
    cpd: list(CpdEntrySchema, 'CPD entries per certification', LIMITS.cpdEntriesPerCertification).default([]),
    notes: text('the notes', LIMITS.longText).default(''),
});
export const CertificationFieldsSchema = CertificationObject.refine(namedCertification.check, namedCertification.params);
export type CertificationFields = z.output<typeof CertificationObject>;

/**
 * A certification with every field at its default: where the "new certification" form and the starter
 * plan begin. (The schema's own defaults cannot be used for a custom one: it needs a name to validate.)
 */
export function blankCertificationFields(id: string, catalogId: string | null = null): CertificationFields {
  return CertificationObject.parse({ id, catalogId });
}
export const CertificationSchema = CertificationObject.extend(TimestampsShape).refine(
  namedCertification.check,
  namedCertification.params,
);

export const MilestoneLinksSchema = z.object({
  skillIds: list(IdSchema, 'linked skills', LIMITS.linksPerItem).default([]),
  certificationIds: list(IdSchema, 'linked certifications', LIMITS.linksPerItem).default([]),
  achievementIds: list(IdSchema, 'linked achievements', LIMITS.linksPerItem).default([]),
});

export const MilestoneFieldsSchema = z.object({
  id: IdSchema,
  title: requiredText('the milestone title', LIMITS.shortText),
  area: CompetencyAreaSchema.nullable().default(null),
  kind: z.enum(MILESTONE_KINDS).default('other'),
  dueDate: OptionalDateSchema,
  status: z.enum(MILESTONE_STATUSES).default('todo'),
  completedOn: OptionalDateSchema,
  links: MilestoneLinksSchema.default({ skillIds: [], certificationIds: [], achievementIds: [] }),
  notes: text('the notes', LIMITS.longText).default(''),
  /** Keep status (and an exam's due date) in step with the linked certifications; null: the person's alone. */
  follows: z.enum(MILESTONE_FOLLOW_RULES).nullable().default(null),
});
export const MilestoneSchema = MilestoneFieldsSchema.extend(TimestampsShape);

export const MetricSchema = z.object({
  value: z.number().finite('A metric needs a number.'),
  unit: text('the unit', LIMITS.tag).default(''),
  measures: text('what the metric measures', LIMITS.shortText).default(''),
});

export const StarSchema = z.object({
  situation: text('the situation', LIMITS.mediumText).default(''),
  task: text('the task', LIMITS.mediumText).default(''),
  action: text('the action', LIMITS.mediumText).default(''),
  result: text('the result', LIMITS.mediumText).default(''),
});

export const XyzSchema = z.object({
  accomplished: text('what you accomplished', LIMITS.mediumText).default(''),
  measuredBy: text('how it was measured', LIMITS.mediumText).default(''),
  byDoing: text('what you did', LIMITS.mediumText).default(''),
});

export const AchievementFieldsSchema = z.object({
  id: IdSchema,
  title: requiredText('the achievement title', LIMITS.shortText),
  date: OptionalDateSchema,
  /** The role in the work history it was achieved in (schema v3; before, free-text organisation and role). */
  roleId: IdSchema.nullable().default(null),
  area: CompetencyAreaSchema.nullable().default(null),
  star: StarSchema.default({ situation: '', task: '', action: '', result: '' }),
  xyz: XyzSchema.default({ accomplished: '', measuredBy: '', byDoing: '' }),
  metrics: list(MetricSchema, 'metrics per achievement', LIMITS.metricsPerAchievement).default([]),
  skillIds: list(IdSchema, 'linked skills', LIMITS.linksPerItem).default([]),
  tags: list(text('a tag', LIMITS.tag), 'tags per achievement', LIMITS.tagsPerItem).default([]),
  includeInCv: z.boolean().default(true),
  /** A bullet the person wrote by hand; when blank the CV bullet is composed from STAR / X-Y-Z. */
  cvBullet: text('the CV bullet', LIMITS.mediumText).default(''),
});
export const AchievementSchema = AchievementFieldsSchema.extend(TimestampsShape);

const COLLECTION_LABELS = {
  skills: 'skill',
  certifications: 'certification',
  milestones: 'milestone',
  achievements: 'achievement',
  roles: 'role',
  listings: 'job listing',
  termMappings: 'term mapping',
  questions: 'question',
  stories: 'story',
  practiceSessions: 'practice session',
} as const;

export const PlanSchema = z
  .object({
    schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
    profile: ProfileSchema,
    preferences: PreferencesSchema.default(DEFAULT_PREFERENCES),
    skills: list(SkillSchema, 'skills', LIMITS.skills),
    certifications: list(CertificationSchema, 'certifications', LIMITS.certifications),
    milestones: list(MilestoneSchema, 'milestones', LIMITS.milestones),
    achievements: list(AchievementSchema, 'achievements', LIMITS.achievements),
    roles: list(RoleSchema, 'roles', LIMITS.roles).default([]),
    /** Job listings the person studies against the plan (schema v4). */
    listings: list(ListingSchema, 'job listings', LIMITS.listings).default([]),
    /** What phrases from listings mean to this person (schema v4). */
    termMappings: list(TermMappingSchema, 'term mappings', LIMITS.termMappings).default([]),
    /** Interview questions the person added, stories that answer questions, practice runs (schema v5). */
    questions: list(QuestionSchema, 'interview questions', LIMITS.questions).default([]),
    stories: list(StorySchema, 'stories', LIMITS.stories).default([]),
    practiceSessions: list(PracticeSessionSchema, 'practice sessions', LIMITS.practiceSessions).default([]),
    ...TimestampsShape,
  })
  .superRefine((plan, ctx) => {
    // Links and undo address items by id, so an id may appear only once per collection.
    for (const collection of Object.keys(COLLECTION_LABELS) as (keyof typeof COLLECTION_LABELS)[]) {
      const seen = new Set<string>();
      plan[collection].forEach((item, index) => {
        if (seen.has(item.id)) {
          ctx.addIssue({
            code: 'custom',
            path: [collection, index, 'id'],
            message: `Two ${COLLECTION_LABELS[collection]}s share the id "${item.id}".`,
          });
        }
        seen.add(item.id);
      });
    }
  });

export type Plan = z.infer<typeof PlanSchema>;
export type Profile = z.infer<typeof ProfileSchema>;
export type Preferences = z.infer<typeof PreferencesSchema>;
export type Skill = z.infer<typeof SkillSchema>;
export type Certification = z.infer<typeof CertificationSchema>;
export type CpdEntry = z.infer<typeof CpdEntrySchema>;
export type Milestone = z.infer<typeof MilestoneSchema>;
export type MilestoneLinks = z.infer<typeof MilestoneLinksSchema>;
export type Achievement = z.infer<typeof AchievementSchema>;
export type Metric = z.infer<typeof MetricSchema>;
export type { Listing, ListingFields, TermMapping, ClosedGap } from './listing';
export { RoleFieldsSchema, RoleSchema, type Role, type RoleFields } from './role';
export type { PracticeAnswer, PracticeSession, PracticeSessionFields, Question, QuestionFields, Story, StoryFields } from './interview';

export const PLAN_COLLECTIONS = [
  'skills',
  'certifications',
  'milestones',
  'achievements',
  'roles',
  'listings',
  'termMappings',
  'questions',
  'stories',
  'practiceSessions',
] as const;
export type PlanCollection = (typeof PLAN_COLLECTIONS)[number];

/** How many items each collection holds: what a backup or an import preview reports. */
export function countPlanItems(plan: Plan): Record<PlanCollection, number> {
  return Object.fromEntries(PLAN_COLLECTIONS.map((c) => [c, plan[c].length])) as Record<PlanCollection, number>;
}

/** A new, empty plan. `now` is injected so callers (and tests) control the clock. */
export function createEmptyPlan(now: string): Plan {
  return PlanSchema.parse({
    schemaVersion: PLAN_SCHEMA_VERSION,
    profile: {},
    preferences: {},
    skills: [],
    certifications: [],
    milestones: [],
    achievements: [],
    roles: [],
    listings: [],
    termMappings: [],
    questions: [],
    stories: [],
    practiceSessions: [],
    createdAt: now,
    updatedAt: now,
  });
}
