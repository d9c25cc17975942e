import { describe, expect, it } from 'vitest';
import {
  buildCvDocument,
  DEFAULT_EXPORT_OPTIONS,
  documentBullets,
  exportFileName,
  ExportOptionsSchema,
  impactScore,
  orderAchievements,
  relevanceScores,
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
      wrapText: false,
    });
    expect(ExportOptionsSchema.safeParse({ wrapText: 'yes' }).success).toBe(false);
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
    expect(ids(selectAchievements(achievements, filter({ from: '2020-07-15', to: '2025-09-12' })))).toEqual(['a-raid', 'a-onboard']);
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
    expect(impactScore(achievement({ id: 'plain', title: 'Ran the PMO induction' })).tier).toBe(0);
    // a-savings (£120,000) outranks a-rag (40%) only as a tie-break inside the "has metrics" tier;
    // a-raid, a-onboard and a-undated all quote numbers (newest first between them, undated last).
    expect(ids(orderAchievements(selected, { order: 'impact', manualOrder: [] }))).toEqual(['a-savings', 'a-rag', 'a-raid', 'a-onboard', 'a-undated']);
    const twoMetrics = achievement({ id: 'two', title: 'two', metrics: [{ value: 1, unit: '', measures: 'a' }, { value: 2, unit: '', measures: 'b' }] });
    expect(ids(orderAchievements([...selected, twoMetrics], { order: 'impact', manualOrder: [] }))[0]).toBe('two');
  });

  it('by hand: the listed order, unlisted ones after it newest first, unknown ids ignored', () => {
    const manual = orderAchievements(selected, { order: 'manual', manualOrder: ['a-undated', 'ghost', 'a-savings', 'a-undated'] });
    expect(ids(manual)).toEqual(['a-undated', 'a-savings', 'a-rag', 'a-raid', 'a-onboard']);
  });

  it('puts area groups in the order of their first bullet', () => {
    const document = buildCvDocument(cvFixturePlan(), { ...DEFAULT_EXPORT_OPTIONS, grouping: 'area', order: 'manual', manualOrder: ['a-savings', 'a-rag'] }, CV_TODAY);
    const section = document.sections[0]!;
    if (section.kind !== 'achievements') throw new Error('achievements first');
    expect(section.groups.map((g) => g.heading)).toEqual(['Business skills', 'Organisational skills', 'Leadership skills', 'Other achievements']);
    expect(ids(documentBullets(document))).toEqual(['a-savings', 'a-rag', 'a-raid', 'a-onboard', 'a-undated']);
  });
});

describe('most relevant first', () => {
  const metric = [{ value: 25, unit: '%', measures: 'faster' }];
  // The newest dated achievement is 2026-02-10: recency counts from there.
  const mix = [
    achievement({ id: 'old-plain', title: 'Ran the PMO induction', date: '2018-05-01' }),
    achievement({ id: 'undated-number', title: 'Closed 30 actions' }),
    achievement({ id: 'old-metrics', title: 'Cut costs', date: '2019-01-01', metrics: metric }),
    achievement({ id: 'recent-plain', title: 'Ran the PMO induction', date: '2026-02-10' }),
    achievement({ id: 'mid-metrics', title: 'Cut costs', date: '2023-01-01', metrics: metric }),
    achievement({ id: 'recent-metrics', title: 'Cut costs', date: '2026-01-01', metrics: metric }),
  ];

  it('scores impact and recency alike: evidence tier plus 2 (last 2 years), 1 (last 5) or 0', () => {
    const scores = relevanceScores(mix);
    expect(mix.map((a) => [a.id, scores.get(a.id)!.recency, scores.get(a.id)!.relevance])).toEqual([
      ['old-plain', 0, 0],
      ['undated-number', 0, 1],
      ['old-metrics', 0, 2],
      ['recent-plain', 2, 2],
      ['mid-metrics', 1, 3],
      ['recent-metrics', 2, 4],
    ]);
    // The bands include their first day: exactly 2 years before the newest still counts as recent.
    const edge = relevanceScores([achievement({ id: 'n', title: 'n', date: '2026-02-10' }), achievement({ id: 'e', title: 'e', date: '2024-02-10' }), achievement({ id: 'b', title: 'b', date: '2024-02-09' })]);
    expect([edge.get('e')!.recency, edge.get('b')!.recency]).toEqual([2, 1]);
  });

  it('orders by that score, then by impact (so old evidence beats a recent claim without a number), then newest', () => {
    expect(ids(orderAchievements(mix, { order: 'relevant', manualOrder: [] }))).toEqual(['recent-metrics', 'mid-metrics', 'old-metrics', 'recent-plain', 'undated-number', 'old-plain']);
  });

  it('keeps roles newest first and orders the bullets inside each role, so the least relevant are last to cut', () => {
    const section = buildCvDocument(cvFixturePlan(), { ...DEFAULT_EXPORT_OPTIONS, order: 'relevant' }, CV_TODAY).sections[0]!;
    if (section.kind !== 'achievements') throw new Error('achievements first');
    expect(section.groups.map((g) => [g.heading, ids(g.bullets)])).toEqual([
      ['Project Manager, Northwind Health', ['a-rag', 'a-raid']],
      // Newest first would put a-onboard first; a-savings has a metric, a-onboard only a number.
      ['Project Coordinator, Contoso Retail', ['a-savings', 'a-onboard']],
      ['Other achievements', ['a-undated']],
    ]);
  });
});

describe('extra sections', () => {
  it('lists passed certifications under "Certifications" and work in progress under its own heading; never considering or lapsed', () => {
    const sections = buildCvDocument(cvFixturePlan(), DEFAULT_EXPORT_OPTIONS, CV_TODAY).sections;
    const facts = (kind: string) => {
      const section = sections.find((s) => s.kind === kind);
      return section && (section.kind === 'certifications' || section.kind === 'in-progress') ? [section.heading, section.items.map((i) => [i.id, i.facts])] : null;
    };
    expect(facts('certifications')).toEqual([
      'Certifications',
      [
        ['c-prince', ['Passed March 2024', 'Credential ID GR656-123456', 'Valid until March 2027']],
        ['c-old', ['Passed May 2019', 'Expired May 2022']],
      ],
    ]);
    expect(facts('in-progress')).toEqual(['Certifications in progress', [['c-p3o', ['Exam booked for March 2027']], ['c-msp', ['Studying']]]]);
    const held = buildCvDocument(cvFixturePlan(), { ...DEFAULT_EXPORT_OPTIONS, certifications: 'held' }, CV_TODAY).sections.map((s) => s.kind);
    expect(held).toEqual(['achievements', 'certifications', 'skills']);
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
