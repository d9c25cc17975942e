import type { Achievement, Plan } from '../model/plan';
import type { StoryFields } from '../model/interview';
import { formatMetric } from '../cv/metrics';
import { numbersIn } from '../cv/number-mentions';
import { collapseWhitespace } from '../cv/sentence';

/**
 * Where a story came from: an achievement in the plan, one since deleted (the story keeps its own words
 * and says so), or none (written from scratch).
 */
export type StorySource = { kind: 'achievement'; achievement: Achievement } | { kind: 'gone' } | { kind: 'none' };

export function storySource(story: Pick<StoryFields, 'achievementId'>, plan: Pick<Plan, 'achievements'>): StorySource {
  if (story.achievementId === null) return { kind: 'none' };
  const achievement = plan.achievements.find((a) => a.id === story.achievementId);
  return achievement ? { kind: 'achievement', achievement } : { kind: 'gone' };
}

export const SOURCE_GONE_MESSAGE = 'The achievement this story came from has been deleted; the story keeps its own words.';

/**
 * The figures to have ready when telling a story: the source achievement's metrics ("40% fewer late
 * reports"), then each sentence of the action or result that states a number, in the person's words.
 */
export function keyNumbers(story: Pick<StoryFields, 'star'>, source: StorySource): string[] {
  const figures = source.kind === 'achievement' ? source.achievement.metrics.map(formatMetric) : [];
  for (const part of [story.star.action, story.star.result]) {
    for (const sentence of sentencesOf(part)) {
      if (numbersIn(sentence).length > 0) figures.push(sentence);
    }
  }
  const seen = new Set<string>();
  return figures.filter((f) => f !== '' && !seen.has(f.toLowerCase()) && seen.add(f.toLowerCase()));
}

/** Sentences of a text, split at a full stop, question or exclamation mark followed by a space or line end. */
function sentencesOf(text: string): string[] {
  return collapseWhitespace(text)
    .split(/(?<=[.!?])\s+(?=\p{Lu}|\d)/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
