import { visibleQuestions, type InterviewQuestion } from '../interview/question-bank';
import type { Plan } from '../model/plan';
import type { StoryFields } from '../model/interview';
import { COMPETENCY_AREAS, INTERVIEW_THEMES, INTERVIEW_THEME_LABELS, type CompetencyArea, type InterviewTheme } from '../model/vocabulary';

/**
 * How well the person's prepared stories cover what PMO interviews ask: for each theme and area, how
 * many visible questions there are and how many prepared stories answer one of them, and the themes
 * with no story yet, named in words. A story counts once per cell however many of its questions fall
 * there. Adding a story can only raise a count (a property test holds this).
 */

export interface CoverageCell {
  questions: number;
  stories: number;
}

export interface ThemeCoverage {
  theme: InterviewTheme;
  label: string;
  cells: Record<CompetencyArea, CoverageCell>;
  /** Questions and distinct stories across the theme (questions with no area count here only). */
  questions: number;
  stories: number;
}

export interface CoverageGap {
  theme: InterviewTheme;
  /** "No story yet about handling conflict between project managers." */
  message: string;
  /** The visible questions of the theme, to answer first. */
  questionIds: string[];
}

export interface InterviewCoverage {
  themes: ThemeCoverage[];
  gaps: CoverageGap[];
  /** Prepared stories that answer at least one visible question. */
  preparedStories: number;
}

/** A story is ready to tell once it says what the person did and how it ended. */
export function isPreparedStory(story: Pick<StoryFields, 'star'>): boolean {
  return story.star.action.trim() !== '' && story.star.result.trim() !== '';
}

export function gapMessage(theme: InterviewTheme): string {
  return `No story yet about ${INTERVIEW_THEME_LABELS[theme].about}.`;
}

export function interviewCoverage(plan: Pick<Plan, 'questions' | 'preferences' | 'stories'>, questions: readonly InterviewQuestion[] = visibleQuestions(plan)): InterviewCoverage {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const cellStories = new Map<string, Set<string>>();
  const themeStories = new Map<InterviewTheme, Set<string>>();
  let preparedStories = 0;
  for (const story of plan.stories) {
    if (!isPreparedStory(story)) continue;
    let answersAny = false;
    for (const questionId of story.questionIds) {
      const question = byId.get(questionId);
      if (!question) continue;
      answersAny = true;
      for (const theme of question.themes) {
        addTo(themeStories, theme, story.id);
        if (question.area !== null) addTo(cellStories, `${theme}|${question.area}`, story.id);
      }
    }
    if (answersAny) preparedStories += 1;
  }

  const themes = INTERVIEW_THEMES.map((theme): ThemeCoverage => {
    const ofTheme = questions.filter((q) => q.themes.includes(theme));
    const cells = Object.fromEntries(
      COMPETENCY_AREAS.map((area) => [area, { questions: ofTheme.filter((q) => q.area === area).length, stories: cellStories.get(`${theme}|${area}`)?.size ?? 0 }]),
    ) as Record<CompetencyArea, CoverageCell>;
    return { theme, label: INTERVIEW_THEME_LABELS[theme].label, cells, questions: ofTheme.length, stories: themeStories.get(theme)?.size ?? 0 };
  });
  const gaps = themes
    .filter((t) => t.questions > 0 && t.stories === 0)
    .map((t) => ({ theme: t.theme, message: gapMessage(t.theme), questionIds: questions.filter((q) => q.themes.includes(t.theme)).map((q) => q.id) }));
  return { themes, gaps, preparedStories };
}

function addTo<K>(map: Map<K, Set<string>>, key: K, id: string) {
  const set = map.get(key) ?? new Set<string>();
  set.add(id);
  map.set(key, set);
}
