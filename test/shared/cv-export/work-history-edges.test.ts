import { describe, expect, it } from 'vitest';
import { buildCvDocument, DEFAULT_EXPORT_OPTIONS } from '../../../shared/cv/export';
import { rolesNewestFirst, shortMonth } from '../../../shared/cv/export/work-history';
import type { Role } from '../../../shared/model';
import { achievement, planWith, role } from '../../support/plan-builders';

/**
 * The edges of the work history: a month string without a usable month still gives its year; the role
 * order's tie-breaks (an open-ended role, the end month before the start month, a missing start month,
 * then the order the roles were added), each checked from both starting orders; and the "by role"
 * groups a CV document builds: one per role that has an exported achievement, keyed by role.
 */

const TODAY = '2026-12-01';
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
const addedAt = (r: Role, createdAt: string): Role => ({ ...r, createdAt, updatedAt: createdAt });

/** The order of two roles sorted from either starting order (they must agree). */
const sortedBothWays = (x: Role, y: Role) => [ids(rolesNewestFirst([x, y])), ids(rolesNewestFirst([y, x]))];

describe('short month', () => {
  it('gives the year alone when the month part is missing or not a month', () => {
    expect(shortMonth('2021')).toBe('2021');
    expect(shortMonth('2021-13')).toBe('2021');
  });
});

describe('the order of roles that ended', () => {
  it('puts a role with only a start month ahead of one that ended before it began', () => {
    const open = role({ id: 'open', title: 'Consultant', startMonth: '2024-01' });
    const closed = role({ id: 'closed', title: 'Project Manager', startMonth: '2018-01', endMonth: '2021-02' });
    expect(sortedBothWays(open, closed)).toEqual([
      ['open', 'closed'],
      ['open', 'closed'],
    ]);
  });

  it('goes by the end month first: the role that ended later leads even if it started earlier', () => {
    const endedLater = role({ id: 'ended-later', title: 'Programme Manager', startMonth: '2015-01', endMonth: '2023-06' });
    const startedLater = role({ id: 'started-later', title: 'Project Manager', startMonth: '2018-01', endMonth: '2021-02' });
    expect(sortedBothWays(startedLater, endedLater)).toEqual([
      ['ended-later', 'started-later'],
      ['ended-later', 'started-later'],
    ]);
  });

  it('with the same end month, puts the later start first', () => {
    const shorter = role({ id: 'shorter', title: 'PMO Analyst', startMonth: '2019-01', endMonth: '2021-02' });
    const longer = role({ id: 'longer', title: 'Project Support', startMonth: '2016-01', endMonth: '2021-02' });
    expect(sortedBothWays(longer, shorter)).toEqual([
      ['shorter', 'longer'],
      ['shorter', 'longer'],
    ]);
  });

  it('with the same end month, puts a role with a start month ahead of one without', () => {
    const noStart = role({ id: 'no-start', title: 'Contractor', endMonth: '2021-02' });
    const withStart = role({ id: 'with-start', title: 'Project Manager', startMonth: '2019-01', endMonth: '2021-02' });
    expect(sortedBothWays(noStart, withStart)).toEqual([
      ['with-start', 'no-start'],
      ['with-start', 'no-start'],
    ]);
  });

  it('with the same dates, keeps the role added first ahead', () => {
    const addedFirst = addedAt(role({ id: 'added-first', title: 'Bid Manager', startMonth: '2019-01', endMonth: '2021-02' }), '2026-01-01T09:00:00.000Z');
    const addedSecond = addedAt(role({ id: 'added-second', title: 'Account Manager', startMonth: '2019-01', endMonth: '2021-02' }), '2026-02-01T09:00:00.000Z');
    expect(sortedBothWays(addedSecond, addedFirst)).toEqual([
      ['added-first', 'added-second'],
      ['added-first', 'added-second'],
    ]);
  });
});

describe('the groups of a CV document', () => {
  const plan = planWith({
    roles: [
      role({ id: 'r-now', title: 'PMO Lead', organisation: 'Contoso', startMonth: '2022-01', current: true }),
      role({ id: 'r-old', title: 'Analyst', organisation: 'Acme', startMonth: '2015-01', endMonth: '2018-06' }),
    ],
    achievements: [
      achievement({ id: 'a-board', title: 'Board pack', date: '2023-05-01', roleId: 'r-now', cvBullet: 'Cut board-pack preparation from 3 days to 1.' }),
      achievement({ id: 'a-review', title: 'Review', cvBullet: 'Ran a lessons-learned review.' }),
    ],
  });

  it('by role: one group per role with an exported achievement, keyed by the role, and none for a role without', () => {
    const section = buildCvDocument(plan, DEFAULT_EXPORT_OPTIONS, TODAY).sections[0]!;
    if (section.kind !== 'achievements') throw new Error('achievements first');
    expect(section.groups.map((g) => [g.key, g.heading, ids(g.bullets)])).toEqual([
      ['role:r-now', 'PMO Lead, Contoso', ['a-board']],
      ['role:none', 'Other achievements', ['a-review']],
    ]);
  });

  it('as one list: a single group keyed "all" with no heading', () => {
    const section = buildCvDocument(plan, { ...DEFAULT_EXPORT_OPTIONS, grouping: 'none' }, TODAY).sections[0]!;
    if (section.kind !== 'achievements') throw new Error('achievements first');
    expect(section.groups.map((g) => [g.key, g.heading, ids(g.bullets)])).toEqual([['all', null, ['a-board', 'a-review']]]);
  });
});
