import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCvDocument, DEFAULT_EXPORT_OPTIONS } from '../../../shared/cv/export';
import { keepTogetherRuns } from '../../../shared/cv/export/keep-together';
import { estimatePages, lengthEstimate, lineCount } from '../../../shared/cv/export/length';
import { CV_TODAY, cvFixturePlan, longCvPlan } from '../../support/cv-fixture';

const kept = (text: string) => keepTogetherRuns(text).filter((run) => run.keep).map((run) => run.text);

describe('runs the PDF must not break', () => {
  it('are IDs and hyphenated words, and numbers with their unit or the word after them', () => {
    expect(kept('Credential ID GR656-123456. Valid until March 2027.')).toEqual(['GR656-123456']);
    expect(kept('Cut late reports by 40 % in a well-known 12-week plan, saving £12,000 over 3 days.')).toEqual(['40 %', 'well-known', '12-week', '£12,000 over', '3 days']);
    expect(kept('Saved 40% and £ 5,000.')).toEqual(['£ 5,000']);
    // Nothing to keep: no run is marked, and the text comes back as it was.
    expect(keepTogetherRuns('Ran the PMO induction.')).toEqual([{ text: 'Ran the PMO induction.', keep: false }]);
  });

  it('always join back to exactly the text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('GR656-1', '40', ' ', '%', '£', '12,000', 'days', '-', 'well', 'ﬁ', '.', 'é'), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const runs = keepTogetherRuns(text);
        expect(runs.map((run) => run.text).join('')).toBe(text);
        for (const run of runs) expect(run.text).not.toBe('');
      }),
    );
  });
});

describe('the page estimate', () => {
  it('wraps lines by character widths and never inside a kept run', () => {
    expect(lineCount('word', 100)).toBe(1);
    // A single word never breaks, however wide; two of them (about 92pt each at 11pt) take two lines.
    expect(lineCount('mmmmmmmmmmmmmmmmmmmm', 100)).toBe(1);
    expect(lineCount('mmmmmmmmmm mmmmmmmmmm', 100)).toBe(2);
    // 24 "i"s are about 59pt, "40 %" 25pt: in 85pt, "40" alone would fit after them, but the kept run moves
    // down whole and pushes the last word to a third line.
    const is = 'i'.repeat(24);
    expect(lineCount(`${is} 40 % ${is}`, 85)).toBe(3);
    // Control: "40," has nothing kept, so it stays on the first line and the text takes two.
    expect(lineCount(`${is} 40, ${is}`, 85)).toBe(2);
  });

  it('grows with the list and says how that compares with a usual CV at the page size', () => {
    const short = buildCvDocument(cvFixturePlan(), DEFAULT_EXPORT_OPTIONS, CV_TODAY);
    expect(lengthEstimate(short)).toEqual({ pages: 1, text: 'About 1 page of A4 — a UK CV is usually 2 sides of A4.', tooLong: false });
    const long = buildCvDocument(longCvPlan(40), { ...DEFAULT_EXPORT_OPTIONS, pageSize: 'Letter' }, CV_TODAY);
    const estimate = lengthEstimate(long);
    expect(estimate.pages).toBeGreaterThan(2);
    expect(estimate.text).toBe(`About ${estimate.pages} pages of US Letter — a US résumé is usually 1–2 pages.`);
    expect(estimate.tooLong).toBe(true);
    // More achievements never make it shorter.
    const counts = [0, 8, 16, 24, 40].map((n) => estimatePages(buildCvDocument(longCvPlan(n), DEFAULT_EXPORT_OPTIONS, CV_TODAY)));
    expect([...counts].sort((a, b) => a - b)).toEqual(counts);
    expect(counts[4]).toBeGreaterThan(counts[0]!);
  });
});
