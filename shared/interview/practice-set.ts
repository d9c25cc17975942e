import { tokenize } from '../listings/tokens';
import type { Plan } from '../model/plan';
import type { PracticeSetKind } from '../model/vocabulary';
import { INTERVIEW_THEMES, INTERVIEW_THEME_LABELS, type InterviewTheme } from '../model/vocabulary';
import { interviewCoverage } from '../insights/interview-coverage';
import { latestRatingByQuestion } from './practice-progress';
import { visibleQuestions, type InterviewQuestion } from './question-bank';
import { keywordHits } from './theme-keywords';

/**
 * The questions of a practice run. Random: any visible questions. Weakest themes: questions of the
 * themes with the fewest prepared stories, then the lowest recent ratings. Likely for a job listing: the
 * themes the advert's own words point at (theme keywords), most mentioned first. `random` is injected
 * (a seeded generator in tests).
 */

export const DEFAULT_PRACTICE_COUNT = 5;

export interface PracticeSetRequest {
  kind: PracticeSetKind;
  count?: number;
  listingId?: string | null;
  /** For 'chosen': the questions, in order. */
  questionIds?: readonly string[];
}

export interface PracticeSet {
  questionIds: string[];
  /** Why these questions, in words; also what an empty set says. */
  explanation: string;
}

type PracticePlan = Pick<Plan, 'questions' | 'preferences' | 'stories' | 'practiceSessions' | 'listings'>;

export function practiceSet(plan: PracticePlan, request: PracticeSetRequest, random: () => number): PracticeSet {
  const count = Math.max(1, Math.min(request.count ?? DEFAULT_PRACTICE_COUNT, 50));
  const questions = visibleQuestions(plan);
  if (questions.length === 0) return { questionIds: [], explanation: 'Every question is hidden: show some in the question bank first.' };
  switch (request.kind) {
    case 'random': {
      const picked = shuffled(questions, random).slice(0, count);
      return { questionIds: picked.map((q) => q.id), explanation: `${picked.length === 1 ? '1 question' : `${picked.length} questions`} picked at random.` };
    }
    case 'chosen': {
      const visible = new Set(questions.map((q) => q.id));
      const ids = [...new Set(request.questionIds ?? [])].filter((id) => visible.has(id)).slice(0, 50);
      return { questionIds: ids, explanation: ids.length === 0 ? 'Choose at least one question.' : ids.length === 1 ? 'The question you chose.' : `The ${ids.length} questions you chose.` };
    }
    case 'weakest':
      return weakestSet(plan, questions, count, random);
    case 'listing':
      return listingSet(plan, questions, request.listingId ?? null, count, random);
  }
}

function weakestSet(plan: PracticePlan, questions: InterviewQuestion[], count: number, random: () => number): PracticeSet {
  const coverage = interviewCoverage(plan, questions);
  const latest = latestRatingByQuestion(plan);
  const storiesByTheme = new Map(coverage.themes.map((t) => [t.theme, t.stories]));
  // A question's weakness: its weakest theme's story count, then its last rating (unrated counts as 0).
  const weakestTheme = (q: InterviewQuestion) => [...q.themes].sort((a, b) => (storiesByTheme.get(a) ?? 0) - (storiesByTheme.get(b) ?? 0))[0];
  const weakness = (q: InterviewQuestion) => {
    const theme = weakestTheme(q);
    return (theme === undefined ? 0 : (storiesByTheme.get(theme) ?? 0)) * 10 + (latest.get(q.id) ?? 0);
  };
  const ordered = shuffled(questions, random).sort((a, b) => weakness(a) - weakness(b));
  const picked = ordered.slice(0, count);
  // Each question is there for its weakest theme, so that is the theme the explanation names.
  const themes = [...new Set(picked.map(weakestTheme).filter((t) => t !== undefined))];
  const explanation = themes.length > 0 ? `Questions from the themes you have least ready: ${themes.map(themeLabel).join(', ')}.` : 'The questions you have practised least.';
  return { questionIds: picked.map((q) => q.id), explanation };
}

function listingSet(plan: PracticePlan, questions: InterviewQuestion[], listingId: string | null, count: number, random: () => number): PracticeSet {
  const listing = plan.listings.find((l) => l.id === listingId);
  if (!listing) return { questionIds: [], explanation: 'Choose one of your saved job listings.' };
  const mentions = themeMentions(`${listing.title}\n${listing.text}`);
  const themes = INTERVIEW_THEMES.filter((t) => mentions.get(t)! > 0).sort((a, b) => mentions.get(b)! - mentions.get(a)!);
  if (themes.length === 0) return { questionIds: [], explanation: `“${listing.title}” names none of the themes PMO interviews probe; try another set.` };
  const rank = new Map(themes.map((t, i) => [t, i]));
  const score = (q: InterviewQuestion) => Math.min(...q.themes.map((t) => rank.get(t) ?? Infinity));
  const picked = shuffled(questions, random)
    .filter((q) => Number.isFinite(score(q)))
    .sort((a, b) => score(a) - score(b))
    .slice(0, count);
  return { questionIds: picked.map((q) => q.id), explanation: `“${listing.title}” talks about ${themes.slice(0, 4).map(themeLabel).join(', ')}.` };
}

/** How many keywords of each theme a text uses (each keyword once). */
export function themeMentions(text: string): Map<InterviewTheme, number> {
  const hits = keywordHits(tokenize(text).map((t) => t.key));
  return new Map(INTERVIEW_THEMES.map((theme) => [theme, hits.get(theme)?.length ?? 0]));
}

/** Fisher-Yates over a copy. */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

const themeLabel = (t: InterviewTheme) => INTERVIEW_THEME_LABELS[t].label;
