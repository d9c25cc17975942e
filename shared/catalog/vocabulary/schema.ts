import { z } from 'zod';
import { CompetencyAreaSchema } from '../../model/plan';
import { CalendarDateSchema, IdSchema } from '../../model/primitives';

/**
 * The shape of the job-listing vocabulary: the words PMO adverts use for a certification, a PMO skill
 * or a tool, each mapped to what it means in the plan. Like the rest of the catalog it is data we ship,
 * so a test parses every entry: a missing source or an alias that can never match is caught before
 * release.
 */

export const TERM_KINDS = ['certification', 'skill', 'tool'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

const NonBlank = z.string().trim().min(1);

/**
 * One way an advert writes the term. Matching is whole-word, ignores case, ®/™ marks, plurals and
 * British/American spelling, unless `exactCase` says the capitals matter ("MSP" the certification, not
 * "msp"; "MoP", not "mop").
 */
export const TermAliasSchema = z.object({
  text: NonBlank,
  /** Match only with exactly these capitals. */
  exactCase: z.boolean().default(false),
  /**
   * The alias counts only when one of these words or phrases is within a few words of it, e.g. "MSP"
   * near "programme" or "Foundation" (and not a managed service provider).
   */
  needsNearby: z.array(NonBlank).default([]),
  /** The alias does not count when one of these is within a few words of it ("managed service"). */
  notNearby: z.array(NonBlank).default([]),
  /** The alias does not count when the next word is one of these ("Excel at" is a verb). */
  notFollowedBy: z.array(NonBlank).default([]),
  /** The alias does not count when the word before is one of these ("running a P3O" is an office, not the certification). */
  notPrecededBy: z.array(NonBlank).default([]),
});
export type TermAlias = z.output<typeof TermAliasSchema>;

export const VocabularyTermSchema = z
  .object({
    /** Stable: the person's gap links and the export name terms by id. Never rename one. */
    id: IdSchema,
    kind: z.enum(TERM_KINDS),
    /** How the app names it: "PRINCE2 Practitioner", "Power BI", "Benefits realisation". */
    label: NonBlank,
    aliases: z.array(TermAliasSchema).min(1),
    /** The catalog skill a person's skill must come from to claim this term (skills; null for tools). */
    catalogSkillId: IdSchema.nullable(),
    /** Catalog certifications any of which satisfies the term (PRINCE2 Foundation is satisfied by Practitioner too). */
    catalogCertificationIds: z.array(IdSchema),
    /** For a certification outside our catalog: who issues it, for the custom certification a gap adds. */
    issuingBody: z.string(),
    /** Where a skill added to close the gap goes. */
    area: CompetencyAreaSchema,
    /** The milestone offered to close the gap: a concrete thing to do, in the imperative. */
    suggestedMilestone: NonBlank,
    /** Where the term's meaning and its use in PMO adverts come from. */
    sourceUrl: z.url({ protocol: /^https$/, hostname: z.regexes.domain }),
    lastVerified: CalendarDateSchema,
    unverified: z.boolean(),
    unverifiedNote: z.string(),
  })
  .refine((t) => t.unverified === (t.unverifiedNote.trim() !== ''), {
    message: 'An unverified term needs a note saying what is unconfirmed, and only an unverified one.',
    path: ['unverifiedNote'],
  })
  .refine((t) => t.kind !== 'skill' || t.catalogSkillId !== null, { message: 'A skill term maps to a catalog skill.', path: ['catalogSkillId'] })
  .refine((t) => t.kind === 'certification' || t.catalogCertificationIds.length === 0, {
    message: 'Only a certification term lists catalog certifications.',
    path: ['catalogCertificationIds'],
  })
  .refine((t) => t.kind !== 'certification' || t.catalogCertificationIds.length > 0 || t.issuingBody.trim() !== '', {
    message: 'A certification outside the catalog names its issuing body.',
    path: ['issuingBody'],
  });
export type VocabularyTerm = z.output<typeof VocabularyTermSchema>;
export type VocabularyTermInput = z.input<typeof VocabularyTermSchema>;
