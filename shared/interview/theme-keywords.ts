import { foldPhrase } from '../listings/tokens';
import type { InterviewTheme } from '../model/vocabulary';
import { INTERVIEW_THEMES } from '../model/vocabulary';

/**
 * Words that show a piece of writing (an achievement, a job listing) is about a theme, so the app can
 * suggest an achievement for a gap and the questions a listing is likely to bring. Our own vocabulary,
 * drawn from pmo-facts.md ("Themes PMO interviews probe", "Skills seen in PMO job ads", "Job-listing
 * vocabulary"), gathered and last checked on THEME_KEYWORDS_VERIFIED. Matching folds case, British and
 * American spelling and inflections (shared/listings/tokens), so "prioritised" meets "prioritisation".
 */

export const THEME_KEYWORDS_VERIFIED = '2026-12-01';
export const THEME_KEYWORDS_SOURCE = 'pmo-facts.md: themes PMO interviews probe; skills seen in PMO job ads';

export const THEME_KEYWORDS: Record<InterviewTheme, readonly string[]> = {
  governance: ['governance', 'standards', 'assurance', 'compliance', 'stage gate', 'gateway review', 'audit', 'policy', 'terms of reference', 'board'],
  prioritisation: ['prioritisation', 'prioritise', 'priority', 'portfolio', 'pipeline', 'business case', 'scoring', 'trade-off', 'investment'],
  reporting: ['reporting', 'report', 'dashboard', 'KPI', 'status', 'highlight report', 'Power BI', 'metrics', 'RAG'],
  risk: ['risk', 'RAID', 'issue', 'dependency', 'assumption', 'mitigation', 'escalation', 'register'],
  resources: ['resource', 'capacity', 'allocation', 'resourcing', 'headcount', 'demand', 'utilisation'],
  conflict: ['conflict', 'disagreement', 'dispute', 'tension', 'clash', 'mediate', 'negotiate'],
  stakeholders: ['stakeholder', 'sponsor', 'director', 'executive', 'senior', 'steering', 'board'],
  influence: ['influence', 'persuade', 'buy-in', 'without authority', 'coach', 'engage', 'adoption', 'champion'],
  change: ['change control', 'change request', 'scope', 'baseline', 'variation', 'impact assessment'],
  benefits: ['benefit', 'benefits realisation', 'outcome', 'savings', 'return on investment', 'value'],
  value: ['PMO', 'maturity', 'P3M3', 'value', 'operating model', 'set up', 'established'],
  tools: ['tool', 'template', 'Microsoft Project', 'MS Project', 'Jira', 'Smartsheet', 'SharePoint', 'Excel', 'Power BI', 'Planview', 'automate'],
  recovery: ['failing', 'recovery', 'recover', 'turnaround', 'red', 'behind schedule', 'overspend', 'rescue', 'troubled'],
  pressure: ['deadline', 'pressure', 'urgent', 'tight', 'at pace', 'short notice', 'critical', 'go-live'],
  improvement: ['improve', 'improvement', 'process', 'streamline', 'lessons learned', 'efficiency', 'automate', 'simplify', 'reduced'],
};

export interface ThemeMatcher {
  /** Each theme's keywords as folded word sequences. */
  readonly phrases: ReadonlyMap<InterviewTheme, readonly (readonly string[])[]>;
}

let matcher: ThemeMatcher | null = null;

/** The keywords folded once (stemming is the costly part). */
export function themeMatcher(): ThemeMatcher {
  matcher ??= {
    phrases: new Map(INTERVIEW_THEMES.map((theme) => [theme, THEME_KEYWORDS[theme].map((k) => foldPhrase(k)).filter((keys) => keys.length > 0)])),
  };
  return matcher;
}

/**
 * Which keywords of every theme occur in the folded words `keys` (whole words, in order for a phrase),
 * as the keywords were written: what a suggestion gives as its reason. One pass builds where each word
 * occurs, so a phrase is checked only where its first word is.
 */
export function keywordHits(keys: readonly string[]): Map<InterviewTheme, string[]> {
  const at = new Map<string, number[]>();
  keys.forEach((key, index) => {
    const positions = at.get(key);
    if (positions) positions.push(index);
    else at.set(key, [index]);
  });
  const hits = new Map<InterviewTheme, string[]>();
  for (const [theme, phrases] of themeMatcher().phrases) {
    const found: string[] = [];
    phrases.forEach((phrase, index) => {
      const starts = at.get(phrase[0]!);
      if (starts && (phrase.length === 1 || starts.some((start) => phrase.every((key, j) => keys[start + j] === key)))) found.push(THEME_KEYWORDS[theme][index]!);
    });
    if (found.length > 0) hits.set(theme, found);
  }
  return hits;
}
