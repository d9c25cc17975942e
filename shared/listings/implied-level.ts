import type { SkillLevel } from '../model/vocabulary';
import type { Weight } from './sections';
import { foldWord, type Token } from './tokens';

/**
 * The level of a skill an advert implies, on the app's 0–4 scale, from the words just before the term
 * ("expert knowledge of", "strong", "an understanding of"); without such words, what a required skill
 * usually means (Proficient) or a desirable or general one (Practising).
 */

const fold = (words: string) => new Set(words.split(' ').map(foldWord));
const EXPERT = fold('expert expertise extensive advanced deep in-depth mastery specialist authority');
const PROFICIENT = fold('strong proven solid excellent significant demonstrable demonstrated substantial experienced proficient proficiency track hands-on good thorough');
const PRACTISING = fold('knowledge understanding awareness familiarity familiar exposure basic some appreciation working');

/** How many words before the term are read. */
const WINDOW = 5;

export function impliedLevel(text: string, tokens: readonly Token[], first: number, weight: Weight): SkillLevel {
  let level: SkillLevel | null = null;
  // Back to the start of the sentence or line at most.
  let from = first;
  while (from > 0 && first - from < WINDOW && !/[\n.;:!?]/.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start))) from--;
  for (let i = from; i < first; i++) {
    const key = tokens[i]!.key;
    const found: SkillLevel | null = EXPERT.has(key) ? 4 : PROFICIENT.has(key) ? 3 : PRACTISING.has(key) ? 2 : null;
    if (found !== null && (level === null || found > level)) level = found;
  }
  return level ?? (weight === 'required' ? 3 : 2);
}
