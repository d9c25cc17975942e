import type { StoryFields } from '../model/interview';
import { collapseWhitespace, wordsOf } from '../cv/sentence';

/**
 * The two versions of a story a person prepares (pmo-facts.md, "Interview frameworks to cite"): spoken,
 * about two minutes at ~130 words a minute, and written, 250-500 words for an application form. Both
 * are the same STAR fields; the spoken one leaves the reflection for the follow-up question.
 */

export const SPEAKING_WORDS_PER_MINUTE = 130;
/** About two minutes spoken: 90 s to 150 s reads as "about right". */
export const SPOKEN_SECONDS = { target: 120, min: 90, max: 150 } as const;
export const WRITTEN_WORDS = { min: 250, max: 500 } as const;

export const STAR_PARTS = ['situation', 'task', 'action', 'result'] as const;
export type StarPart = (typeof STAR_PARTS)[number];
export const STAR_PART_LABELS: Record<StarPart | 'reflection', string> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  reflection: 'Reflection: what I would do differently',
};

type StoryWords = Pick<StoryFields, 'star' | 'reflection'>;

export interface StoryVersion {
  /** The parts that have words, labelled, in order. */
  parts: { key: StarPart | 'reflection'; label: string; text: string }[];
  words: number;
  /** Seconds to say it at SPEAKING_WORDS_PER_MINUTE. */
  seconds: number;
}

const countWords = (text: string) => wordsOf(text).length;

function version(story: StoryWords, keys: readonly (StarPart | 'reflection')[]): StoryVersion {
  const parts = keys
    .map((key) => ({ key, label: STAR_PART_LABELS[key], text: collapseWhitespace(key === 'reflection' ? story.reflection : story.star[key]) }))
    .filter((p) => p.text !== '');
  const words = parts.reduce((sum, p) => sum + countWords(p.text), 0);
  return { parts, words, seconds: speakingSeconds(words) };
}

/** What to say out loud: situation, task, action, result. */
export function spokenVersion(story: StoryWords): StoryVersion {
  return version(story, STAR_PARTS);
}

/** What to write in an application form: STAR and the reflection. */
export function writtenVersion(story: StoryWords): StoryVersion {
  return version(story, [...STAR_PARTS, 'reflection']);
}

export function speakingSeconds(words: number): number {
  return Math.round((words * 60) / SPEAKING_WORDS_PER_MINUTE);
}

/** "about 2 min 10 s", "about 45 s": a spoken length as a person reads it (to the nearest 5 s). */
export function describeDuration(seconds: number): string {
  const rounded = Math.round(seconds / 5) * 5;
  const minutes = Math.floor(rounded / 60);
  const rest = rounded % 60;
  if (minutes === 0) return `about ${rest} s`;
  return rest === 0 ? `about ${minutes} min` : `about ${minutes} min ${rest} s`;
}

/** "1:45": a timer's reading, never negative. */
export function clockReading(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
