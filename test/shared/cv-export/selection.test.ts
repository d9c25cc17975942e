import { describe, expect, it } from 'vitest';
import {
  buildCvDocument,
  DEFAULT_EXPORT_OPTIONS,
  documentBullets,
  exportFileName,
  ExportOptionsSchema,
  impactScore,
  orderAchievements,
  selectAchievements,
  type ExportOptions,
} from '../../../shared/cv/export';
import { PlanSchema } from '../../../shared/model';
import { achievement } from '../../support/plan-builders';
import { CV_TODAY, cvFixturePlan } from '../../support/cv-fixture';

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
const filter = (patch: Partial<ExportOptions['filter']>) => ({ ...DEFAULT_EXPORT_OPTIONS.filter, ...patch });

describe('export options', () => {
  it('fill every field from defaults and refuse nonsense', () => {
    expect(ExportOptionsSchema.parse({})).toEqual({
      filter: { from: null, to: null, areas: [], skillIds: [], tags: [] },
      order: 'newest',
      manualOrder: [],
      grouping: 'role',
      certifications: 'held-and-in-progress',
      skillsSummary: true,
      pageSize: null,
    });
    expect(ExportOptionsSchema.safeParse({ order: 'random' }).success).toBe(false);
    expect(ExportOptionsSchema.safeParse({ filter: { from: '2026-13-01' } }).success).toBe(false);
    expect(ExportOptionsSchema.safeParse({ pageSize: 'A3' }).success).toBe(false);
  });

  it('take the page size from the profile unless one is chosen', () => {
    const plan = cvFixturePlan();
    const letterProfile = PlanSchema.parse({ ...plan, profile: { ...plan.profile, cvPageSize: 'Letter' } });
    expect(buildCvDocument(letterProfile, DEFAULT_EXPORT_OPTIONS, CV_TODAY).pageSize).toBe('Letter');
    expect(buildCvDocument(letterProfile, { ...DEFAULT_EXPORT_OPTIONS, pageSize: 'A4' }, CV_TODAY).pageSize).toBe('A4');
  });
});

describe('selecting achievements', () => {
  const achievements = cvFixturePlan().achievements;

  it('takes every achievement marked for the CV, and only those', () => {
    expect(ids(selectAchievements(achievements, filter({})))).toEqual(['a-rag', 'a-raid', 'a-savings', 'a-onboard', 'a-undated']);
  });

  it('filters by an inclusive date range, dropping undated achievements', () => {
    expect(ids(selectAchievements(achievements, filter({ from: '2024-07-15', to: '2025-09-12' })))).toEqual(['a-raid', 'a-onboard']);
    expect(ids(selectAchievements(achievements, filter({ from: '2026-01-01' })))).toEqual(['a-rag']);
  });

  it('filters by area, skill and tag (any case), each "any of"', () => {
    expect(ids(selectAchievements(achievements, filter({ areas: ['business', 'leadership'] })))).toEqual(['a-savings', 'a-onboard']);
    expect(ids(selectAchievements(achievements, filter({ skillIds: ['sk-raid'] })))).toEqual(['a-rag', 'a-raid']);
    expect(ids(selectAchievements(achievements, filter({ tags: ['POWER BI', 'coaching'] })))).toEqual(['a-rag', 'a-onboard']);
  });
});

describe('ordering achievements', () => {
  const selected = selectAchievements(cvFixturePlan().achievements, filter({}));

  it('newest first: dated before undated', () => {
    expect(ids(orderAchievements(selected, { order: 'newest', manualOrder: [] }))).toEqual(['a-rag', 'a-raid', 'a-onboard', 'a-savings', 'a-undated']);
  });

  it('by impact: metrics, then a number in the bullet, then none; more metrics, then larger magnitude', () => {
    expect(impactScore(selected.find((a) => a.id === 'a-savings')!)).toEqual({ tier: 2, metricCount: 1, magnitude: 120000 });
    expect(impactScore(selected.find((a) => a.id === 'a-raid')!).tier).toBe(1);
    expect(impactScore(selected.find((a) => a.id === 'a-onboard')!).tier).toBe(0);
    // a-savings (£120,000) outranks a-rag (40%) only as a tie-break inside the "has metrics" tier;
    // a-raid and a-undated both quote numbers (newest first between them); a-onboard has none.
    expect(ids(orderAchievements(selected, { order: 'impact', manualOrder: [] }))).toEqual(['a-savings', 'a-rag', 'a-raid', 'a-undated', 'a-onboard']);
    const twoMetrics = achievement({ id: 'two', title: 'two', metrics: [{ value: 1, unit: '', measures: 'a' }, { value: 2, unit: '', measures: 'b' }] });
    expect(ids(orderAchievements([...selected, twoMetrics], { order: 'impact', manualOrder: [] }))[0]).toBe('two');
  });

  it('by hand: the listed order, unlisted ones after it newest first, unknown ids ignored', () => {
    const manual = orderAchievements(selected, { order: 'manual', manualOrder: ['a-undated', 'ghost', 'a-savings', 'a-undated'] });
    expect(ids(manual)).toEqual(['a-undated', 'a-savings', 'a-rag', 'a-raid', 'a-onboard']);
  });

  it('puts groups in the order of their first bullet', () => {
    const plan = cvFixturePlan();
    const document = buildCvDocument(plan, { ...DEFAULT_EXPORT_OPTIONS, order: 'manual', manualOrder: ['a-savings', 'a-rag'] }, CV_TODAY);
    const section = document.sections[0]!;
    if (section.kind !== 'achievements') throw new Error('achievements first');
    expect(section.groups.map((g) => g.heading)).toEqual(['Project Coordinator, Contoso Retail', 'Project Manager, Northwind Health', 'Other achievements']);
    expect(ids(documentBullets(document))).toEqual(['a-savings', 'a-onboard', 'a-rag', 'a-raid', 'a-undated']);
  });

  it('groups organisation and role case-insensitively', () => {
    const plan = cvFixturePlan();
    const mixed = PlanSchema.parse({
      ...plan,
      achievements: [
        achievement({ id: 'x1', title: 'x1', date: '2026-01-02', organisation: 'Acme Ltd', role: 'PMO Analyst' }),
        achievement({ id: 'x2', title: 'x2', date: '2026-01-01', organisation: ' acme  ltd', role: 'pmo analyst' }),
      ],
    });
    const section = buildCvDocument(mixed, DEFAULT_EXPORT_OPTIONS, CV_TODAY).sections[0]!;
    expect(section.kind === 'achievements' && section.groups.map((g) => [g.heading, g.bullets.length])).toEqual([['PMO Analyst, Acme Ltd', 2]]);
  });
});

describe('extra sections', () => {
  it('lists passed certifications first, then exam booked, then studying; never considering or lapsed', () => {
    const section = buildCvDocument(cvFixturePlan(), DEFAULT_EXPORT_OPTIONS, CV_TODAY).sections.find((s) => s.kind === 'certifications');
    expect(section?.kind === 'certifications' && section.items.map((i) => [i.id, i.facts])).toEqual([
      ['c-prince', ['Passed March 2024', 'Credential ID GR656-123', 'Valid until March 2027']],
      ['c-old', ['Passed May 2019', 'Expired May 2022']],
      ['c-p3o', ['Exam booked for January 2027']],
      ['c-msp', ['Studying']],
    ]);
    const held = buildCvDocument(cvFixturePlan(), { ...DEFAULT_EXPORT_OPTIONS, certifications: 'held' }, CV_TODAY).sections.find((s) => s.kind === 'certifications');
    expect(held?.kind === 'certifications' && held.items.map((i) => i.id)).toEqual(['c-prince', 'c-old']);
    const none = buildCvDocument(cvFixturePlan(), { ...DEFAULT_EXPORT_OPTIONS, certifications: 'none', skillsSummary: false }, CV_TODAY);
    expect(none.sections.map((s) => s.kind)).toEqual(['achievements']);
  });

  it('summarises skills at "Practising" or above, strongest first, with keywords from the exported achievements\' tags', () => {
    const section = buildCvDocument(cvFixturePlan(), DEFAULT_EXPORT_OPTIONS, CV_TODAY).sections.find((s) => s.kind === 'skills');
    expect(section?.kind === 'skills' && section.lines.map((l) => [l.label, l.skills.map((s) => [s.name, s.levelLabel, s.keywords])])).toEqual([
      ['Leadership skills', [['Stakeholder management', 'Practising', ['coaching']]]],
      ['Organisational skills', [['Status reporting', 'Expert', ['Reporting', 'Power BI']], ['RAID management', 'Proficient', ['Reporting', 'Power BI', 'governance']]]],
    ]);
  });
});

describe('file names', () => {
  it('say what, whose and when, with characters no file system accepts removed', () => {
    expect(exportFileName('Alex Morgan', 'docx', '2026-11-20')).toBe('Achievements - Alex Morgan - 2026-11.docx');
    expect(exportFileName('', 'json', '2026-11-20')).toBe('Achievements - 2026-11.json');
    expect(exportFileName('A/B: "C"?.', 'pdf', '2026-01-02')).toBe('Achievements - A B C - 2026-01.pdf');
  });
});
