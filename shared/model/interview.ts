import { z } from 'zod';
import { COMPETENCY_AREAS, INTERVIEW_THEMES, PRACTICE_RATINGS, PRACTICE_SET_KINDS } from './vocabulary';
import { IdSchema, LIMITS, TimestampsShape, list, requiredText, text } from './primitives';

/**
 * Interview preparation in the plan (schema v5): the person's own questions, the stories that answer
 * questions (their own or the bank's in shared/catalog/interview), and the practice history. The bank's
 * questions are shipped data, so a story names them by their stable id; a question id a story names may
 * be the bank's or the person's own.
 */

const ThemeSchema = z.enum(INTERVIEW_THEMES, { error: 'Choose a theme from the list.' });

/** A question the person added (e.g. one they were really asked). */
export const QuestionFieldsSchema = z.object({
  id: IdSchema,
  text: requiredText('the question', LIMITS.questionText),
  area: z.enum(COMPETENCY_AREAS).nullable().default(null),
  themes: list(ThemeSchema, 'themes per question', LIMITS.themesPerQuestion).default([]),
  /** Where it was asked, or anything else worth remembering about it. */
  notes: text('the notes', LIMITS.mediumText).default(''),
});
export const QuestionSchema = QuestionFieldsSchema.extend(TimestampsShape);
export type QuestionFields = z.output<typeof QuestionFieldsSchema>;
export type Question = z.infer<typeof QuestionSchema>;

const part = (label: string) => text(label, LIMITS.storyPart).default('');

export const StoryStarSchema = z.object({
  situation: part('the situation'),
  task: part('the task'),
  action: part('the action'),
  result: part('the result'),
});

/**
 * An answer in STAR form. It keeps its own words (prefilled from the achievement it came from), so
 * deleting that achievement leaves the story whole: `achievementId` then names an achievement no longer
 * in the plan, and the story says its source is gone (an Undo of the delete links it again).
 */
export const StoryFieldsSchema = z.object({
  id: IdSchema,
  title: requiredText('the story title', LIMITS.shortText),
  achievementId: IdSchema.nullable().default(null),
  questionIds: list(IdSchema, 'questions per story', LIMITS.questionsPerStory).default([]),
  star: StoryStarSchema.default({ situation: '', task: '', action: '', result: '' }),
  /** "What I would do differently": interviewers ask, and a failure story needs it. */
  reflection: part('the reflection'),
});
export const StorySchema = StoryFieldsSchema.extend(TimestampsShape);
export type StoryFields = z.output<typeof StoryFieldsSchema>;
export type Story = z.infer<typeof StorySchema>;

export const PracticeAnswerSchema = z.object({
  questionId: IdSchema,
  /** The story revealed after answering; null when the question had none yet. */
  storyId: IdSchema.nullable().default(null),
  rating: z.literal(PRACTICE_RATINGS, { error: 'Rate the answer 1, 2 or 3.' }),
  /** What to improve next time. */
  note: text('the note', LIMITS.mediumText).default(''),
  /** How long the answer took, by the practice timer. */
  seconds: z.number().int().min(0).max(3_600).default(0),
});
export type PracticeAnswer = z.infer<typeof PracticeAnswerSchema>;

/** One practice run: the questions it set, in order, and each answer rated so far (saved as it goes). */
export const PracticeSessionFieldsSchema = z.object({
  id: IdSchema,
  set: z.enum(PRACTICE_SET_KINDS).default('random'),
  /** The job listing a "likely for a listing" set was drawn for. */
  listingId: IdSchema.nullable().default(null),
  questionIds: list(IdSchema, 'questions per practice session', LIMITS.answersPerSession).default([]),
  answers: list(PracticeAnswerSchema, 'answers per practice session', LIMITS.answersPerSession).default([]),
});
export const PracticeSessionSchema = PracticeSessionFieldsSchema.extend(TimestampsShape);
export type PracticeSessionFields = z.output<typeof PracticeSessionFieldsSchema>;
export type PracticeSession = z.infer<typeof PracticeSessionSchema>;
