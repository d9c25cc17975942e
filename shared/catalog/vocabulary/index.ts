import { CERTIFICATION_TERMS } from './certifications';
import type { VocabularyTerm } from './schema';
import { SKILL_TERMS } from './skills';
import { TOOL_TERMS } from './tools';

/**
 * The job-listing vocabulary: the words PMO adverts use for certifications, PMO skills and tools, each
 * mapped to what it means in the plan. The words come from pmo-facts.md ("Skills seen in PMO job ads"
 * and "Job-listing vocabulary"); the files beside this one say which aliases need context and why.
 * Ids are stable: gap links and the export name terms by id, so never rename one.
 */

export * from './schema';
export { CERTIFICATION_TERMS } from './certifications';
export { SKILL_TERMS } from './skills';
export { TOOL_TERMS } from './tools';

/** Every term: certifications, then skills, then tools. */
export const VOCABULARY: readonly VocabularyTerm[] = [...CERTIFICATION_TERMS, ...SKILL_TERMS, ...TOOL_TERMS];

/** Look a term up by its stable id. */
export function findVocabularyTerm(id: string): VocabularyTerm | undefined {
  return VOCABULARY.find((entry) => entry.id === id);
}
