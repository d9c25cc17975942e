import { stemmer } from 'stemmer';

/**
 * Words of a listing with where they are, and the folded key the matcher compares: lower case, marks
 * (®, ™) and possessives dropped, British spellings brought to American ones, then reduced to a stem by
 * the Porter stemmer (the `stemmer` package: small, pure, no model to load, the same in both processes),
 * so "risks", "prioritisation", "prioritizing" and "Prioritization" meet their vocabulary entries.
 */
export interface Token {
  /** The word as written (marks removed), for case-aware aliases such as "MSP". */
  text: string;
  key: string;
  start: number;
  end: number;
}

// Letters and digits; an apostrophe or a dot may join two runs ("bachelor's", "Monday.com").
const WORD = /[\p{L}\p{N}]+(?:(?:['’]|\.(?=[\p{L}\p{N}]))[\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    tokens.push({ text: match[0], key: foldWord(match[0]), start, end: start + match[0].length });
  }
  return tokens;
}

/** Whole-word spellings the suffix rules below do not reach. */
const SPELLINGS: Record<string, string> = {
  programme: 'program',
  programmes: 'programs',
  learnt: 'learned',
  judgement: 'judgment',
  licence: 'license',
  centre: 'center',
  defence: 'defense',
  catalogue: 'catalog',
};

const folded = new Map<string, string>();
const FOLD_CACHE_LIMIT = 50_000;

/** The key of one word; cached, because adverts repeat their words and stemming is the costly part. */
export function foldWord(word: string): string {
  const known = folded.get(word);
  if (known !== undefined) return known;
  let lower = word.toLowerCase().replace(/['’]s$/, '').replace(/['’]/g, '');
  lower = SPELLINGS[lower] ?? lower;
  // organise/organisation/prioritising -> -iz-; behaviour/colour -> -or. Both sides of every
  // comparison fold alike, so folding a word that needed none ("promise") changes no match.
  lower = lower.replace(/(\p{L}{2,})is(e|es|ed|ing|ation|ations|er|ers)$/u, '$1iz$2');
  if (lower.length >= 6) lower = lower.replace(/our(s?)$/, 'or$1');
  const key = /^\p{N}+$/u.test(lower) ? lower : stemmer(lower);
  if (folded.size >= FOLD_CACHE_LIMIT) folded.clear();
  folded.set(word, key);
  return key;
}

/** The keys of a phrase, e.g. a vocabulary alias or a word list entry. */
export function foldPhrase(phrase: string): string[] {
  return tokenize(phrase).map((token) => token.key);
}
