import { tokenize } from '../listings/tokens';
import { keywordHits } from '../interview/theme-keywords';
import { visibleQuestions, type InterviewQuestion } from '../interview/question-bank';
import type { Achievement, Plan } from '../model/plan';
import type { InterviewTheme } from '../model/vocabulary';
import type { InterviewCoverage } from './interview-coverage';

/**
 * Achievements that could become a story for a theme: found by the theme's keywords
 * (shared/interview/theme-keywords) in the achievement's own words, its tags and its linked skills'
 * names. Only achievements in the plan are named, never one already told as a story for the theme.
 * Tags and skills weigh double: the person filed the achievement under them on purpose.
 */

export interface AchievementSuggestion {
  achievementId: string;
  title: string;
  /** Why, in words: 'mentions “RAID”', 'tagged “governance”', 'linked to the skill “Risk management”'. */
  reasons: string[];
  score: number;
}

type Hits = ReadonlyMap<InterviewTheme, readonly string[]>;

// Keyed by the text itself: each plan from main is a fresh copy, so object keys would never hit; an
// edit re-reads only the achievement whose words changed.
const hitsByText = new Map<string, Hits>();
const HITS_LIMIT = 20_000;

/** Every theme's keywords found in a text (an achievement's words, a tag, a skill's name). */
function hitsIn(text: string): Hits {
  let hits = hitsByText.get(text);
  if (!hits) {
    hits = keywordHits(tokenize(text).map((t) => t.key));
    if (hitsByText.size >= HITS_LIMIT) hitsByText.clear();
    hitsByText.set(text, hits);
  }
  return hits;
}

function achievementText(a: Achievement): string {
  return [a.title, a.star.situation, a.star.task, a.star.action, a.star.result, a.xyz.accomplished, a.xyz.measuredBy, a.xyz.byDoing, a.cvBullet].join('\n');
}

/** For each theme asked for (the gaps by default), the best `perTheme` achievements, best first. */
export function storySuggestions(
  plan: Pick<Plan, 'achievements' | 'skills' | 'stories' | 'questions' | 'preferences'>,
  themes: readonly InterviewTheme[],
  options: { perTheme?: number; questions?: readonly InterviewQuestion[] } = {},
): Map<InterviewTheme, AchievementSuggestion[]> {
  const perTheme = options.perTheme ?? 3;
  const questions = options.questions ?? visibleQuestions(plan);
  const skillNames = new Map(plan.skills.map((s) => [s.id, s.name]));
  const told = toldAchievementsByTheme(plan, questions);
  const result = new Map<InterviewTheme, AchievementSuggestion[]>();
  // Each achievement is read once (its words, tags and skills' names), then scored for every theme.
  const read = plan.achievements.map((achievement) => readAchievement(achievement, skillNames));
  for (const theme of themes) {
    const scored: AchievementSuggestion[] = [];
    for (const entry of read) {
      if (told.get(theme)?.has(entry.achievement.id)) continue;
      const suggestion = scoreAchievement(entry, theme);
      if (suggestion) scored.push(suggestion);
    }
    scored.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title));
    result.set(theme, scored.slice(0, perTheme));
  }
  return result;
}

/** Suggestions for the gaps of a coverage: the themes with no story yet. */
export function gapSuggestions(plan: Parameters<typeof storySuggestions>[0], coverage: InterviewCoverage, perTheme = 3) {
  return storySuggestions(plan, coverage.gaps.map((g) => g.theme), { perTheme });
}

interface ReadAchievement {
  achievement: Achievement;
  words: Hits;
  tags: { tag: string; hits: Hits }[];
  skills: { name: string; hits: Hits }[];
}

function readAchievement(achievement: Achievement, skillNames: ReadonlyMap<string, string>): ReadAchievement {
  return {
    achievement,
    words: hitsIn(achievementText(achievement)),
    tags: achievement.tags.map((tag) => ({ tag, hits: hitsIn(tag) })),
    skills: achievement.skillIds.flatMap((id) => {
      const name = skillNames.get(id);
      return name === undefined ? [] : [{ name, hits: hitsIn(name) }];
    }),
  };
}

function scoreAchievement({ achievement, words, tags, skills }: ReadAchievement, theme: InterviewTheme): AchievementSuggestion | null {
  const reasons: string[] = [];
  let score = 0;
  const mentioned = words.get(theme) ?? [];
  if (mentioned.length > 0) {
    score += mentioned.length;
    reasons.push(`mentions ${mentioned.slice(0, 3).map((k) => `“${k}”`).join(', ')}`);
  }
  for (const { tag, hits } of tags) {
    if (!hits.has(theme)) continue;
    score += 2;
    reasons.push(`tagged “${tag}”`);
  }
  for (const { name, hits } of skills) {
    if (!hits.has(theme)) continue;
    score += 2;
    reasons.push(`linked to the skill “${name}”`);
  }
  return score === 0 ? null : { achievementId: achievement.id, title: achievement.title, reasons, score };
}

/** Achievements already told, per theme: a story from them answers a question of that theme. */
function toldAchievementsByTheme(plan: Pick<Plan, 'stories'>, questions: readonly InterviewQuestion[]) {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const told = new Map<InterviewTheme, Set<string>>();
  for (const story of plan.stories) {
    if (story.achievementId === null) continue;
    for (const questionId of story.questionIds) {
      for (const theme of byId.get(questionId)?.themes ?? []) {
        const set = told.get(theme) ?? new Set<string>();
        set.add(story.achievementId);
        told.set(theme, set);
      }
    }
  }
  return told;
}
