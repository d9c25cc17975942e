import { CERTIFICATIONS } from '../catalog/certifications';
import { SKILLS } from '../catalog/skills';
import { VOCABULARY } from '../catalog/vocabulary';
import type { VocabularyTerm } from '../catalog/vocabulary/schema';
import { compileTerms, matchTerms, type TermIndex } from '../listings/term-index';
import { foldPhrase, tokenize } from '../listings/tokens';
import type { CompetencyArea } from '../model/vocabulary';

/**
 * A certification or skill named on a CV, matched to the catalog: first by the catalog's own name or
 * short name (folded: case, marks, British/American spelling), then by the job-listing vocabulary's
 * aliases, the same matcher that reads adverts ("Project Management Professional (PMP)" -> PMP,
 * "PRINCE2® Practitioner" -> PRINCE2 Practitioner). The longest alias wins. No match: null, and the
 * item is imported as the person's own.
 */

const key = (text: string) => foldPhrase(text).join(' ');

const CERTIFICATION_NAMES = new Map(CERTIFICATIONS.flatMap((c) => [[key(c.name), c.id] as const, [key(c.shortName), c.id] as const]));
const SKILL_NAMES = new Map(SKILLS.map((s) => [key(s.name), s] as const));

let certificationIndex: TermIndex | null = null;
let skillIndex: TermIndex | null = null;
const ofKind = (kind: VocabularyTerm['kind']) => VOCABULARY.filter((t) => t.kind === kind);

function longestTerm(text: string, index: TermIndex): VocabularyTerm | null {
  const matches = matchTerms(text, tokenize(text), index);
  if (matches.length === 0) return null;
  const longest = matches.reduce((best, m) => (m.last - m.first > best.last - best.first ? m : best));
  return VOCABULARY.find((t) => t.id === longest.termId) ?? null;
}

export interface CertificationMatch {
  catalogId: string | null;
  /** The issuing body the vocabulary knows for a certification outside the catalog ('' when none). */
  issuer: string;
}

export function matchCertification(name: string): CertificationMatch {
  const exact = CERTIFICATION_NAMES.get(key(name));
  if (exact) return { catalogId: exact, issuer: '' };
  certificationIndex ??= compileTerms(ofKind('certification'));
  const term = longestTerm(name, certificationIndex);
  if (!term) return { catalogId: null, issuer: '' };
  return { catalogId: term.catalogCertificationIds[0] ?? null, issuer: term.catalogCertificationIds.length === 0 ? term.issuingBody : '' };
}

export interface SkillMatch {
  catalogId: string | null;
  /** The area it belongs in: the catalog skill's, or the vocabulary term's suggestion; null when unknown. */
  area: CompetencyArea | null;
}

/** A skill by its name, or failing that by any of its keywords (JSON Resume `skills[].keywords`). */
export function matchSkill(name: string, keywords: readonly string[] = []): SkillMatch {
  for (const text of [name, ...keywords]) {
    const exact = SKILL_NAMES.get(key(text));
    if (exact) return { catalogId: exact.id, area: exact.area };
  }
  skillIndex ??= compileTerms(ofKind('skill'));
  for (const text of [name, ...keywords]) {
    const term = longestTerm(text, skillIndex);
    if (term) {
      const skill = SKILLS.find((s) => s.id === term.catalogSkillId);
      return { catalogId: skill?.id ?? null, area: skill?.area ?? term.area };
    }
  }
  return { catalogId: null, area: null };
}
