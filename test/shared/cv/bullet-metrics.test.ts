import { describe, expect, it } from 'vitest';
import { composeCvBullet, composeStar, composeXyz, type CvBulletInput } from '../../../shared/cv';
import { numbersIn, statesNumber } from '../../../shared/cv/number-mentions';
import type { Metric } from '../../../shared/model';

const lateReports: Metric = { value: 40, unit: '%', measures: 'fewer late reports' };
const saved: Metric = { value: 12000, unit: '£', measures: 'saved' };
const star = (action: string, result: string, metrics: Metric[]) => composeStar({ situation: '', task: '', action, result }, metrics);

describe('metrics in a STAR bullet', () => {
  it('adds a metric the text does not state, after the result', () => {
    expect(star('Introduced a weekly RAID review', 'reports went out on time', [lateReports])).toBe(
      'Introduced a weekly RAID review, so reports went out on time, as measured by 40% fewer late reports.',
    );
    expect(star('Introduced a weekly RAID review', '', [lateReports, saved])).toBe(
      'Introduced a weekly RAID review, as measured by 40% fewer late reports and £12,000 saved.',
    );
  });

  it('leaves out a metric whose number the action or result already states, in any usual form', () => {
    for (const result of ['cutting late reports by 40%', 'cutting late reports by 40 %', 'cutting late reports by 40 per cent', 'cutting late reports by forty per cent']) {
      expect(star('Introduced a weekly RAID review', result, [lateReports])).toBe(`Introduced a weekly RAID review, ${result}.`);
    }
    for (const result of ['saving £12,000', 'saving 12000', 'saving £12k', 'saving 12,000 pounds']) {
      expect(star('Renegotiated two contracts', result, [saved])).toBe(`Renegotiated two contracts, ${result}.`);
    }
    expect(star('Cut late reports by 40% across 12 projects', '', [lateReports])).toBe('Cut late reports by 40% across 12 projects.');
  });

  it('adds only the metrics that are not stated', () => {
    expect(star('Renegotiated two contracts', 'saving £12,000', [saved, { value: 3, unit: 'weeks', measures: 'early' }])).toBe(
      'Renegotiated two contracts, saving £12,000, as measured by 3 weeks early.',
    );
  });

  it('reads the fixture achievement from the export tests as one sentence with its number once', () => {
    const input: CvBulletInput = {
      title: 'Supplier savings',
      cvBullet: '',
      xyz: { accomplished: '', measuredBy: '', byDoing: '' },
      star: { situation: '', task: '', action: 'Renegotiated three supplier contracts for the store refit', result: 'saved £120,000 in the first year' },
      metrics: [{ value: 120000, unit: '£', measures: 'saved' }],
    };
    expect(composeCvBullet(input)).toEqual({ text: 'Renegotiated three supplier contracts for the store refit and saved £120,000 in the first year.', source: 'star' });
  });
});

describe('metrics in an X-Y-Z bullet', () => {
  it('fills an empty Y with the metrics the text does not state', () => {
    expect(composeXyz({ accomplished: 'Cut late status reports', measuredBy: '', byDoing: 'a weekly review' }, [lateReports])).toBe(
      'Cut late status reports, as measured by 40% fewer late reports, by a weekly review.',
    );
    expect(composeXyz({ accomplished: 'Cut late status reports by 40%', measuredBy: '', byDoing: 'a weekly review' }, [lateReports])).toBe(
      'Cut late status reports by 40%, by a weekly review.',
    );
  });

  it('adds unstated metrics to a typed Y, and none that Y already states', () => {
    expect(composeXyz({ accomplished: 'Cut late reports', measuredBy: 'the audit log', byDoing: '' }, [lateReports, saved])).toBe(
      'Cut late reports, as measured by the audit log, 40% fewer late reports and £12,000 saved.',
    );
    expect(composeXyz({ accomplished: 'Cut late reports', measuredBy: 'late reports falling 40 %', byDoing: '' }, [lateReports])).toBe(
      'Cut late reports, as measured by late reports falling 40 %.',
    );
  });

  it('never doubles "by" where the template meets what the person typed', () => {
    expect(composeXyz({ accomplished: 'Cut late reports', measuredBy: 'by the audit log', byDoing: 'by by introducing a review' })).toBe(
      'Cut late reports, as measured by the audit log, by introducing a review.',
    );
    expect(composeXyz({ accomplished: 'Cut late reports.', measuredBy: 'by', byDoing: 'By doing' })).toBe('Cut late reports.');
  });
});

describe('numbers a text states', () => {
  it('reads digits, separators, decimals, multipliers and number words', () => {
    expect(numbersIn('cut 40% of £12,000, then 1.5m and .5 more')).toEqual(expect.arrayContaining([40, 12000, 1.5, 1500000, 0.5]));
    expect(numbersIn('forty-five projects, twelve teams and ninety nine risks')).toEqual(expect.arrayContaining([45, 12, 99]));
  });

  it('does not read labels or words that only contain a number', () => {
    expect(numbersIn('Q3 review of GR656 for someone')).toEqual([]);
  });

  it('compares at the two decimal places a metric is printed with, ignoring the sign', () => {
    expect(statesNumber('33.33% faster', 33.333)).toBe(true);
    expect(statesNumber('£1,500 under budget', -1500)).toBe(true);
    expect(statesNumber('cut 40 days', 4)).toBe(false);
  });
});
