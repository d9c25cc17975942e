import { foldPhrase, tokenize } from '../listings/tokens';
import { keywordsFound } from '../interview/theme-keywords';
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

interface Folded {
  keys: string[];
  keySet: Set<string>;
}

// Keyed by the text itself: each plan from main is a fresh copy, so object keys would never hit.
const foldedTexts = new Map<string, Folded>();
const FOLDED_LIMIT = 20_000;

function folded(text: string): Folded {
  let entry = foldedTexts.get(text);
  if (!entry) {
    const keys = tokenize(text).map((t) => t.key);
    entry = { keys, keySet: new Set(keys) };
    if (foldedTexts.size >= FOLDED_LIMIT) foldedTexts.clear();
    foldedTexts.set(text, entry);
  }
  return entry;
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
  for (const theme of themes) {
    const scored: AchievementSuggestion[] = [];
    for (const achievement of plan.achievements) {
      if (told.get(theme)?.has(achievement.id)) continue;
      const suggestion = scoreAchievement(achievement, theme, skillNames);
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

function scoreAchievement(achievement: Achievement, theme: InterviewTheme, skillNames: ReadonlyMap<string, string>): AchievementSuggestion | null {
  const text = folded(achievementText(achievement));
  const reasons: string[] = [];
  let score = 0;
  const mentioned = keywordsFound(theme, text.keys, text.keySet);
  if (mentioned.length > 0) {
    score += mentioned.length;
    reasons.push(`mentions ${mentioned.slice(0, 3).map((k) => `“${k}”`).join(', ')}`);
  }
  for (const tag of achievement.tags) {
    const keys = foldPhrase(tag);
    if (keywordsFound(theme, keys, new Set(keys)).length > 0) {
      score += 2;
      reasons.push(`tagged “${tag}”`);
    }
  }
  for (const skillId of achievement.skillIds) {
    const name = skillNames.get(skillId);
    if (name === undefined) continue;
    const skill = folded(name);
    if (keywordsFound(theme, skill.keys, skill.keySet).length > 0) {
      score += 2;
      reasons.push(`linked to the skill “${name}”`);
    }
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
