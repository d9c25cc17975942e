import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCvDocument, buildJsonResume, DEFAULT_EXPORT_OPTIONS } from '../../../shared/cv/export';
import { currentRole, roleDates, roleHeading, rolesNewestFirst, shortMonth } from '../../../shared/cv/export/work-history';
import type { Role } from '../../../shared/model';
import { arbitraryPlan } from '../../support/arbitraries';
import { achievement, planWith, role } from '../../support/plan-builders';

const TODAY = '2026-12-01';

describe('role dates and headings', () => {
  it('reads as a CV gives them', () => {
    expect(shortMonth('2021-03')).toBe('Mar 2021');
    expect(roleDates({ startMonth: '2021-03', endMonth: null, current: true })).toBe('Mar 2021 – present');
    expect(roleDates({ startMonth: '2018-01', endMonth: '2021-02', current: false })).toBe('Jan 2018 – Feb 2021');
    expect(roleDates({ startMonth: '2021-03', endMonth: null, current: false })).toBe('from Mar 2021');
    expect(roleDates({ startMonth: null, endMonth: '2021-02', current: false })).toBe('until Feb 2021');
    expect(roleDates({ startMonth: null, endMonth: null, current: true })).toBe('to present');
    expect(roleDates({ startMonth: null, endMonth: null, current: false })).toBe('');
    expect(roleHeading({ title: ' Project  Manager ', organisation: 'Northwind Health' })).toBe('Project Manager, Northwind Health');
    expect(roleHeading({ title: '', organisation: 'Northwind Health' })).toBe('Northwind Health');
    expect(roleHeading({ title: '  ', organisation: '' })).toBeNull();
  });
});

describe('the work history order', () => {
  const roles = [
    role({ id: 'undated', title: 'Volunteer' }),
    role({ id: 'old', title: 'Analyst', startMonth: '2012-01', endMonth: '2015-06' }),
    role({ id: 'now', title: 'PMO Lead', startMonth: '2022-01', current: true }),
    role({ id: 'recent', title: 'PM', startMonth: '2016-01', endMonth: '2021-12' }),
  ];

  it('puts the role the person is in now first, then by when each ended, undated last', () => {
    expect(rolesNewestFirst(roles).map((r) => r.id)).toEqual(['now', 'recent', 'old', 'undated']);
    expect(currentRole(roles)?.id).toBe('now');
    expect(currentRole(roles.filter((r) => !r.current))).toBeNull();
  });

  it('is a total order: any shuffle of the same roles sorts the same', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(roles, { minLength: roles.length }), (shuffled: Role[]) => {
        expect(rolesNewestFirst(shuffled).map((r) => r.id)).toEqual(rolesNewestFirst(roles).map((r) => r.id));
      }),
    );
  });
});

describe('exports by role', () => {
  const plan = planWith({
    roles: [role({ id: 'r-old', title: 'Analyst', organisation: 'Acme', startMonth: '2015-01', endMonth: '2018-06' }), role({ id: 'r-now', title: 'PMO Lead', organisation: 'Contoso', location: 'Leeds', startMonth: '2022-01', current: true })],
    achievements: [
      achievement({ id: 'a1', title: 'Set up the risk log', date: '2016-03-01', roleId: 'r-old', cvBullet: 'Set up the first risk log.' }),
      achievement({ id: 'a2', title: 'Quick win', date: null, cvBullet: 'Ran a lessons-learned review.' }),
      achievement({ id: 'a3', title: 'Board pack', date: '2023-05-01', roleId: 'r-now', cvBullet: 'Cut board-pack preparation from 3 days to 1.' }),
      achievement({ id: 'a4', title: 'Gone role', roleId: 'r-deleted', cvBullet: 'Mentored two analysts.' }),
    ],
  });

  it('groups newest role first with dates, and achievements in no role (or a role since deleted) last', () => {
    const document = buildCvDocument(plan, DEFAULT_EXPORT_OPTIONS, TODAY);
    const section = document.sections.find((s) => s.kind === 'achievements');
    expect(section?.kind === 'achievements' && section.groups.map((g) => [g.heading, g.role?.dates ?? null, g.bullets.map((b) => b.id)])).toEqual([
      ['PMO Lead, Contoso', 'Jan 2022 – present', ['a3']],
      ['Analyst, Acme', 'Jan 2015 – Jun 2018', ['a1']],
      // Both undated and logged together: newest first falls back to the title.
      ['Other achievements', null, ['a4', 'a2']],
    ]);
  });

  it('gives JSON Resume the same work history whatever the grouping, with its dates', () => {
    for (const grouping of ['role', 'area', 'none'] as const) {
      const resume = buildJsonResume(buildCvDocument(plan, { ...DEFAULT_EXPORT_OPTIONS, grouping }, TODAY));
      expect(resume.work).toEqual([
        { name: 'Contoso', position: 'PMO Lead', location: 'Leeds', startDate: '2022-01', highlights: ['Cut board-pack preparation from 3 days to 1.'] },
        { name: 'Acme', position: 'Analyst', startDate: '2015-01', endDate: '2018-06', highlights: ['Set up the first risk log.'] },
        { highlights: ['Mentored two analysts.', 'Ran a lessons-learned review.'] },
      ]);
    }
  });

  it('for any plan, the CV’s role groups and JSON Resume’s work entries hold the same bullets in the same order', () => {
    fc.assert(
      fc.property(arbitraryPlan(), (anyPlan) => {
        const document = buildCvDocument(anyPlan, DEFAULT_EXPORT_OPTIONS, TODAY);
        const section = document.sections.find((s) => s.kind === 'achievements');
        const groups = section?.kind === 'achievements' ? section.groups.map((g) => g.bullets.map((b) => b.text)) : [];
        expect(buildJsonResume(document).work.map((w) => w.highlights)).toEqual(groups);
      }),
      { numRuns: 100 },
    );
  });
});
