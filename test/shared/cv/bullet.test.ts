import { describe, expect, it } from 'vitest';
import { composeCvBullet, composeStar, composeXyz, formatMetric, metricsPhrase, type CvBulletInput } from '../../../shared/cv';

const blank: CvBulletInput = {
  title: 'Weekly RAID review',
  cvBullet: '',
  xyz: { accomplished: '', measuredBy: '', byDoing: '' },
  star: { situation: '', task: '', action: '', result: '' },
  metrics: [],
};

describe('composeCvBullet', () => {
  it('uses a hand-written bullet as written, tidying only whitespace', () => {
    const bullet = composeCvBullet({
      ...blank,
      cvBullet: '  Led  the PMO\nrefresh  ',
      xyz: { accomplished: 'Ignored', measuredBy: '', byDoing: '' },
    });
    expect(bullet).toEqual({ text: 'Led the PMO refresh', source: 'hand-written' });
  });

  it('composes "X, as measured by Y, by Z." from the X-Y-Z fields', () => {
    const bullet = composeCvBullet({
      ...blank,
      xyz: {
        accomplished: 'cut monthly reporting time by 40%.',
        measuredBy: 'hours logged by the PMO team',
        byDoing: 'automating the status pack in Power BI',
      },
    });
    expect(bullet).toEqual({
      text: 'Cut monthly reporting time by 40%, as measured by hours logged by the PMO team, by automating the status pack in Power BI.',
      source: 'xyz',
    });
  });

  it('does not repeat "by" or "as measured by" when the person typed them', () => {
    const text = composeXyz({ accomplished: 'Reduced late reports', measuredBy: 'As measured by the audit log', byDoing: 'by  introducing deadlines' });
    expect(text).toBe('Reduced late reports, as measured by the audit log, by introducing deadlines.');
  });

  it('leaves out a missing clause and falls back to the metrics for Y', () => {
    expect(composeXyz({ accomplished: 'Recovered three projects', measuredBy: '', byDoing: '' })).toBe('Recovered three projects.');
    const withMetrics = composeXyz({ accomplished: 'Recovered late projects', measuredBy: '', byDoing: 'weekly RAID reviews' }, [
      { value: 3, unit: 'projects', measures: 'back on schedule' },
      { value: 12000, unit: '£', measures: 'overspend avoided' },
    ]);
    expect(withMetrics).toBe('Recovered late projects, as measured by 3 projects back on schedule and £12,000 overspend avoided, by weekly RAID reviews.');
  });

  it('composes one sentence from the STAR action and result when X is blank', () => {
    const bullet = composeCvBullet({
      ...blank,
      star: { situation: 'Risks were unmanaged', task: 'Fix it', action: 'introduced a weekly RAID review', result: 'open high risks fell from 12 to 3' },
    });
    expect(bullet).toEqual({ text: 'Introduced a weekly RAID review, so open high risks fell from 12 to 3.', source: 'star' });
    expect(composeStar({ situation: 's', task: 't', action: '', result: 'Open risks halved.' })).toBe('Open risks halved.');
    expect(composeStar({ situation: 's', task: 't', action: ' ', result: '' })).toBeNull();
  });

  it('falls back to the title so every achievement has a bullet', () => {
    expect(composeCvBullet(blank)).toEqual({ text: 'Weekly RAID review.', source: 'title' });
  });
});

describe('metrics', () => {
  it('writes percentages, currencies and units the way a reader expects', () => {
    expect(formatMetric({ value: 40, unit: '%', measures: 'fewer late reports' })).toBe('40% fewer late reports');
    expect(formatMetric({ value: -1500.5, unit: '£', measures: 'variance' })).toBe('-£1,500.5 variance');
    expect(formatMetric({ value: 3, unit: 'days', measures: '' })).toBe('3 days');
    expect(formatMetric({ value: 7, unit: '', measures: 'projects' })).toBe('7 projects');
  });

  it('joins several metrics with commas and "and"', () => {
    const m = (value: number) => ({ value, unit: '', measures: 'x' });
    expect(metricsPhrase([])).toBe('');
    expect(metricsPhrase([m(1), m(2), m(3)])).toBe('1 x, 2 x and 3 x');
  });
});
