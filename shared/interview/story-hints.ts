import type { StoryFields } from '../model/interview';
import { numbersIn } from '../cv/number-mentions';
import { SPOKEN_SECONDS, SPEAKING_WORDS_PER_MINUTE, WRITTEN_WORDS, describeDuration, spokenVersion, writtenVersion } from './story-text';

/**
 * Hints for a story, like the CV bullet hints: suggestions, never errors (a story with hints still
 * saves and exports). Interviewers listen for a result, a number, and what the candidate did ("I", not
 * only "we"); a spoken answer runs about two minutes and a written one 250-500 words (pmo-facts.md).
 * Codes are stable: the UI and tests key on them.
 */

export const STORY_HINT_CODES = [
  'no-action',
  'no-result',
  'no-number',
  'we-not-i',
  'spoken-too-short',
  'spoken-too-long',
  'written-too-short',
  'written-too-long',
  'answers-nothing',
] as const;
export type StoryHintCode = (typeof STORY_HINT_CODES)[number];

export interface StoryHint {
  code: StoryHintCode;
  message: string;
}

const FIRST_SINGULAR = new Set(['i', 'me', 'my', 'myself']);
const FIRST_PLURAL = new Set(['we', 'us', 'our', 'ours', 'ourselves']);

const SPOKEN_WORDS = {
  min: Math.round((SPOKEN_SECONDS.min * SPEAKING_WORDS_PER_MINUTE) / 60),
  max: Math.round((SPOKEN_SECONDS.max * SPEAKING_WORDS_PER_MINUTE) / 60),
  target: Math.round((SPOKEN_SECONDS.target * SPEAKING_WORDS_PER_MINUTE) / 60),
};

export function storyHints(story: Pick<StoryFields, 'star' | 'reflection' | 'questionIds'>): StoryHint[] {
  const hints: StoryHint[] = [];
  const { action, result } = story.star;
  if (action.trim() === '') hints.push({ code: 'no-action', message: 'Say what you did: the action is most of a good answer.' });
  if (result.trim() === '') hints.push({ code: 'no-result', message: 'Say how it ended: what changed because of what you did.' });
  const told = [story.star.situation, story.star.task, action, result].join('\n');
  if (result.trim() !== '' && numbersIn(`${action}\n${result}`).length === 0) {
    hints.push({ code: 'no-number', message: 'Add a number to the result: how much, how many, how fast.' });
  }
  const words = lowerCaseWords(told);
  if (words.some((w) => FIRST_PLURAL.has(w)) && !words.some((w) => FIRST_SINGULAR.has(w))) {
    hints.push({ code: 'we-not-i', message: 'Say what you did yourself: use “I”, not only “we”.' });
  }
  const spoken = spokenVersion(story);
  if (spoken.words > 0 && spoken.words < SPOKEN_WORDS.min) {
    hints.push({ code: 'spoken-too-short', message: `Spoken, this is ${describeDuration(spoken.seconds)}: add detail to the action to reach about 2 minutes.` });
  }
  if (spoken.words > SPOKEN_WORDS.max) {
    hints.push({ code: 'spoken-too-long', message: `Spoken, this is ${describeDuration(spoken.seconds)}: cut it to about ${SPOKEN_WORDS.target} words for 2 minutes.` });
  }
  const written = writtenVersion(story);
  if (written.words > 0 && written.words < WRITTEN_WORDS.min) {
    hints.push({ code: 'written-too-short', message: `Written, this is ${written.words} words: an application form answer is usually ${WRITTEN_WORDS.min}–${WRITTEN_WORDS.max}.` });
  }
  if (written.words > WRITTEN_WORDS.max) {
    hints.push({ code: 'written-too-long', message: `Written, this is ${written.words} words: most forms allow ${WRITTEN_WORDS.max} at most.` });
  }
  if (story.questionIds.length === 0) hints.push({ code: 'answers-nothing', message: 'Link it to a question it answers, so practice and coverage can use it.' });
  return hints;
}

export { SPOKEN_WORDS };

/** Words without the punctuation around them ("I," and "we." count), a contraction by its first part ("I’ll" is "i", "we’ve" is "we"). */
function lowerCaseWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}]+(?:['’][\p{L}]+)*/gu) ?? []).map((word) => word.split(/['’]/)[0]!);
}
