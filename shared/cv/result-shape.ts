import { isPastTenseActionVerb, normaliseWord } from './action-verbs';
import { NUMBER_WORD_VALUES } from './number-mentions';
import { withFirstLetter, type Link } from './sentence';

/**
 * How a STAR result joins its action in one sentence that leads with the action and ends with the
 * result. People type a result in a handful of shapes; each gets the one joining word (or none) that
 * keeps the sentence grammatical. The first rule that applies wins:
 *
 * 1. linked: it starts with its own joining word or a preposition ("so reports…", "which…", "within
 *    budget", "down from 12 to 3"): ", " only. "Introduced a template, within budget."
 * 2. participle: it starts with a verb in -ing ("cutting costs by 20%", "stopping 4 projects"): ", ".
 *    "Introduced a template, cutting costs by 20%." Not when the -ing word is the subject of a verb of
 *    its own ("reporting time fell by 40%"): that is a clause (rule 5).
 * 3. predicate: it starts with a verb in the past (or "is", "has", "will"…) and has no subject of its
 *    own ("saved £120,000", "was adopted by 3 teams"): " and ". "Renegotiated contracts and saved £120,000."
 * 4. measure: it starts with an amount or a quantity and has no verb of its own ("40% fewer late
 *    reports", "£12,000 saved", "no late reports for 6 months"): ", with ".
 * 5. clause: anything else, usually a sentence with its own subject ("reports went out on time", "the
 *    board approved the plan"): ", so ", since a STAR result is what followed from the action.
 *
 * "A verb of its own" is read from the words before the first comma or linking word ("that", "which",
 * "and"…): a form of "be", "have" or a modal, a common verb of change ("fell", "rose", "doubled"), or a
 * verb in the past followed by its object ("the board approved the plan"). So "stopping 4 projects that
 * were late" stays a participle, and "£120,000 saved in the first year" stays a measure.
 *
 * The person's words are kept; only the first letter's case may change, and only where it is safe:
 * a verb, a joining or quantity word, or a common opening word ("The", "All") is lower-cased mid-
 * sentence; any other capitalised word might be a name ("Finance signed it off") and is left alone.
 */

export type ResultShape = 'linked' | 'participle' | 'predicate' | 'measure' | 'clause';

/** The joining link each shape gets, between the action and the result. */
export const RESULT_LINKS: Readonly<Record<ResultShape, Link>> = {
  linked: { comma: true, words: '' },
  participle: { comma: true, words: '' },
  predicate: { comma: false, words: 'and' },
  measure: { comma: true, words: 'with' },
  clause: { comma: true, words: 'so' },
};

const LINKING_WORDS = new Set(['so', 'and', 'but', 'then', 'which', 'with', 'thereby', 'thus', 'resulting', 'leading', 'meaning', 'while', 'whilst', 'because']);
const PREPOSITIONS = new Set(['up', 'down', 'to', 'in', 'within', 'on', 'by', 'for', 'across', 'at', 'from', 'after', 'before', 'during', 'ahead', 'under', 'below', 'without', 'throughout', 'until']);
/** Words ending in -ing that are not verbs. */
const NOT_PARTICIPLES = new Set(['nothing', 'something', 'anything', 'everything', 'thing', 'morning', 'evening', 'spring', 'string', 'sting', 'ceiling', 'sterling', 'bring', 'swing', 'sling']);
/** Words ending in -ed that are not verbs in the past. */
const NOT_PAST = new Set(['hundred', 'need', 'speed', 'seed', 'feed', 'deed', 'breed', 'greed', 'creed', 'weed', 'proceed', 'succeed', 'exceed', 'embed', 'shed', 'bed', 'red', 'bred', 'sacred', 'naked', 'wicked', 'rugged', 'kindred', 'hatred']);
/** A verb of its own wherever it stands: forms of be/have, modals, and common verbs of change. */
const FINITE_VERBS = new Set([
  'am', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might',
  'must', 'did', 'does', "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "didn't", "won't", "can't",
  'went', 'fell', 'rose', 'grew', 'came', 'ran', 'became', 'began', 'dropped', 'declined', 'climbed', 'jumped', 'soared',
  'plummeted', 'shrank', 'sank', 'stayed', 'remained', 'halved', 'doubled', 'tripled', 'trebled', 'quadrupled', 'improved',
  'increased', 'decreased', 'goes', 'gets', 'stays', 'remains',
]);
/** Words an object can start with, after a verb in the past: "approved the plan", "saved 2 days". */
const OBJECT_STARTS = new Set(['the', 'a', 'an', 'their', 'its', 'his', 'her', 'our', 'my', 'your', 'this', 'these', 'those', 'every', 'each', 'all', 'both', 'it', 'them', 'us', 'him', 'me', 'more', 'fewer', 'nearly', 'almost', 'over']);
const QUANTITY_WORDS = new Set(['fewer', 'more', 'less', 'lower', 'higher', 'over', 'nearly', 'almost', 'around', 'about', 'approximately', 'roughly', 'no', 'half', 'double', 'twice', 'triple']);
/** Words that end the part of a result its verb is looked for in. */
const MAIN_PART_ENDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'whilst', 'because', 'so', 'and', 'but', 'or', 'as', 'after', 'before', 'until', 'once', 'if', 'since', 'although', 'though', 'meaning', 'thereby']);
/** Common opening words of a clause, safe to lower-case mid-sentence. */
const OPENING_WORDS = new Set(['the', 'a', 'an', 'all', 'every', 'each', 'this', 'these', 'those', 'that', 'both', 'most', 'many', 'some', 'several', 'it', 'they', 'there', 'their', 'its', 'he', 'she', 'his', 'her', 'none', 'everyone', 'nobody']);

export interface ShapedResult {
  shape: ResultShape;
  /** The result ready to follow the joining word: its first letter lower-cased where that is safe. */
  text: string;
}

/** The shape of a result fragment (see the rules above) and its text for the middle of a sentence. */
export function shapeResult(result: string): ShapedResult {
  const tokens = result.split(' ').filter((token) => token !== '');
  const words = tokens.map(normaliseWord);
  const first = words[0] ?? '';
  const main = mainPart(tokens);
  const shape = shapeOf(tokens[0] ?? '', first, main);
  return { shape, text: mayLowerFirstWord(shape, first) ? lowerFirstLetter(result, tokens[0] ?? '') : result };
}

/** Whether the first word is one that is only capitalised because it opened the field. */
function mayLowerFirstWord(shape: ResultShape, first: string): boolean {
  if (shape === 'measure') return isQuantityWord(first);
  if (shape === 'clause') return OPENING_WORDS.has(first);
  return true; // a joining word, a preposition or a verb
}

function shapeOf(firstToken: string, first: string, main: readonly string[]): ResultShape {
  if (LINKING_WORDS.has(first) || PREPOSITIONS.has(first)) return 'linked';
  const ownVerb = hasOwnVerb(main);
  if (isParticiple(first) && !ownVerb) return 'participle';
  if ((isPastForm(first) || FINITE_VERBS.has(first)) && !ownVerb) return 'predicate';
  if (isAmount(firstToken, first) && !ownVerb) return 'measure';
  return 'clause';
}

/** The normalised words up to the first comma, bracket, dash or linking word (never the first word). */
function mainPart(tokens: readonly string[]): string[] {
  const words: string[] = [];
  for (const [index, token] of tokens.entries()) {
    const word = normaliseWord(token);
    if (word === '' || (index > 0 && MAIN_PART_ENDS.has(word))) break;
    words.push(word);
    // A comma, colon, dash or bracket ends the part ("£12,000" does not: its comma is inside).
    if (/[,;:)\u2013\u2014]["'\u201D\u2019]*$/u.test(token) || token.slice(1).includes('(')) break;
  }
  return words;
}

/** A verb of its own after the first word (see the module comment). */
function hasOwnVerb(main: readonly string[]): boolean {
  return main.some((word, index) => {
    if (index === 0) return false;
    if (FINITE_VERBS.has(word)) return true;
    const next = main[index + 1];
    return next !== undefined && isPastForm(word) && isObjectStart(next);
  });
}

function isParticiple(word: string): boolean {
  return word.length >= 5 && word.endsWith('ing') && !NOT_PARTICIPLES.has(word);
}

function isPastForm(word: string): boolean {
  return isPastTenseActionVerb(word) || (/^\p{L}{3,}ed$/u.test(word) && !NOT_PAST.has(word));
}

function isObjectStart(word: string): boolean {
  return OBJECT_STARTS.has(word) || /\p{N}/u.test(word) || NUMBER_WORD_VALUES.has(word);
}

function isQuantityWord(word: string): boolean {
  return QUANTITY_WORDS.has(word) || NUMBER_WORD_VALUES.has(word);
}

function isAmount(token: string, word: string): boolean {
  return /^[^\p{L}]*[£$€]?\p{N}/u.test(token) || /^[£$€]/u.test(token) || isQuantityWord(word);
}

/** "Cutting…" -> "cutting…", but never "I", an acronym ("PMO") or a mixed-case name ("McKinsey"). */
function lowerFirstLetter(text: string, firstToken: string): string {
  const core = firstToken.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (core === 'I' || !/^\p{Lu}[\p{Ll}'\u2019-]*$/u.test(core)) return text;
  return withFirstLetter(text, 'lower');
}
