import { z } from 'zod';
import { CompetencyAreaSchema, SkillLevelSchema } from '../model/plan';
import { CalendarDateSchema, IdSchema } from '../model/primitives';

/**
 * Shapes of the catalog's entries. The catalog is data we ship, not data the person edits, so these
 * schemas exist to keep our own entries honest: a test parses every entry, which is how a missing
 * source, a malformed date or an [unverified] fact shipped without its flag is caught before release.
 */

const NonBlank = z.string().trim().min(1);
const Count = z.number().int().positive();

/** Where a fact came from, when it was checked, and what about it is not confirmed. */
export const ProvenanceShape = {
  sourceUrl: z.url({ protocol: /^https$/, hostname: z.regexes.domain }),
  lastVerified: CalendarDateSchema,
  /** True where our sources conflicted or were missing; the UI shows the entry as unconfirmed. */
  unverified: z.boolean(),
  /** What is unconfirmed, in words a person can act on; '' when nothing is. */
  unverifiedNote: z.string(),
};

export const unverifiedNeedsNote = {
  check: (entry: { unverified: boolean; unverifiedNote: string }) => entry.unverified === (entry.unverifiedNote.trim() !== ''),
  params: { message: 'An unverified entry needs a note saying what is unconfirmed, and only an unverified one.', path: ['unverifiedNote'] },
};

export const FrameworkEntrySchema = z
  .object({
    id: IdSchema,
    name: NonBlank,
    body: NonBlank,
    summary: NonBlank,
    /** Named parts of the framework that skills can point at, e.g. the Talent Triangle's three sides. */
    elements: z.array(NonBlank),
    ...ProvenanceShape,
  })
  .refine(unverifiedNeedsNote.check, unverifiedNeedsNote.params);
export type FrameworkEntry = z.infer<typeof FrameworkEntrySchema>;

export const FrameworkRefSchema = z.object({
  frameworkId: IdSchema,
  /** One of the framework's `elements`, or null when the skill relates to the framework as a whole. */
  element: NonBlank.nullable(),
});
export type FrameworkRef = z.infer<typeof FrameworkRefSchema>;

export const SkillEntrySchema = z
  .object({
    id: IdSchema,
    area: CompetencyAreaSchema,
    name: NonBlank,
    description: NonBlank,
    /** Our suggestion on the app's 0–4 scale; the person can change it. */
    suggestedTargetLevel: SkillLevelSchema,
    /** Seen in the sample of PMO job ads behind pmo-facts.md (about 8 ads, not a frequency study). */
    seenInJobAds: z.boolean(),
    /** Tools or examples named alongside the skill in those ads. */
    examples: z.array(NonBlank),
    /** Published frameworks that cover the skill; the first one supplies sourceUrl. */
    frameworks: z.array(FrameworkRefSchema).min(1),
    ...ProvenanceShape,
  })
  .refine(unverifiedNeedsNote.check, unverifiedNeedsNote.params);
export type SkillEntry = z.infer<typeof SkillEntrySchema>;

/** Our grouping, for sorting and filtering; the issuing bodies use their own words. */
export const CERTIFICATION_LEVELS = ['entry', 'practitioner', 'advanced', 'chartered'] as const;
export type CertificationLevel = (typeof CERTIFICATION_LEVELS)[number];
export const CERTIFICATION_LEVEL_LABELS: Record<CertificationLevel, string> = {
  entry: 'Entry level',
  practitioner: 'Practitioner',
  advanced: 'Advanced',
  chartered: 'Chartered',
};

export const CERTIFICATION_FOCUSES = ['project', 'programme', 'portfolio', 'pmo', 'agile'] as const;
export type CertificationFocus = (typeof CERTIFICATION_FOCUSES)[number];

export const ExperienceRequirementSchema = z.object({
  kind: z.enum(['project', 'programme', 'portfolio', 'business', 'agile']),
  months: Count,
  /** Gained within this many years before applying; null when our sources do not say. */
  withinYears: Count.nullable(),
});

/** One way of qualifying to sit an exam; a certification lists its alternatives. */
export const EligibilityRouteSchema = z.object({
  education: z.enum(['secondary-diploma', 'degree']).nullable(),
  experience: z.array(ExperienceRequirementSchema),
  trainingHours: Count.nullable(),
  /** What the training must cover, e.g. "project management education". */
  trainingTopic: z.string(),
});
export type EligibilityRoute = z.infer<typeof EligibilityRouteSchema>;

export const PrerequisitesSchema = z
  .object({
    /** 'unknown' means our sources do not say, not that there is none. */
    kind: z.enum(['none', 'required', 'unknown']),
    summary: NonBlank,
    /** Catalog certifications that must be held first. */
    certificationIds: z.array(IdSchema),
    routes: z.array(EligibilityRouteSchema),
    /** Certifications that stand in for part of a route. */
    waivers: z.array(z.object({ certificationId: IdSchema, waives: z.enum(['training', 'experience']) })),
    /** The application is reviewed by a panel before the exam (PgMP, PfMP). */
    panelReview: z.boolean(),
  })
  .refine((p) => p.kind === 'required' || (p.certificationIds.length === 0 && p.routes.length === 0 && p.waivers.length === 0), {
    message: 'Only a certification with prerequisites can list them.',
  });
export type Prerequisites = z.infer<typeof PrerequisitesSchema>;

/** Every field is null where our sources do not give it. */
export const ExamFormatSchema = z.object({
  questions: Count.nullable(),
  /** Where some questions are unscored trial questions (P3O: 75 asked, 70 scored). */
  scoredQuestions: Count.nullable(),
  minutes: Count.nullable(),
  passMarkPercent: z.number().positive().max(100).nullable(),
  /** The pass mark as a number of correct answers, where the body states it that way. */
  passMarkScore: Count.nullable(),
  openBook: z.boolean().nullable(),
  /** E.g. which exam outline the figures belong to. */
  note: z.string(),
});
export type ExamFormat = z.infer<typeof ExamFormatSchema>;

export const CpdCategoryLimitSchema = z.object({
  category: NonBlank,
  amount: Count,
  /** Other categories whose points also count towards this one (PMI's Talent Triangle areas are Education). */
  includes: z.array(NonBlank),
});
export type CpdCategoryLimit = z.infer<typeof CpdCategoryLimitSchema>;

export const CPD_UNITS = ['PDU', 'SEU', 'CPD point'] as const;
export type CpdUnit = (typeof CPD_UNITS)[number];

/**
 * How a certification stays current, as data the insights can compute with.
 * - cpd: earn `amount` units in every cycle of `cycleYears`, meeting each category minimum; units in a
 *   category above its maximum do not count.
 * - resit-or-cpd: the certificate lasts `validityYears`; renew by re-sitting (or another exam in the
 *   suite), or by logging `cpd.amount` points every `cpd.perYears` years (with membership, if required).
 * - none: never expires. unknown: our sources do not say (check with the body).
 */
export const RenewalRuleSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('cpd'),
    programme: z.string(),
    amount: Count,
    unit: z.enum(CPD_UNITS),
    cycleYears: Count,
    /** Category names offered when logging CPD, so logged entries match the limits below. */
    categories: z.array(NonBlank),
    categoryMinimums: z.array(CpdCategoryLimitSchema),
    categoryMaximums: z.array(CpdCategoryLimitSchema),
  }),
  z.object({
    kind: z.literal('resit-or-cpd'),
    validityYears: Count,
    cpd: z.object({ amount: Count, unit: z.enum(CPD_UNITS), perYears: Count, requiresMembership: z.boolean() }),
    alternatives: z.array(NonBlank).min(1),
  }),
  z.object({ kind: z.literal('none'), note: z.string() }),
  z.object({ kind: z.literal('unknown'), note: NonBlank }),
]);
export type RenewalRule = z.infer<typeof RenewalRuleSchema>;

/** The parts of a certification entry a flag can point at, so the UI marks exactly what is unconfirmed. */
export const CERTIFICATION_FACT_FIELDS = ['name', 'prerequisites', 'exam', 'renewal'] as const;

export const CertificationEntrySchema = z
  .object({
    id: IdSchema,
    name: NonBlank,
    shortName: NonBlank,
    issuingBody: NonBlank,
    level: z.enum(CERTIFICATION_LEVELS),
    focus: z.enum(CERTIFICATION_FOCUSES),
    /** Anything else our sources say that has no field of its own. */
    notes: z.string(),
    prerequisites: PrerequisitesSchema,
    /** null when our sources give nothing about the exam (APM qualifications). */
    exam: ExamFormatSchema.nullable(),
    renewal: RenewalRuleSchema,
    unverifiedFields: z.array(z.enum(CERTIFICATION_FACT_FIELDS)),
    ...ProvenanceShape,
  })
  .refine(unverifiedNeedsNote.check, unverifiedNeedsNote.params)
  .refine((c) => c.unverified === c.unverifiedFields.length > 0, {
    message: 'An unverified certification must say which fields are unconfirmed, and only an unverified one.',
    path: ['unverifiedFields'],
  });
export type CertificationEntry = z.infer<typeof CertificationEntrySchema>;
