import type { Token } from './tokens';

/**
 * Words an advert stresses that the vocabulary does not know: acronyms ("SAFe", "EVM", "CAPEX" are
 * known; "SIAM" is not) and names written with capitals ("Earned Value Management", "Microsoft
 * Dynamics"). Offered as "Other terms in this listing" for the person to map to a skill or ignore.
 */

export interface OtherTerm {
  /** As the advert first wrote it. */
  phrase: string;
  /** The folded form a mapping is filed under. */
  key: string;
  count: number;
  /** Where it first appears, to show it in the text. */
  start: number;
  end: number;
}

/** Acronyms and capitalised words every advert has, which say nothing about the job's skills. */
const COMMON = new Set(
  'PMO UK US USA EU HR IT CV OK FTE TBC ASAP PM PMS PA AM NB ID UTC GMT BST II III IV I A AN THE AND OR OF TO IN ON FOR WITH WE YOU OUR YOUR YOU\'LL THIS THAT IT\'S INC LTD PLC LLC CO MBA MSC BSC PHD HND BA'.split(' '),
);
const TITLE_WORDS = /^(manager|analyst|officer|lead|director|coordinator|co-ordinator|administrator|support|partner|team|office|specialist|consultant|head|assistant|role|position|job|vacancy)$/i;
const LEADING_FILLER = /^(the|our|we|you|your|a|an|this|as|in|at|for|with|and|or|to|of|on|join|if|please|all|any|about|key|main)$/i;

const MAX_OTHER_TERMS = 20;
// A cheap look at the first letter first: most words are lower case, and these run once per word.
const startsUpper = (word: string) => {
  const first = word[0]!;
  return first !== first.toLowerCase();
};
const isCapitalised = (word: string) => startsUpper(word) && /^\p{Lu}[\p{Ll}\p{N}'’.-]+$/u.test(word);
const isAcronym = (word: string) =>
  word.length <= 8 && (startsUpper(word) || /^\p{N}/u.test(word)) && /^(?=.*\p{Lu}.*\p{Lu})[\p{Lu}\p{N}&][\p{L}\p{N}&]{1,7}$/u.test(word) && !/^\p{Lu}\p{Ll}+$/u.test(word);

/**
 * `usable(i)`: token i is in a weighed (non-boilerplate) sentence and not part of a matched term.
 * `known(key)`: the folded phrase is already mapped or ignored by the person.
 */
export function findOtherTerms(text: string, tokens: readonly Token[], usable: (i: number) => boolean, known: (key: string) => boolean): OtherTerm[] {
  const found = new Map<string, OtherTerm>();
  const add = (first: number, last: number) => {
    const phrase = text.slice(tokens[first]!.start, tokens[last]!.end);
    const key = tokens.slice(first, last + 1).map((t) => t.key).join(' ');
    if (known(key)) return;
    const seen = found.get(key);
    if (seen) seen.count += 1;
    else found.set(key, { phrase, key, count: 1, start: tokens[first]!.start, end: tokens[last]!.end });
  };
  const shouting = shoutingLines(text);
  let line = 0;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    while (line + 1 < shouting.length && shouting[line + 1]!.start <= token.start) line++;
    if (!usable(i) || shouting[line]!.shouting) {
      i++;
      continue;
    }
    if (isAcronym(token.text) && !COMMON.has(token.text.toUpperCase())) {
      add(i, i);
      i++;
      continue;
    }
    if (!startsUpper(token.text)) {
      i++;
      continue;
    }
    // A run of capitalised words on one line, separated by single spaces.
    let last = i;
    while (last + 1 < tokens.length && usable(last + 1) && isCapitalised(tokens[last + 1]!.text) && text.slice(tokens[last]!.end, tokens[last + 1]!.start) === ' ') last++;
    let first = i;
    while (first <= last && (LEADING_FILLER.test(tokens[first]!.text) || !isCapitalised(tokens[first]!.text))) first++;
    const length = last - first + 1;
    if (length >= 2 && length <= 5 && !TITLE_WORDS.test(tokens[last]!.text) && !startsSentence(text, tokens[first]!.start, length)) add(first, last);
    i = last + 1;
  }
  return [...found.values()].sort((a, b) => b.count - a.count || a.start - b.start).slice(0, MAX_OTHER_TERMS);
}

/** Each line's start, and whether it is in capitals: a heading ("ABOUT THE ROLE"), not a list of acronyms. Worked out once per text. */
function shoutingLines(text: string): { start: number; shouting: boolean }[] {
  let start = 0;
  return text.split('\n').map((line) => {
    const letters = line.replace(/[^\p{L}]/gu, '');
    const entry = { start, shouting: letters.length >= 8 && letters === letters.toUpperCase() && line.trim().split(/\s+/).length >= 3 };
    start += line.length + 1;
    return entry;
  });
}

/**
 * Two capitalised words at the start of a sentence are usually just a sentence ("Manage Projects …" in
 * a title-cased bullet); three or more read as a name.
 */
function startsSentence(text: string, at: number, length: number): boolean {
  if (length >= 3) return false;
  const before = text.slice(Math.max(0, at - 3), at);
  return at === 0 || /(^|[.!?:•*\-–]\s*|\n\s*)$/.test(before);
}
