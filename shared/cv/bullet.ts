import type { Achievement, Metric } from '../model/plan';
import { metricPhrases, metricsPhrase, unsaidMetrics } from './metrics';
import { RESULT_LINKS, shapeResult } from './result-shape';
import { asBulletSentence, asSentence, clause, collapseWhitespace, fragment, joinWith, listPhrase, withoutAnyLeading, type Link } from './sentence';

export { formatMetric, metricsPhrase } from './metrics';

/**
 * One CV bullet per achievement. The person stores the parts (X-Y-Z or STAR) and the app renders the
 * sentence, so the same achievement reads well in every format (DOCX, PDF, Markdown, JSON Resume).
 * Precedence, first that applies:
 *
 * 1. hand-written: `cvBullet` when it is not blank, used as written (only whitespace is tidied);
 * 2. xyz: Laszlo Bock's "Accomplished X, as measured by Y, by doing Z" when X is filled in. The
 *    person's X already starts with their verb, so the sentence is "X, as measured by Y, by Z.";
 *    a missing Y or Z clause is left out;
 * 3. star: one sentence that leads with the action and ends with the result, joined by the rules in
 *    result-shape.ts ("Introduced a template, cutting costs by 20%."; "…and saved £120,000."; "…, so
 *    reports went out on time."). Situation and task are interview context, not CV text. Used when
 *    the action or the result is filled in;
 * 4. title: the achievement's title as a sentence, so every achievement has a bullet.
 *
 * Metrics: a composed bullet (2 or 3) carries every metric whose number its text does not already
 * state ("40%", "40 %", "£12,000", "12k" and "forty" count as stated), so no number is typed twice:
 * in X-Y-Z they join the Y list, in STAR they follow the result as ", as measured by …".
 *
 * A composed bullet is one sentence: no semicolon added, no word doubled where two parts meet, and
 * exactly one full stop at the end. The person's words are never reworded: only whitespace, the first
 * letter's case, trailing punctuation, a leading "by" / "as measured by" that the template already
 * supplies and the one joining word change.
 */

export type CvBulletSource = 'hand-written' | 'xyz' | 'star' | 'title';

export interface CvBullet {
  text: string;
  source: CvBulletSource;
}

export type CvBulletInput = Pick<Achievement, 'title' | 'cvBullet' | 'xyz' | 'star' | 'metrics'>;

const MEASURED_BY: Link = { comma: true, words: 'as measured by' };
const BY_DOING: Link = { comma: true, words: 'by' };

export function composeCvBullet(achievement: CvBulletInput): CvBullet {
  const handWritten = collapseWhitespace(achievement.cvBullet);
  if (handWritten !== '') return { text: handWritten, source: 'hand-written' };

  const xyz = composeXyz(achievement.xyz, achievement.metrics);
  if (xyz !== null) return { text: xyz, source: 'xyz' };

  const star = composeStar(achievement.star, achievement.metrics);
  if (star !== null) return { text: star, source: 'star' };

  return { text: asSentence(clause(achievement.title)), source: 'title' };
}

/** "X, as measured by Y and any unstated metrics, by Z." or null when X is blank. */
export function composeXyz(xyz: CvBulletInput['xyz'], metrics: readonly Metric[] = []): string | null {
  const accomplished = fragment(xyz.accomplished);
  if (accomplished === '') return null;
  const measuredBy = withoutTemplateWords(xyz.measuredBy, ['as measured by', 'measured by', 'by']);
  const byDoing = withoutTemplateWords(xyz.byDoing, ['by doing', 'by']);
  const unsaid = metricPhrases(unsaidMetrics(metrics, [accomplished, measuredBy, byDoing]));
  const withMeasure = joinWith(accomplished, MEASURED_BY, listPhrase([measuredBy, ...unsaid]));
  return asBulletSentence(joinWith(withMeasure, BY_DOING, byDoing));
}

/** "Action <joining word> result[, as measured by unstated metrics]." from STAR, or null when both are blank. */
export function composeStar(star: CvBulletInput['star'], metrics: readonly Metric[] = []): string | null {
  const action = fragment(star.action);
  const result = fragment(star.result);
  if (action === '' && result === '') return null;
  const shaped = shapeResult(result);
  const told = action === '' ? result : joinWith(action, RESULT_LINKS[shaped.shape], shaped.text);
  return asBulletSentence(joinWith(told, MEASURED_BY, metricsPhrase(unsaidMetrics(metrics, [action, result]))));
}

/** A clause without the leading words its template supplies; blank when that is all it was ("by"). */
function withoutTemplateWords(text: string, phrases: readonly string[]): string {
  return fragment(withoutAnyLeading(fragment(text), phrases));
}
