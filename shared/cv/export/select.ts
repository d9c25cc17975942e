import type { Achievement } from '../../model/plan';
import { composeCvBullet } from '../bullet';
import { cvBulletHints } from '../hints';
import type { ExportFilter, ExportOptions } from './options';

/**
 * Which achievements an export holds, and in what order. Pure and shared, so the preview and every
 * file agree to the item.
 */

const fold = (text: string) => text.trim().toLocaleLowerCase('en-GB');

/** Achievements marked "include in CV" that pass the filter, in the plan's order. */
export function selectAchievements(achievements: readonly Achievement[], filter: ExportFilter): Achievement[] {
  const areas = new Set<string>(filter.areas);
  const skills = new Set(filter.skillIds);
  const tags = new Set(filter.tags.map(fold));
  const ranged = filter.from !== null || filter.to !== null;
  return achievements.filter((a) => {
    if (!a.includeInCv) return false;
    // A date range says nothing about an undated achievement, so undated ones drop out of it
    // (the Achievements screen's filter behaves the same way).
    if (ranged && (a.date === null || (filter.from !== null && a.date < filter.from) || (filter.to !== null && a.date > filter.to))) return false;
    if (areas.size > 0 && (a.area === null || !areas.has(a.area))) return false;
    if (skills.size > 0 && !a.skillIds.some((id) => skills.has(id))) return false;
    if (tags.size > 0 && !a.tags.some((tag) => tags.has(fold(tag)))) return false;
    return true;
  });
}

/** Newest first: dated before undated, then the most recently logged, then by title, so ties are stable. */
export function compareNewestFirst(a: Achievement, b: Achievement): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.title.localeCompare(b.title, 'en-GB') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * How strongly an achievement shows impact, for "Biggest impact first". The rule, in order:
 *  1. evidence tier: structured metrics (2) beat a number written in the bullet (1) beat none (0) —
 *     quantified results are what recruiters look for (pmo-facts.md), and metrics are the person's
 *     own recorded measures;
 *  2. within a tier, more metrics first;
 *  3. then the largest metric magnitude (absolute value, any unit). Units differ (40% against £12,000),
 *     so this is only a tie-breaker, never a claim that one number is bigger than another in kind;
 *  4. then newest first.
 */
export interface ImpactScore {
  tier: 0 | 1 | 2;
  metricCount: number;
  magnitude: number;
}

export function impactScore(achievement: Achievement): ImpactScore {
  const metricCount = achievement.metrics.length;
  const magnitude = achievement.metrics.reduce((largest, metric) => Math.max(largest, Math.abs(metric.value)), 0);
  if (metricCount > 0) return { tier: 2, metricCount, magnitude };
  // The quality hints already know what counts as "a number" in a bullet (digits or number words).
  const hasNumber = !cvBulletHints(composeCvBullet(achievement).text).some((hint) => hint.code === 'no-number');
  return { tier: hasNumber ? 1 : 0, metricCount, magnitude };
}

function compareImpact(scores: Map<string, ImpactScore>) {
  return (a: Achievement, b: Achievement): number => {
    const sa = scores.get(a.id)!;
    const sb = scores.get(b.id)!;
    return sb.tier - sa.tier || sb.metricCount - sa.metricCount || sb.magnitude - sa.magnitude || compareNewestFirst(a, b);
  };
}

/**
 * How relevant an achievement is to a CV a reader skims, for "Most relevant first": impact and recency
 * weigh the same, so an old achievement needs stronger evidence to stay near the top. The rule:
 *  1. relevance = evidence tier (0-2, as for impact) + recency (0-2): dated within 2 years of the newest
 *     dated achievement in the export scores 2, within 5 years 1, older or undated 0. Recency is measured
 *     from the person's own newest achievement, not today, so the order is the same whenever it is made;
 *  2. ties: the "Biggest impact first" rule (more metrics, larger magnitude, then newest first).
 * What comes last is what to cut first when the CV runs long.
 */
export interface RelevanceScore {
  impact: ImpactScore;
  recency: 0 | 1 | 2;
  relevance: number;
}

export function relevanceScores(achievements: readonly Achievement[]): Map<string, RelevanceScore> {
  const newest = achievements.reduce<string | null>((latest, a) => (a.date !== null && (latest === null || a.date > latest) ? a.date : latest), null);
  const yearsBefore = (date: string, years: number) => `${String(Number(date.slice(0, 4)) - years).padStart(4, '0')}${date.slice(4)}`;
  const recencyOf = (date: string | null): 0 | 1 | 2 => {
    if (date === null || newest === null) return 0;
    if (date >= yearsBefore(newest, 2)) return 2;
    return date >= yearsBefore(newest, 5) ? 1 : 0;
  };
  return new Map(
    achievements.map((a) => {
      const impact = impactScore(a);
      const recency = recencyOf(a.date);
      return [a.id, { impact, recency, relevance: impact.tier + recency }];
    }),
  );
}

function compareRelevance(scores: Map<string, RelevanceScore>) {
  const byImpact = compareImpact(new Map([...scores].map(([id, score]) => [id, score.impact])));
  return (a: Achievement, b: Achievement): number => scores.get(b.id)!.relevance - scores.get(a.id)!.relevance || byImpact(a, b);
}

/**
 * Put achievements in the chosen order. "By hand" follows `manualOrder`; achievements it does not list
 * (logged after the person arranged the list, or newly matching the filter) follow, newest first.
 */
export function orderAchievements(achievements: readonly Achievement[], options: Pick<ExportOptions, 'order' | 'manualOrder'>): Achievement[] {
  if (options.order === 'impact') {
    const scores = new Map(achievements.map((a) => [a.id, impactScore(a)]));
    return [...achievements].sort(compareImpact(scores));
  }
  if (options.order === 'relevant') return [...achievements].sort(compareRelevance(relevanceScores(achievements)));
  if (options.order === 'manual') {
    const position = new Map<string, number>();
    options.manualOrder.forEach((id, index) => {
      if (!position.has(id)) position.set(id, index);
    });
    const listed = achievements.filter((a) => position.has(a.id)).sort((a, b) => position.get(a.id)! - position.get(b.id)!);
    const rest = achievements.filter((a) => !position.has(a.id)).sort(compareNewestFirst);
    return [...listed, ...rest];
  }
  return [...achievements].sort(compareNewestFirst);
}
