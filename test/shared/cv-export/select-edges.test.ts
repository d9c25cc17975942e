import { describe, expect, it } from 'vitest';
import { compareNewestFirst, DEFAULT_EXPORT_OPTIONS, orderAchievements, relevanceScores, selectAchievements, type ExportOptions } from '../../../shared/cv/export';
import type { Achievement } from '../../../shared/model';
import { achievement } from '../../support/plan-builders';

/**
 * The edges of choosing and ordering an export's achievements: a tag typed with stray spaces, the
 * tie-breaks of "newest first" (when each was logged, then title, then id), unlisted achievements in a
 * hand-made order, a leftover hand-made order once the person switches back, and the recency bands of
 * "most relevant first" at their boundaries and with nothing dated at all.
 */

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
const filter = (patch: Partial<ExportOptions['filter']>) => ({ ...DEFAULT_EXPORT_OPTIONS.filter, ...patch });
const loggedAt = (a: Achievement, createdAt: string): Achievement => ({ ...a, createdAt, updatedAt: createdAt });

describe('filtering by tag', () => {
  it('matches a tag the person typed with spaces around it and in another case', () => {
    const achievements = [
      achievement({ id: 'coached', title: 'Coached new starters', tags: ['Coaching'] }),
      achievement({ id: 'reported', title: 'Built the weekly report', tags: ['Reporting'] }),
    ];
    expect(ids(selectAchievements(achievements, filter({ tags: ['  COACHING  '] })))).toEqual(['coached']);
  });
});

describe('newest first, when the dates are the same', () => {
  const sameDay = '2025-01-15';

  it('puts the most recently logged first, whatever the titles say', () => {
    const later = loggedAt(achievement({ id: 'later', title: 'Zero-based budget review', date: sameDay }), '2026-03-01T10:00:00.000Z');
    const earlier = loggedAt(achievement({ id: 'earlier', title: 'Agile coaching', date: sameDay }), '2026-02-01T10:00:00.000Z');
    expect(compareNewestFirst(later, earlier)).toBe(-1);
    expect(compareNewestFirst(earlier, later)).toBe(1);
    expect(ids(orderAchievements([earlier, later], { order: 'newest', manualOrder: [] }))).toEqual(['later', 'earlier']);
    expect(ids(orderAchievements([later, earlier], { order: 'newest', manualOrder: [] }))).toEqual(['later', 'earlier']);
  });

  it('falls back to the id when date, logging time and title are all the same, and an achievement ties with itself', () => {
    const first = achievement({ id: 'a-1', title: 'Ran the audit', date: sameDay });
    const second = achievement({ id: 'a-2', title: 'Ran the audit', date: sameDay });
    expect(compareNewestFirst(first, second)).toBe(-1);
    expect(compareNewestFirst(second, first)).toBe(1);
    expect(compareNewestFirst(first, first)).toBe(0);
    expect(ids(orderAchievements([second, first], { order: 'newest', manualOrder: [] }))).toEqual(['a-1', 'a-2']);
    expect(ids(orderAchievements([first, second], { order: 'newest', manualOrder: [] }))).toEqual(['a-1', 'a-2']);
  });
});

describe('by hand', () => {
  const oldest = achievement({ id: 'oldest', title: 'Oldest', date: '2019-04-01' });
  const pinned = achievement({ id: 'pinned', title: 'Pinned', date: '2020-01-01' });
  const newest = achievement({ id: 'newest', title: 'Newest', date: '2025-06-01' });
  const middle = achievement({ id: 'middle', title: 'Middle', date: '2022-09-01' });

  it('sorts the achievements the person has not placed newest first, whatever order they arrive in', () => {
    const ordered = orderAchievements([oldest, pinned, newest, middle], { order: 'manual', manualOrder: ['pinned'] });
    expect(ids(ordered)).toEqual(['pinned', 'newest', 'middle', 'oldest']);
  });

  it('ignores a hand-made order left over once the person switches back to newest first', () => {
    const ordered = orderAchievements([oldest, pinned, newest, middle], { order: 'newest', manualOrder: ['oldest', 'pinned'] });
    expect(ids(ordered)).toEqual(['newest', 'middle', 'pinned', 'oldest']);
  });
});

describe('most relevant first, at the edges of the recency bands', () => {
  it('counts exactly five years before the newest as within five years, and a day more as older', () => {
    const scores = relevanceScores([
      achievement({ id: 'newest', title: 'Ran the PMO induction', date: '2026-02-10' }),
      achievement({ id: 'five-years', title: 'Ran the PMO induction', date: '2021-02-10' }),
      achievement({ id: 'a-day-more', title: 'Ran the PMO induction', date: '2021-02-09' }),
    ]);
    expect(['newest', 'five-years', 'a-day-more'].map((id) => scores.get(id)!.recency)).toEqual([2, 1, 0]);
  });

  it('measures whole years for dates before the year 1000 too', () => {
    const scores = relevanceScores([
      achievement({ id: 'newest', title: 'Ran the PMO induction', date: '1001-06-01' }),
      achievement({ id: 'two-years', title: 'Ran the PMO induction', date: '0999-06-01' }),
      achievement({ id: 'five-years', title: 'Ran the PMO induction', date: '0996-06-01' }),
      achievement({ id: 'older', title: 'Ran the PMO induction', date: '0996-05-31' }),
    ]);
    expect(['newest', 'two-years', 'five-years', 'older'].map((id) => scores.get(id)!.recency)).toEqual([2, 2, 1, 0]);
  });

  it('gives every achievement recency 0 when none is dated, and orders them by evidence alone', () => {
    const plain = achievement({ id: 'plain', title: 'Ran the PMO induction' });
    const numbered = achievement({ id: 'numbered', title: 'Closed 30 actions' });
    const scores = relevanceScores([plain, numbered]);
    expect([scores.get('plain'), scores.get('numbered')].map((s) => [s!.recency, s!.relevance])).toEqual([
      [0, 0],
      [0, 1],
    ]);
    expect(ids(orderAchievements([plain, numbered], { order: 'relevant', manualOrder: [] }))).toEqual(['numbered', 'plain']);
  });
});
