import { describe, expect, it } from 'vitest';
import { findingsFromLines, initialMarks, withAchievementRole, withLineKind, type CvLine, type CvLineMark } from '../../../shared/cv-import/cv-lines';
import { nearlySameText } from '../../../shared/cv-import/duplicates';
import { importCounts, startReview } from '../../../shared/cv-import/review';
import { importChange } from '../../../shared/cv-import/to-change';
import { PlanChangeSchema, PlanSchema, applyPlanChange, createEmptyPlan } from '../../../shared/model';
import { FIXED_NOW } from '../../support/plan-builders';

const clock = { now: FIXED_NOW, today: '2026-12-01' };

/** A Word CV as main reads it: three jobs, each a heading and its bullets, then skills and certificates. */
const LINES: CvLine[] = [
  { text: 'Sam Patel', kind: 'heading' }, // 0
  { text: 'PMO Analyst, Acme Ltd', kind: 'heading' }, // 1
  { text: 'Cut the monthly reporting cycle from ten days to four', kind: 'bullet' }, // 2
  { text: 'Set up the RAID log for the portfolio', kind: 'bullet' }, // 3
  { text: 'Project Support Officer, Borealis', kind: 'heading' }, // 4
  { text: 'Ran the weekly project board', kind: 'bullet' }, // 5
  { text: 'Kept the plan on a page up to date', kind: 'bullet' }, // 6
  { text: 'Administrator, Cobalt Council', kind: 'heading' }, // 7
  { text: 'Booked the rooms for the programme board', kind: 'bullet' }, // 8
  { text: 'Skills', kind: 'paragraph' }, // 9
  { text: 'Stakeholder management', kind: 'paragraph' }, // 10
  { text: 'PRINCE2 Practitioner', kind: 'paragraph' }, // 11
];

const ach = (roleLine: number | null): CvLineMark => ({ as: 'achievement', roleLine });
const IGNORE: CvLineMark = { as: 'ignore' };
const ROLE: CvLineMark = { as: 'role' };

/** The role line of each achievement line, by index (undefined for other lines). */
const rolesOf = (marks: readonly CvLineMark[]) => marks.map((m) => (m.as === 'achievement' ? m.roleLine : undefined));

describe('where marking starts', () => {
  it('marks bullets as achievements with no role, and everything else as ignore', () => {
    expect(initialMarks(LINES)).toEqual([IGNORE, IGNORE, ach(null), ach(null), IGNORE, ach(null), ach(null), IGNORE, ach(null), IGNORE, IGNORE, IGNORE]);
    expect(initialMarks([])).toEqual([]);
  });
});

describe('marking a line', () => {
  it('makes a new role the role of the achievements below it that had none', () => {
    const marks = withLineKind(initialMarks(LINES), 1, 'role');
    expect(marks[1]).toEqual(ROLE);
    // No other role line yet, so every achievement below takes it.
    expect(rolesOf(marks)).toEqual([undefined, undefined, 1, 1, undefined, 1, 1, undefined, 1, undefined, undefined, undefined]);
  });

  it('stops at the next role line', () => {
    // The Borealis role is marked first, then Acme above it: Acme takes only lines 2 and 3.
    const marks = withLineKind(withLineKind(initialMarks(LINES), 4, 'role'), 1, 'role');
    expect(rolesOf(marks)).toEqual([undefined, undefined, 1, 1, undefined, 4, 4, undefined, 4, undefined, undefined, undefined]);
  });

  it('hands a second role lower down only the achievements below it that pointed at the role above', () => {
    let marks = withLineKind(initialMarks(LINES), 1, 'role');
    marks = withLineKind(marks, 7, 'role');
    expect(rolesOf(marks)).toEqual([undefined, undefined, 1, 1, undefined, 1, 1, undefined, 7, undefined, undefined, undefined]);
    // The person puts line 6 in the Cobalt role by hand; marking Borealis must not take it from there.
    marks = withAchievementRole(marks, 6, 7);
    marks = withLineKind(marks, 4, 'role');
    expect(rolesOf(marks)).toEqual([undefined, undefined, 1, 1, undefined, 4, 7, undefined, 7, undefined, undefined, undefined]);
  });

  it('hands the achievements of an unmarked role to the role above, or to none', () => {
    let marks = withLineKind(withLineKind(initialMarks(LINES), 1, 'role'), 4, 'role');
    expect(rolesOf(marks)).toEqual([undefined, undefined, 1, 1, undefined, 4, 4, undefined, 4, undefined, undefined, undefined]);
    marks = withLineKind(marks, 4, 'ignore');
    expect(marks[4]).toEqual(IGNORE);
    expect(rolesOf(marks)).toEqual([undefined, undefined, 1, 1, undefined, 1, 1, undefined, 1, undefined, undefined, undefined]);
    marks = withLineKind(marks, 1, 'ignore');
    expect(rolesOf(marks)).toEqual([undefined, undefined, null, null, undefined, null, null, undefined, null, undefined, undefined, undefined]);
  });

  it('hands back also an achievement the person had put in that role by hand, from anywhere', () => {
    let marks = withLineKind(withLineKind(initialMarks(LINES), 1, 'role'), 7, 'role');
    marks = withAchievementRole(marks, 2, 7);
    marks = withLineKind(marks, 7, 'ignore');
    // The role above line 7 is Acme (line 1).
    expect(rolesOf(marks)).toEqual([undefined, undefined, 1, 1, undefined, 1, 1, undefined, 1, undefined, undefined, undefined]);
  });

  it('gives a newly marked achievement the nearest role above it, or none', () => {
    let marks = withLineKind(withLineKind(initialMarks(LINES), 1, 'role'), 4, 'role');
    marks = withLineKind(marks, 9, 'achievement');
    expect(marks[9]).toEqual(ach(4));
    marks = withLineKind(marks, 0, 'achievement');
    expect(marks[0]).toEqual(ach(null));
  });

  it('changes nothing else when a line is marked as a skill or a certification, and leaves the marks it was given alone', () => {
    const start = withLineKind(initialMarks(LINES), 1, 'role');
    const copy = structuredClone(start);
    const marks = withLineKind(withLineKind(start, 10, 'skill'), 11, 'certification');
    expect(marks).toEqual([...start.slice(0, 10), { as: 'skill' }, { as: 'certification' }]);
    expect(start).toEqual(copy);
  });

  it('changes nothing when the line already has that kind, or there is no such line', () => {
    const start = withLineKind(initialMarks(LINES), 1, 'role');
    expect(withLineKind(start, 1, 'role')).toEqual(start);
    expect(withLineKind(start, 2, 'achievement')).toEqual(start);
    expect(withLineKind(start, 99, 'role')).toEqual(start);
  });
});

describe("choosing an achievement's role", () => {
  const marks = withLineKind(withLineKind(initialMarks(LINES), 1, 'role'), 4, 'role');

  it('sets a role line or none', () => {
    expect(withAchievementRole(marks, 2, 4)[2]).toEqual(ach(4));
    expect(withAchievementRole(marks, 5, null)[5]).toEqual(ach(null));
    // Only that line changes.
    const next = withAchievementRole(marks, 2, 4);
    expect(next.filter((_, i) => i !== 2)).toEqual(marks.filter((_, i) => i !== 2));
  });

  it('refuses a line that is not a role, and a line that is not an achievement', () => {
    expect(withAchievementRole(marks, 2, 3)).toEqual(marks);
    expect(withAchievementRole(marks, 2, 0)).toEqual(marks);
    expect(withAchievementRole(marks, 2, 42)).toEqual(marks);
    expect(withAchievementRole(marks, 4, 1)).toEqual(marks);
    expect(withAchievementRole(marks, 10, 1)).toEqual(marks);
  });
});

describe('the marked lines as findings', () => {
  let marks = initialMarks(LINES);
  for (const line of [1, 4, 7]) marks = withLineKind(marks, line, 'role');
  marks = withLineKind(marks, 10, 'skill');
  marks = withLineKind(marks, 11, 'certification');
  marks = withLineKind(marks, 8, 'ignore');
  marks = withAchievementRole(marks, 6, null);

  it('turns role lines into roles and achievement lines into achievements in their role', () => {
    const f = findingsFromLines(LINES, marks);
    expect(f.source).toBe('docx');
    expect(f.roles.map((r) => [r.title, r.organisation, r.startMonth, r.endMonth, r.current])).toEqual([
      ['PMO Analyst, Acme Ltd', '', null, null, false],
      ['Project Support Officer, Borealis', '', null, null, false],
      ['Administrator, Cobalt Council', '', null, null, false],
    ]);
    const [acme, borealis] = f.roles;
    expect(f.achievements.map((a) => [a.text, a.title, a.roleKey])).toEqual([
      ['Cut the monthly reporting cycle from ten days to four', 'Cut the monthly reporting cycle from ten days to four', acme!.key],
      ['Set up the RAID log for the portfolio', 'Set up the RAID log for the portfolio', acme!.key],
      ['Ran the weekly project board', 'Ran the weekly project board', borealis!.key],
      ['Kept the plan on a page up to date', 'Kept the plan on a page up to date', null],
    ]);
    expect(new Set(f.achievements.map((a) => a.key)).size).toBe(4);
  });

  it('matches skill and certification lines to the catalog', () => {
    const f = findingsFromLines(LINES, marks);
    expect(f.skills).toEqual([expect.objectContaining({ name: 'Stakeholder management', catalogId: 'stakeholder-management', area: 'leadership' })]);
    expect(f.certifications).toHaveLength(1);
    expect(f.certifications[0]!.name).toBe('PRINCE2 Practitioner');
    expect(f.certifications[0]!.catalogId).toContain('prince2');
    expect(f.certifications[0]!.catalogId).toContain('practitioner');
  });

  it('leaves out the lines marked ignore', () => {
    const f = findingsFromLines(LINES, marks);
    const texts = [...f.roles.map((r) => r.title), ...f.achievements.map((a) => a.text), ...f.skills.map((s) => s.name), ...f.certifications.map((c) => c.name)];
    for (const ignored of [0, 8, 9]) expect(texts).not.toContain(LINES[ignored]!.text);
    expect(texts).toHaveLength(3 + 4 + 1 + 1);
  });

  it('gives an achievement whose role line is no longer a role no role', () => {
    const stale: CvLineMark[] = [IGNORE, IGNORE, ach(1)];
    expect(findingsFromLines(LINES.slice(0, 3), stale).achievements.map((a) => a.roleKey)).toEqual([null]);
  });

  it('shortens a long line to the limits a title and a bullet have', () => {
    const long = Array.from({ length: 500 }, (_, i) => `word${i}`).join(' ');
    const f = findingsFromLines([{ text: long, kind: 'bullet' }], [ach(null)]);
    expect(f.achievements[0]!.title.length).toBeLessThanOrEqual(200);
    expect(f.achievements[0]!.text.length).toBeLessThanOrEqual(2000);
    expect(f.achievements[0]!.title.endsWith('…')).toBe(true);
  });

  it('imports into the plan with each achievement in the role it was marked with', () => {
    const f = findingsFromLines(LINES, marks);
    const review = startReview(f, createEmptyPlan(FIXED_NOW));
    expect(importCounts(review)).toEqual({ roles: 3, achievements: 4, certifications: 1, skills: 1, profileFields: 0 });
    let n = 0;
    const change = importChange(review.findings, review.selection, review.existing, () => `doc-${++n}`);
    const plan = PlanSchema.parse(applyPlanChange(createEmptyPlan(FIXED_NOW), PlanChangeSchema.parse(change), clock));
    const roleTitle = (id: string | null) => plan.roles.find((r) => r.id === id)?.title ?? null;
    expect(plan.achievements.map((a) => [a.title, roleTitle(a.roleId)])).toEqual([
      ['Cut the monthly reporting cycle from ten days to four', 'PMO Analyst, Acme Ltd'],
      ['Set up the RAID log for the portfolio', 'PMO Analyst, Acme Ltd'],
      ['Ran the weekly project board', 'Project Support Officer, Borealis'],
      ['Kept the plan on a page up to date', null],
    ]);
  });
});

describe('near-identical lines', () => {
  it('counts lines that differ only in case and punctuation', () => {
    expect(nearlySameText('Cut the reporting cycle by 40%.', 'cut the REPORTING cycle, by 40')).toBe(true);
  });

  it('counts a line the person extended, when the shorter has five or more words all in the longer', () => {
    const before = 'Introduced a stage-gate process for every project';
    const after = 'Introduced a stage-gate process for every project in six months';
    expect(nearlySameText(before, after)).toBe(true);
    expect(nearlySameText(after, before)).toBe(true);
    // Exactly five words contained still counts.
    expect(nearlySameText('Ran the weekly portfolio board', 'Ran the weekly portfolio board for the whole directorate')).toBe(true);
  });

  it('does not count a short line contained in a longer one', () => {
    expect(nearlySameText('Managed the budget', 'Managed the budget for the regional transformation programme')).toBe(false);
    expect(nearlySameText('Ran the weekly board', 'Ran the weekly board for the whole directorate')).toBe(false);
  });

  it('does not count different lines', () => {
    expect(nearlySameText('Ran the weekly project board', 'Delivered a new risk register for the portfolio')).toBe(false);
    expect(nearlySameText('Cut the reporting cycle from ten days to four', 'Cut the reporting cycle from ten days to nine')).toBe(false);
    expect(nearlySameText('', '')).toBe(false);
    expect(nearlySameText('!!!', 'Ran the board')).toBe(false);
  });
});
