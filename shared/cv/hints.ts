import { isPastTenseActionVerb } from './action-verbs';
import { collapseWhitespace, wordsOf } from './sentence';

/**
 * Quality hints for one CV bullet, from the advice in pmo-facts.md ("What makes an achievements list
 * CV-ready"): start with a past-tense action verb, no pronouns, one sentence, quantify, achievements
 * not duties. Hints are suggestions, never errors: a bullet with hints still exports.
 * Codes are stable (the UI and tests key on them); messages are plain British English.
 */

export const CV_HINT_CODES = [
  'empty',
  'no-action-verb',
  'first-person',
  'duty-not-achievement',
  'no-number',
  'too-short',
  'too-long',
  'more-than-one-sentence',
] as const;
export type CvHintCode = (typeof CV_HINT_CODES)[number];

export interface CvHint {
  code: CvHintCode;
  message: string;
}

export const BULLET_WORDS = { min: 8, max: 35 } as const;

const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves']);
const DUTY_PHRASES = /\b(responsible for|duties (?:included|include|were)|tasked with|in charge of|involved in|worked on)\b/i;
const NUMBER_WORDS =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|twice|double|doubled|triple|tripled|trebled|quadrupled|halved)\b/i;
/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = /\b(e\.g|i\.e|etc|approx|vs|incl|no|dr|mr|mrs|ms|st)\./gi;

export function cvBulletHints(bullet: string): CvHint[] {
  const text = collapseWhitespace(bullet);
  if (text === '') return [{ code: 'empty', message: 'Write a sentence about what you achieved.' }];

  const words = wordsOf(text);
  const hints: CvHint[] = [];
  const add = (code: CvHintCode, message: string) => hints.push({ code, message });

  if (!isPastTenseActionVerb(words[0] ?? '')) {
    add('no-action-verb', 'Start with a past-tense action verb, such as "Led", "Reduced" or "Introduced".');
  }
  if (hasFirstPerson(words)) {
    add('first-person', 'Leave out "I", "my", "we" and "our": CV bullets are written without pronouns.');
  }
  if (DUTY_PHRASES.test(text)) {
    add('duty-not-achievement', 'Say what you achieved, not what you were responsible for.');
  }
  if (!/\p{N}/u.test(text) && !NUMBER_WORDS.test(text)) {
    add('no-number', 'Add a number that shows the scale or the result, such as a percentage, an amount or a count.');
  }
  if (words.length < BULLET_WORDS.min) {
    add('too-short', `Add detail: aim for ${BULLET_WORDS.min} to ${BULLET_WORDS.max} words (this has ${words.length}).`);
  } else if (words.length > BULLET_WORDS.max) {
    add('too-long', `Shorten it: aim for ${BULLET_WORDS.min} to ${BULLET_WORDS.max} words (this has ${words.length}).`);
  }
  if (sentenceCount(text) > 1) {
    add('more-than-one-sentence', 'Keep it to one sentence.');
  }
  return hints;
}

function hasFirstPerson(words: readonly string[]): boolean {
  return words.some((raw) => {
    // "we're" -> "we"; curly apostrophes too.
    const word = raw.replace(/[\u2018\u2019]/g, "'").replace(/^[^\p{L}]+|[^\p{L}']+$/gu, '').split("'")[0] ?? '';
    if (word === 'I') return true;
    // All capitals is an acronym ("US", "ME"), except the pronoun "I" handled above; lowercase "i" is
    // too often part of "i.e." to count.
    if (word.length > 1 && word === word.toUpperCase()) return false;
    return word !== 'i' && FIRST_PERSON.has(word.toLowerCase());
  });
}

/** Sentences, counting a full stop, ! or ? followed by a space and a capital or digit as a break. */
function sentenceCount(text: string): number {
  const masked = text.replace(ABBREVIATIONS, (match) => match.replace(/\./g, ''));
  return masked.split(/[.!?]+\s+(?=[\p{Lu}\p{N}"'\u201C\u2018(])/u).filter((s) => s.trim() !== '').length;
}
