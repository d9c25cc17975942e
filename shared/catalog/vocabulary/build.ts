import type { TermAlias, VocabularyTerm, VocabularyTermInput } from './schema';

/**
 * Builds a vocabulary term the way VocabularyTermSchema.parse would, filling the alias defaults
 * (exactCase false, empty needsNearby / notNearby / notFollowedBy / notPrecededBy), but without running zod: the word
 * lists load with the catalog at start-up, and only the test needs to parse them. The test checks that
 * every shipped term parses to itself, so the builder and the schema cannot drift apart unnoticed.
 *
 * The words themselves come from pmo-facts.md ("Skills seen in PMO job ads" and "Job-listing
 * vocabulary"); see certifications.ts, skills.ts and tools.ts.
 */

/** One alias as written in the word lists: its text alone when no option differs from the default. */
export type AliasInput = string | VocabularyTermInput['aliases'][number];

/** A term as written in the word lists: any field the schema defaults may be left out. */
export type TermInput = Omit<VocabularyTermInput, 'aliases'> & { aliases: readonly AliasInput[] };

function alias(input: AliasInput): TermAlias {
  const a = typeof input === 'string' ? { text: input } : input;
  return {
    text: a.text,
    exactCase: a.exactCase ?? false,
    needsNearby: [...(a.needsNearby ?? [])],
    notNearby: [...(a.notNearby ?? [])],
    notFollowedBy: [...(a.notFollowedBy ?? [])],
    notPrecededBy: [...(a.notPrecededBy ?? [])],
  };
}

/** A complete term, as the schema's output type describes it. */
export function term(input: TermInput): VocabularyTerm {
  return {
    ...input,
    aliases: input.aliases.map(alias),
    catalogCertificationIds: [...input.catalogCertificationIds],
  };
}
