import type { Achievement, Metric } from '../model/plan';
import { asSentence, clause, collapseWhitespace, withoutLeading } from './sentence';

/**
 * One CV bullet per achievement. The person stores the parts (X-Y-Z or STAR) and the app renders the
 * sentence, so the same achievement reads well in every format issue 5 builds (DOCX, PDF, Markdown,
 * JSON Resume). Precedence, first that applies:
 *
 * 1. hand-written: `cvBullet` when it is not blank, used as written (only whitespace is tidied);
 * 2. xyz: Laszlo Bock's "Accomplished X, as measured by Y, by doing Z" when X is filled in. The
 *    person's X already starts with their verb, so the sentence is "X, as measured by Y, by Z." Y falls
 *    back to the achievement's metrics; a missing Y or Z clause is left out;
 * 3. star: the action and the result, "Action; result." (situation and task are interview context,
 *    not CV text), when either is filled in;
 * 4. title: the achievement's title as a sentence, so every achievement has a bullet.
 *
 * The person's words are never reworded: only whitespace, the first letter's case, trailing punctuation
 * and a leading "by" / "as measured by" that the template already supplies are touched.
 */

export type CvBulletSource = 'hand-written' | 'xyz' | 'star' | 'title';

export interface CvBullet {
  text: string;
  source: CvBulletSource;
}

export type CvBulletInput = Pick<Achievement, 'title' | 'cvBullet' | 'xyz' | 'star' | 'metrics'>;

export function composeCvBullet(achievement: CvBulletInput): CvBullet {
  const handWritten = collapseWhitespace(achievement.cvBullet);
  if (handWritten !== '') return { text: handWritten, source: 'hand-written' };

  const xyz = composeXyz(achievement.xyz, achievement.metrics);
  if (xyz !== null) return { text: xyz, source: 'xyz' };

  const star = composeStar(achievement.star);
  if (star !== null) return { text: star, source: 'star' };

  return { text: asSentence(clause(achievement.title)), source: 'title' };
}

/** "X, as measured by Y, by Z." or null when X is blank. */
export function composeXyz(xyz: CvBulletInput['xyz'], metrics: readonly Metric[] = []): string | null {
  const accomplished = clause(xyz.accomplished);
  if (accomplished === '') return null;
  const measuredBy = clause(withoutLeading(clause(xyz.measuredBy), ['as measured by', 'measured by'])) || metricsPhrase(metrics);
  const byDoing = clause(withoutLeading(clause(xyz.byDoing), ['by doing', 'by']));
  const parts = [accomplished];
  if (measuredBy !== '') parts.push(`as measured by ${measuredBy}`);
  if (byDoing !== '') parts.push(`by ${byDoing}`);
  return asSentence(parts.join(', '));
}

/** "Action; result." from STAR, or null when both are blank. */
export function composeStar(star: CvBulletInput['star']): string | null {
  const parts = [clause(star.action), clause(star.result)].filter((part) => part !== '');
  return parts.length === 0 ? null : asSentence(parts.join('; '));
}

const CURRENCY_PREFIXES = new Set(['£', '$', '€']);

/** A metric as words: "40% fewer late reports", "£12,000 saved", "3 projects recovered". */
export function formatMetric(metric: Metric): string {
  const unit = metric.unit.trim();
  const number = metric.value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  let amount: string;
  if (unit === '') amount = number;
  else if (unit === '%') amount = `${number}%`;
  else if (CURRENCY_PREFIXES.has(unit)) {
    const magnitude = Math.abs(metric.value).toLocaleString('en-GB', { maximumFractionDigits: 2 });
    amount = `${metric.value < 0 ? '-' : ''}${unit}${magnitude}`;
  }
  else amount = `${number} ${unit}`;
  return collapseWhitespace(`${amount} ${metric.measures}`);
}

/** Metrics joined as "a, b and c"; '' when there are none. */
export function metricsPhrase(metrics: readonly Metric[]): string {
  const phrases = metrics.map(formatMetric).map(clause).filter((p) => p !== '');
  if (phrases.length <= 1) return phrases[0] ?? '';
  return `${phrases.slice(0, -1).join(', ')} and ${phrases.at(-1)}`;
}
