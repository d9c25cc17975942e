import { z } from 'zod';
import { CompetencyAreaSchema } from '../../model/plan';
import { IdSchema, LIMITS } from '../../model/primitives';
import { ProvenanceShape, unverifiedNeedsNote as catalogNoteRule } from '../schemas';
import { INTERVIEW_THEMES } from '../../model/vocabulary';

/**
 * Shapes of the question bank: interview questions we ship, and the behaviour frameworks interviewers
 * assess against. Like the rest of the catalog these exist to keep our own entries honest: a test parses
 * every entry, so a question without a theme, a source-less framework or an [unverified] fact without its
 * note is caught before release.
 */

const NonBlank = z.string().trim().min(1);

// The catalog's provenance rules; a bank question is ours, so it has a date but no source page.
const { sourceUrl: _sourceUrl, ...DatedShape } = ProvenanceShape;
const unverifiedNeedsNote = catalogNoteRule.check;
const noteRule = catalogNoteRule.params;

/** One behaviour of a framework, e.g. Civil Service "Working Together". */
export const BehaviourEntrySchema = z.object({
  /** Stable: questions name behaviours by it. */
  id: IdSchema,
  name: NonBlank,
  /** What the behaviour is about, in our own words (never the publisher's text). */
  summary: NonBlank,
});
export type BehaviourEntry = z.infer<typeof BehaviourEntrySchema>;

export const InterviewFrameworkSchema = z
  .object({
    id: IdSchema,
    name: NonBlank,
    publisher: NonBlank,
    /** How interviewers use it, in a sentence. */
    usedFor: NonBlank,
    behaviours: z.array(BehaviourEntrySchema).min(1),
    ...ProvenanceShape,
  })
  .refine(unverifiedNeedsNote, noteRule);
export type InterviewFramework = z.infer<typeof InterviewFrameworkSchema>;

/**
 * A question in the bank. `origin` says who wrote it: the PMO Pathway team, from the themes PMO
 * interviews probe (pmo-facts.md), or phrased after one published behaviour (then `behaviours` names it
 * and the framework carries the source). Ids are stable: stories store them, so never reuse one for a
 * question that asks something else; reword in place only when the meaning stays.
 */
export const QuestionEntrySchema = z
  .object({
    id: z.string().regex(/^q-[a-z0-9-]{2,60}$/, 'A bank question id is "q-" and lowercase words with dashes.'),
    text: NonBlank.max(LIMITS.questionText),
    area: CompetencyAreaSchema,
    themes: z.array(z.enum(INTERVIEW_THEMES)).min(1).max(4),
    /** Ids of framework behaviours it probes (may be none). */
    behaviours: z.array(IdSchema),
    origin: z.enum(['team', 'framework']),
    /** Why an interviewer asks it / what a good answer shows, in a sentence: shown as a hint. */
    lookingFor: NonBlank,
    ...DatedShape,
  })
  .refine(unverifiedNeedsNote, noteRule)
  .refine((q) => q.origin === 'team' || q.behaviours.length > 0, { message: 'A framework question names the behaviour it is phrased after.', path: ['behaviours'] })
  .refine((q) => new Set(q.themes).size === q.themes.length, { message: 'A theme is listed once.', path: ['themes'] });
export type QuestionEntry = z.infer<typeof QuestionEntrySchema>;
