import { describe, expect, it } from 'vitest';
import { buildCvDocument, certificationDetail, DEFAULT_EXPORT_OPTIONS, monthYear, skillLineText, type CvDocument, type ExportOptions } from '../../../shared/cv/export';
import { achievement, certification, planWith, skill } from '../../support/plan-builders';

/**
 * The CV document's details that every format shares: which certifications appear, in what order and
 * with what facts; which skills make the summary and with which keywords; and sections left out when
 * there is nothing to put in them.
 */

const TODAY = '2026-11-20';
const options = (extra: Partial<ExportOptions> = {}): ExportOptions => ({ ...DEFAULT_EXPORT_OPTIONS, ...extra });
const sectionOf = <K extends CvDocument['sections'][number]['kind']>(document: CvDocument, kind: K) =>
  document.sections.find((s) => s.kind === kind) as Extract<CvDocument['sections'][number], { kind: K }> | undefined;

describe('monthYear', () => {
  it('writes every month out, and leaves out a month that does not exist', () => {
    const months = Array.from({ length: 12 }, (_, i) => monthYear(`2024-${String(i + 1).padStart(2, '0')}-15`));
    expect(months).toEqual([
      'January 2024', 'February 2024', 'March 2024', 'April 2024', 'May 2024', 'June 2024',
      'July 2024', 'August 2024', 'September 2024', 'October 2024', 'November 2024', 'December 2024',
    ]);
    expect(monthYear('2024-13-01')).toBe('2024');
  });
});

describe('certifications on the CV', () => {
  const certs = [
    certification({ id: 'old', catalogId: 'prince2-7-foundation', status: 'passed', issuedOn: '2020-05-01', expiresOn: '2023-05-01' }),
    certification({ id: 'new', catalogId: null, customName: 'Agile PM', customBody: '  APMG  ', status: 'passed', issuedOn: '2025-02-01', expiresOn: '2026-11-20', credentialId: ' AG-1 ' }),
    certification({ id: 'undated', catalogId: null, customName: 'Risk basics', status: 'passed' }),
    certification({ id: 'studying', catalogId: 'pmp', status: 'studying' }),
    certification({ id: 'booked-late', catalogId: 'capm', status: 'exam-booked', examDate: '2027-03-01' }),
    certification({ id: 'booked-soon', catalogId: 'p3o-foundation', status: 'exam-booked', examDate: '2026-12-01' }),
    certification({ id: 'booked-undated', catalogId: 'p3o-foundation', status: 'exam-booked' }),
    certification({ id: 'planned', catalogId: 'pmp', status: 'planned' }),
    certification({ id: 'lapsed', catalogId: 'pmp', status: 'lapsed' }),
    certification({ id: 'gone', catalogId: 'no-longer-in-catalog', customName: 'Old one', status: 'passed', issuedOn: '2019-01-01' }),
  ];
  const document = (scope: ExportOptions['certifications']) => buildCvDocument(planWith({ certifications: certs }), options({ certifications: scope }), TODAY);

  it('lists what was earned newest first, and apart from it what is in progress: exams booked (latest date first), then studying', () => {
    const doc = document('held-and-in-progress');
    expect(sectionOf(doc, 'certifications')?.items.map((i) => i.id)).toEqual(['new', 'old', 'gone', 'undated']);
    expect(sectionOf(doc, 'in-progress')?.items.map((i) => i.id)).toEqual(['booked-late', 'booked-soon', 'booked-undated', 'studying']);
  });

  it('leaves work in progress out when only held ones are asked for, and both out for none', () => {
    expect(sectionOf(document('held'), 'in-progress')).toBeUndefined();
    expect(sectionOf(document('held'), 'certifications')?.items).toHaveLength(4);
    expect(document('none').sections.map((s) => s.kind)).toEqual(['achievements']);
  });

  it('gives each its issuer and plain facts', () => {
    const items = Object.fromEntries([...sectionOf(document('held-and-in-progress'), 'certifications')!.items, ...sectionOf(document('held-and-in-progress'), 'in-progress')!.items].map((i) => [i.id, i]));
    expect(items.old).toMatchObject({ issuer: 'PeopleCert (AXELOS)', facts: ['Passed May 2020', 'Expired May 2023'] });
    // Expiring today still counts as valid today.
    expect(items.new).toMatchObject({ name: 'Agile PM', issuer: 'APMG', credentialId: 'AG-1', facts: ['Passed February 2025', 'Credential ID AG-1', 'Valid until November 2026'] });
    expect(items.undated).toMatchObject({ issuer: '', facts: ['Passed'] });
    expect(items.gone).toMatchObject({ issuer: '', facts: ['Passed January 2019'] });
    expect(items['booked-soon']).toMatchObject({ facts: ['Exam booked for December 2026'] });
    expect(items['booked-undated']).toMatchObject({ facts: ['Exam booked'] });
    expect(items.studying).toMatchObject({ facts: ['Studying'] });
  });

  it('words the detail after a name the same way in every format', () => {
    const items = sectionOf(document('held'), 'certifications')!.items;
    expect(certificationDetail(items.find((i) => i.id === 'new')!)).toBe(', APMG. Passed February 2025. Credential ID AG-1. Valid until November 2026.');
    expect(certificationDetail(items.find((i) => i.id === 'undated')!)).toBe('. Passed.');
  });

  it('shows no certifications section at all when nothing qualifies', () => {
    const doc = buildCvDocument(planWith({ certifications: [certification({ id: 'p', catalogId: 'pmp', status: 'planned' })] }), options(), TODAY);
    expect(doc.sections.map((s) => s.kind)).toEqual(['achievements']);
  });
});

describe('the skills summary', () => {
  const skills = [
    skill({ id: 's-b', area: 'business', name: 'Budgets', currentLevel: 3 }),
    skill({ id: 's-a', area: 'business', name: 'Analysis', currentLevel: 3 }),
    skill({ id: 's-c', area: 'business', name: 'Contracts', currentLevel: 4 }),
    skill({ id: 's-aware', area: 'business', name: 'Aware only', currentLevel: 1 }),
    skill({ id: 's-lead', area: 'leadership', name: '  Coaching  ', currentLevel: 2 }),
  ];
  const tags = (id: string, tagList: string[], skillIds = ['s-b']) => achievement({ id, title: `Delivered ${id}`, skillIds, tags: tagList });

  it('lists skills from Practising up, best first, then by name, one line per area', () => {
    const doc = buildCvDocument(planWith({ skills, achievements: [] }), options(), TODAY);
    const lines = sectionOf(doc, 'skills')!.lines;
    expect(lines.map((l) => [l.area, l.skills.map((s) => s.name)])).toEqual([
      ['business', ['Contracts', 'Analysis', 'Budgets']],
      ['leadership', ['Coaching']],
    ]);
    expect(skillLineText(lines[0]!)).toBe('Contracts (Expert), Analysis (Proficient), Budgets (Proficient)');
  });

  it('takes keywords from the tags of the exported achievements that evidence the skill, once each, at most eight', () => {
    const achievements = [
      tags('a1', ['Reporting', ' power  bi ', '']),
      tags('a2', ['reporting', 'Governance', 'one', 'two', 'three', 'four', 'five', 'six']),
      tags('a3', ['Unrelated'], ['s-a']),
    ];
    const doc = buildCvDocument(planWith({ skills, achievements }), options(), TODAY);
    const budgets = sectionOf(doc, 'skills')!.lines[0]!.skills.find((s) => s.id === 's-b')!;
    expect(budgets.keywords).toEqual(['Reporting', 'power bi', 'Governance', 'one', 'two', 'three', 'four', 'five']);
  });

  it('shows no skills section when no skill reaches Practising, or when it is turned off', () => {
    const low = buildCvDocument(planWith({ skills: [skills[3]!] }), options(), TODAY);
    expect(sectionOf(low, 'skills')).toBeUndefined();
    const off = buildCvDocument(planWith({ skills }), options({ skillsSummary: false }), TODAY);
    expect(sectionOf(off, 'skills')).toBeUndefined();
  });
});

describe('grouping without roles', () => {
  it('one list has one group with no heading; by area, achievements without an area come under Other achievements', () => {
    const achievements = [achievement({ id: 'a1', title: 'One', area: 'business' }), achievement({ id: 'a2', title: 'Two' })];
    const one = buildCvDocument(planWith({ achievements }), options({ grouping: 'none', order: 'manual', manualOrder: ['a1', 'a2'] }), TODAY);
    expect(sectionOf(one, 'achievements')!.groups.map((g) => [g.heading, g.bullets.length])).toEqual([[null, 2]]);
    const byArea = buildCvDocument(planWith({ achievements }), options({ grouping: 'area', order: 'manual', manualOrder: ['a1', 'a2'] }), TODAY);
    expect(sectionOf(byArea, 'achievements')!.groups.map((g) => [g.key, g.heading])).toEqual([
      ['area:business', 'Business skills'],
      ['area:none', 'Other achievements'],
    ]);
    expect(sectionOf(byArea, 'achievements')!.heading).toBe('Achievements');
  });
});
