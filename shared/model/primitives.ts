import { z } from 'zod';

/**
 * Building blocks of the plan schema. Every limit carries a message written for the person using the
 * app, because schema errors surface in the UI as they are ("Keep a title under 200 characters").
 */

export const LIMITS = {
  id: 64,
  shortText: 200,
  mediumText: 2_000,
  longText: 5_000,
  tag: 40,
  tagsPerItem: 20,
  linksPerItem: 200,
  metricsPerAchievement: 10,
  milestones: 5_000,
  achievements: 5_000,
  skills: 1_000,
  certifications: 500,
  cpdEntriesPerCertification: 1_000,
  roles: 200,
  phone: 40,
  link: 500,
  /** A long advert is ~1,500 words (~10,000 characters); five times that is still one advert, not a web page. */
  listingText: 50_000,
  listings: 500,
  termMappings: 2_000,
  gapsPerListing: 200,
  /** A question as an interviewer asks it: a sentence or two. */
  questionText: 500,
  questions: 500,
  themesPerQuestion: 6,
  /** One STAR part or the reflection: a written answer of 500 words is ~3,000 characters in all. */
  storyPart: 3_000,
  stories: 1_000,
  questionsPerStory: 50,
  /** Practice history is kept to the last 500 sessions: main drops the oldest when a new one comes. */
  practiceSessions: 500,
  answersPerSession: 50,
  hiddenQuestions: 500,
  /** The person's own dictionary: words of a CV (names, tools, acronyms), not a language. */
  userWords: 2_000,
  userWord: 40,
} as const;

export const IdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'An id must be 1 to 64 letters, digits, dashes or underscores.');

/**
 * "5,000": one formatter for every limit in a message. Number#toLocaleString builds a new formatter on
 * each call, and the schemas call this ~70 times while loading, which cost tens of ms at start-up.
 */
const formatLimit = new Intl.NumberFormat('en-GB').format;

/** Text the person typed; `label` names the field in the message. */
export function text(label: string, max: number) {
  return z.string().max(max, `Keep ${label} under ${formatLimit(max)} characters.`);
}

/** Text that must not be blank, e.g. a title; `label` such as "the milestone title". */
export function requiredText(label: string, max: number) {
  return z
    .string()
    .trim()
    .min(1, `Enter ${label}.`)
    .max(max, `Keep ${label} under ${formatLimit(max)} characters.`);
}

/** A calendar date the person chose, `YYYY-MM-DD`; `null` when not set. */
export const CalendarDateSchema = z.iso.date({ error: 'Use a date in the form YYYY-MM-DD.' });
export const OptionalDateSchema = CalendarDateSchema.nullable().default(null);

/** A month in a work history, `YYYY-MM` (CVs give months, not days). */
export const MonthSchema = z.string().regex(/^(19|20|21)\d\d-(0[1-9]|1[0-2])$/, 'Use a month in the form YYYY-MM.');

/** A moment the app recorded (ISO 8601 with time zone). */
export const TimestampSchema = z.iso.datetime({ offset: true, error: 'Not a valid timestamp.' });

export function list<T extends z.ZodType>(item: T, label: string, max: number) {
  return z.array(item).max(max, `A plan can hold at most ${formatLimit(max)} ${label}.`);
}

export const TimestampsShape = {
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
};
