import type { Metric } from '../model/plan';
import { statesNumber } from './number-mentions';
import { collapseWhitespace, fragment, listPhrase } from './sentence';

/**
 * The one wording of an achievement's metrics in a CV bullet, and which of them the person's own text
 * already states (those are not written in again).
 */

const CURRENCY_PREFIXES = new Set(['£', '$', '€']);
// One formatter for every metric: the same output as toLocaleString('en-GB', …), which builds a new
// formatter on each call and was most of the time spent composing 500 bullets.
const NUMBER_FORMAT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** A metric as words: "40% fewer late reports", "£12,000 saved", "3 projects recovered". */
export function formatMetric(metric: Metric): string {
  const unit = metric.unit.trim();
  const number = NUMBER_FORMAT.format(metric.value);
  let amount: string;
  if (unit === '') amount = number;
  else if (unit === '%') amount = `${number}%`;
  else if (CURRENCY_PREFIXES.has(unit)) {
    const magnitude = NUMBER_FORMAT.format(Math.abs(metric.value));
    amount = `${metric.value < 0 ? '-' : ''}${unit}${magnitude}`;
  }
  else amount = `${number} ${unit}`;
  return collapseWhitespace(`${amount} ${metric.measures}`);
}

/** Metrics joined as "a, b and c"; '' when there are none. */
export function metricsPhrase(metrics: readonly Metric[]): string {
  return listPhrase(metricPhrases(metrics));
}

/** Each metric's words, ready to list. */
export function metricPhrases(metrics: readonly Metric[]): string[] {
  return metrics.map(formatMetric).map(fragment).filter((p) => p !== '');
}

/** The metrics whose number none of `texts` states ("40%" is said by "cut late reports by 40 %"). */
export function unsaidMetrics(metrics: readonly Metric[], texts: readonly string[]): Metric[] {
  const said = texts.join('\n');
  return metrics.filter((metric) => !statesNumber(said, metric.value));
}
