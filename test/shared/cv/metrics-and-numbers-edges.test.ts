/**
 * Edges of writing a metric and of telling whether a text already states its number: a unit typed
 * with spaces round it is the same unit, zero money has no minus sign, two fields' numbers are never
 * read as one, and numbers too large to scale for rounding are still told apart.
 */
import { describe, expect, it } from 'vitest';
import { formatMetric, unsaidMetrics } from '../../../shared/cv/metrics';
import { statesNumber } from '../../../shared/cv/number-mentions';
import type { Metric } from '../../../shared/model';

describe('a metric as words', () => {
  it('treats a unit typed with spaces round it as the bare unit', () => {
    expect(formatMetric({ value: 40, unit: ' % ', measures: 'fewer late reports' })).toBe('40% fewer late reports');
    expect(formatMetric({ value: 12000, unit: ' £ ', measures: 'saved' })).toBe('£12,000 saved');
  });

  it('writes zero money without a minus sign, and a loss with one before the currency sign', () => {
    expect(formatMetric({ value: 0, unit: '£', measures: 'overspend' })).toBe('£0 overspend');
    expect(formatMetric({ value: -1500, unit: '£', measures: 'variance' })).toBe('-£1,500 variance');
  });
});

describe('which metrics the texts already state', () => {
  const twelve: Metric = { value: 12, unit: '', measures: 'new starters onboarded' };

  it('does not read a number ending one text and a number starting the next as one number', () => {
    expect(unsaidMetrics([twelve], ['Ran induction for cohort 1', '2 new starters onboarded each week'])).toEqual([twelve]);
  });

  it('finds the number when one of the texts states it', () => {
    expect(unsaidMetrics([twelve], ['Ran induction for cohort 1', '12 new starters onboarded'])).toEqual([]);
  });
});

describe('very large numbers', () => {
  const digits = (lead: string, zeros: number) => lead + '0'.repeat(zeros);

  it('tells apart two different numbers near 1e305, whose scaled value for rounding would overflow if scaled twice', () => {
    expect(statesNumber(digits('2', 305), 1e305)).toBe(false);
    expect(statesNumber(digits('1', 305), 1e305)).toBe(true);
  });

  it('tells apart two different numbers past 1e306, which are compared without rounding', () => {
    expect(statesNumber(digits('2', 307), 1e307)).toBe(false);
    expect(statesNumber(digits('1', 307), 1e307)).toBe(true);
  });
});
