import type { Plan } from '../model/plan';
import type { PracticeRating } from '../model/vocabulary';

/**
 * What the practice history says about each story: its ratings in the order they were given, and
 * whether it is getting better. "Better" compares the average of the last two ratings with the two
 * before them, so one off day does not flip the verdict.
 */

export type PracticeTrend = 'improving' | 'steady' | 'slipping' | 'once';

export interface StoryProgress {
  storyId: string;
  ratings: PracticeRating[];
  latest: PracticeRating;
  trend: PracticeTrend;
}

export const TREND_WORDS: Record<PracticeTrend, string> = {
  improving: 'Getting better',
  steady: 'Holding steady',
  slipping: 'Slipping: practise it again',
  once: 'Practised once',
};

type History = Pick<Plan, 'practiceSessions'>;

/** Every rated answer in time order (sessions by when they started, answers in the order given). */
export function ratedAnswers(plan: History) {
  return [...plan.practiceSessions]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .flatMap((session) => session.answers.map((answer) => ({ ...answer, sessionId: session.id, at: session.createdAt })));
}

export function storyProgress(plan: History): Map<string, StoryProgress> {
  const byStory = new Map<string, PracticeRating[]>();
  for (const answer of ratedAnswers(plan)) {
    if (answer.storyId === null) continue;
    const ratings = byStory.get(answer.storyId) ?? [];
    ratings.push(answer.rating);
    byStory.set(answer.storyId, ratings);
  }
  return new Map([...byStory].map(([storyId, ratings]) => [storyId, { storyId, ratings, latest: ratings.at(-1)!, trend: trendOf(ratings) }]));
}

export function trendOf(ratings: readonly number[]): PracticeTrend {
  if (ratings.length < 2) return 'once';
  const mean = (xs: readonly number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;
  // Two ratings: the second against the first. More: the last two against the (one or two) before them.
  const earlier = ratings.length === 2 ? ratings.slice(0, 1) : ratings.slice(-4, -2);
  const now = ratings.length === 2 ? ratings[1]! : mean(ratings.slice(-2));
  const then = mean(earlier);
  return now > then ? 'improving' : now < then ? 'slipping' : 'steady';
}

/** The latest rating given for each question, for "weakest themes". */
export function latestRatingByQuestion(plan: History): Map<string, PracticeRating> {
  const latest = new Map<string, PracticeRating>();
  for (const answer of ratedAnswers(plan)) latest.set(answer.questionId, answer.rating);
  return latest;
}
