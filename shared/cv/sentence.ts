import { normaliseWord } from './action-verbs';

/**
 * Small text helpers for turning the fields a person typed into one tidy sentence, without rewording
 * anything they wrote: only whitespace, the first letter's case, trailing punctuation and the joining
 * words between fields change.
 */

/** Runs of whitespace (including line breaks) collapsed to one space, ends trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A fragment ready to join into a sentence: whitespace collapsed and trailing , ; : . removed. */
export function clause(text: string): string {
  return collapseWhitespace(text).replace(/[\s,;:.]+$/, '');
}

// Sentence marks (any script's full stop, ! and ?, an ellipsis, , ; :) at the end, and the closing
// quotes and brackets that may follow them: `…job.")`.
const TRAILING_STOP = /[\s,;:\u2026\p{Sentence_Terminal}]+(["'\p{Pe}\p{Pf}]*)$/u;

/**
 * A part of a composed bullet: like `clause`, but every trailing sentence mark goes (. ! ? … , ; :),
 * also from inside closing quotes or brackets (`said "great job."` -> `said "great job"`), so the one
 * full stop the composer adds is the only one. Blank when nothing with a letter or digit is left.
 */
export function fragment(text: string): string {
  let body = collapseWhitespace(text);
  for (let previous = ''; previous !== body; ) {
    previous = body;
    body = body.replace(TRAILING_STOP, '$1').trim();
  }
  return /[\p{L}\p{N}]/u.test(body) ? body : '';
}

// Marks a person may type after a template word ("By: introducing…", "by, doing…"): they go with it.
const MARKS_AFTER_WORD = String.raw`[^\p{L}\p{N}\s]*`;

/**
 * Remove a leading phrase the sentence template already supplies ("by", "as measured by"), any case;
 * "by" alone goes too, and so do marks typed straight after its words ("By: introducing" -> "introducing").
 */
export function withoutLeading(text: string, phrases: readonly string[]): string {
  for (const phrase of phrases) {
    const words = phrase.trim().split(/\s+/).map(escapeRegExp);
    const pattern = new RegExp(`^${words.join(`${MARKS_AFTER_WORD}\\s+`)}${MARKS_AFTER_WORD}(?:\\s+|$)`, 'iu');
    if (pattern.test(text)) return text.replace(pattern, '');
  }
  return text;
}

/** `withoutLeading` until none of the phrases leads any more ("by by doing it" -> "it"). */
export function withoutAnyLeading(text: string, phrases: readonly string[]): string {
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = withoutLeading(text, phrases);
  }
  return text;
}

/** First letter upper-cased; ends with a full stop unless it already ends with . ! or ?. */
export function asSentence(text: string): string {
  const body = collapseWhitespace(text);
  if (body === '') return '';
  const capitalised = body.charAt(0).toLocaleUpperCase('en-GB') + body.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

/**
 * A composed bullet as one sentence: its first letter upper-cased (after any opening quote or bracket)
 * and exactly one full stop at the end, whatever marks the last part ended with.
 */
export function asBulletSentence(text: string): string {
  const body = fragment(text);
  if (body === '') return '';
  return `${withFirstLetter(body, 'upper')}.`;
}

/**
 * The first letter (after any opening quote or bracket) in upper or lower case. A letter whose other
 * case is not one letter ("ß" -> "SS") is left as it is, so no word is respelt.
 */
export function withFirstLetter(text: string, letterCase: 'upper' | 'lower'): string {
  return text.replace(/^([^\p{L}\p{N}]*)(\p{L})/u, (whole, lead: string, letter: string) => {
    const changed = letterCase === 'upper' ? letter.toLocaleUpperCase('en-GB') : letter.toLocaleLowerCase('en-GB');
    return [...changed].length === 1 ? lead + changed : whole;
  });
}

/** Words as a reader counts them: whitespace-separated tokens containing a letter or digit. */
export function wordsOf(text: string): string[] {
  return collapseWhitespace(text)
    .split(' ')
    .filter((token) => /[\p{L}\p{N}]/u.test(token));
}

/**
 * How one part of a sentence meets the next: an optional comma, then a joining word or phrase
 * ("so", "and", "as measured by"), which may be empty.
 */
export interface Link {
  comma: boolean;
  words: string;
}

/**
 * `left` + link + `right`, never doubling a word at the seam: when the person already typed the
 * joining word at the end of `left` ("…template and") or the start of `right` ("by introducing…"),
 * theirs is used and the template's copy is left out.
 */
export function joinWith(left: string, link: Link, right: string): string {
  if (left === '') return right;
  if (right === '') return left;
  let words = link.words.split(' ').filter((word) => word !== '');
  let comma = link.comma;
  const leftLast = lastToken(left);
  const rightFirst = firstToken(right);
  // Only when the person's word is bare ("and", not "and)"): then the sentence reads straight on.
  if (words.length > 0 && isBareWord(leftLast) && sameWord(leftLast, words[0] ?? '')) {
    words = words.slice(1);
    comma = false;
  }
  if (words.length > 0 && sameWord(words.at(-1) ?? '', rightFirst)) words = words.slice(0, -1);
  // The person's own last and first words are the same ("…and" + "and…"): a comma keeps them apart.
  if (words.length === 0 && sameWord(leftLast, rightFirst)) comma = true;
  return `${left}${comma ? ',' : ''} ${[...words, right].join(' ')}`;
}

/** "a", "a and b", "a, b and c"; '' for none. The list the metrics and the Y clause are written as. */
export function listPhrase(items: readonly string[]): string {
  const parts = items.filter((item) => item !== '');
  if (parts.length <= 1) return parts[0] ?? '';
  const head = parts.slice(0, -1).reduce((list, part) => joinWith(list, { comma: true, words: '' }, part));
  return joinWith(head, { comma: false, words: 'and' }, parts.at(-1) ?? '');
}

function firstToken(text: string): string {
  return text.split(' ')[0] ?? '';
}

function lastToken(text: string): string {
  return text.split(' ').at(-1) ?? '';
}

function isBareWord(token: string): boolean {
  return /^[\p{L}\p{N}'\u2019-]+$/u.test(token);
}

function sameWord(a: string, b: string): boolean {
  const word = normaliseWord(a);
  return word !== '' && word === normaliseWord(b);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
