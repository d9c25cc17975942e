import { CERTIFICATIONS } from '../catalog/certifications';
import { SKILLS } from '../catalog/skills';
import { VOCABULARY } from '../catalog/vocabulary';
import { textWords } from './words';

/**
 * Words the checker must know although a general dictionary may not: every word of the catalog's
 * certification names and issuers, its PMO skills, and the listing vocabulary's terms and aliases
 * (tool names, method names). Computed once, on first use.
 */
let known: readonly string[] | null = null;

export function catalogWords(): readonly string[] {
  known ??= [
    ...new Set(
      [
        ...CERTIFICATIONS.flatMap((c) => [c.name, c.shortName, c.issuingBody]),
        ...SKILLS.map((s) => s.name),
        ...VOCABULARY.flatMap((term) => [term.label, ...term.aliases.map((a) => a.text)]),
      ]
        .filter((text): text is string => typeof text === 'string')
        .flatMap((text) => textWords(text).map((w) => w.word)),
    ),
  ];
  return known;
}
