import type { Achievement } from '../model/plan';
import type { StoryFields } from '../model/interview';
import { LIMITS } from '../model/primitives';
import { metricsPhrase, unsaidMetrics } from '../cv/metrics';
import { collapseWhitespace } from '../cv/sentence';

/**
 * A new story written from an achievement: its STAR fields as the person wrote them, or, for an
 * achievement recorded as X-Y-Z ("accomplished X, measured by Y, by doing Z"), the same facts in STAR
 * order (task = what was accomplished, action = by doing, result = as measured, plus its metrics). A
 * CV bullet typed by hand and nothing else becomes the action. Only the person's own words are used.
 */
export function storyFromAchievement(achievement: Achievement, id: string, questionIds: readonly string[] = []): StoryFields {
  const star = { ...achievement.star };
  const hasStar = Object.values(star).some((part) => part.trim() !== '');
  if (!hasStar) {
    const { accomplished, measuredBy, byDoing } = achievement.xyz;
    star.task = accomplished;
    star.action = byDoing || achievement.cvBullet;
    star.result = measuredBy;
  }
  // Only the figures the story does not already state ("fell by 40%" says 40% fewer late reports).
  const metrics = metricsPhrase(unsaidMetrics(achievement.metrics, Object.values(star)));
  if (metrics !== '') {
    star.result = collapseWhitespace(star.result) === '' ? `${capitalise(metrics)}.` : `${collapseWhitespace(star.result)} (${metrics})`;
  }
  const clip = (text: string) => text.slice(0, LIMITS.storyPart);
  return {
    id,
    title: achievement.title.slice(0, LIMITS.shortText),
    achievementId: achievement.id,
    questionIds: [...new Set(questionIds)].slice(0, LIMITS.questionsPerStory),
    star: { situation: clip(star.situation), task: clip(star.task), action: clip(star.action), result: clip(star.result) },
    reflection: '',
  };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
