import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROFILE_FIELDS, type FoundProfile, type ImportFindings } from '../../../shared/cv-import/findings';
import { readJsonResume } from '../../../shared/cv-import/json-resume';
import {
  describeImportCounts,
  importCounts,
  offeredProfileFields,
  reviewProblems,
  skillsNeedingArea,
  startReview,
  withItemEdited,
  withProfileField,
  withProfileValue,
  withSkillArea,
  withTicked,
  type ImportCounts,
  type Review,
} from '../../../shared/cv-import/review';
import { importChange } from '../../../shared/cv-import/to-change';
import { COMPETENCY_AREAS, PlanChangeSchema, PlanSchema, applyPlanChange, createEmptyPlan, type CompetencyArea, type Plan, type PlanChangeInput } from '../../../shared/model';
import { FIXED_NOW, achievement, certification, planWith, role, skill } from '../../support/plan-builders';

const clock = { now: FIXED_NOW, today: '2026-12-01' };

function findingsOf(doc: unknown): ImportFindings {
  const result = readJsonResume(doc);
  if (!result.ok) throw new Error(result.message);
  return result.findings;
}

const RESUME = {
  basics: { name: 'Sam Patel', label: 'PMO Analyst', email: 'sam.patel@example.com', location: { city: 'Leeds', region: 'West Yorkshire' } },
  work: [
    { name: 'Acme Ltd', position: 'PMO Analyst', startDate: '2021-03', highlights: ['Cut the monthly reporting cycle from ten days to four', 'Set up the RAID log for the whole portfolio'] },
    { name: 'Borealis', position: 'Project Support Officer', startDate: '2018-09', endDate: '2021-02', highlights: ['Ran the weekly project board for twelve projects'] },
  ],
  certificates: [{ name: 'PRINCE2 Foundation' }, { name: 'Certified Widget Wrangler', issuer: 'Widget Guild' }],
  skills: [{ name: 'Stakeholder management' }, { name: 'Basket weaving' }],
};

/** A plan that already has the Borealis role, the RAID log line (reworded a little), PRINCE2 Foundation and stakeholder management, and a name. */
function planWithSome(): Plan {
  const base = planWith({
    roles: [role({ id: 'r-borealis', organisation: 'Borealis', title: 'Project Support Officer', startMonth: '2018-09', endMonth: '2021-02' })],
    achievements: [achievement({ id: 'a-raid', title: 'Set up the RAID log for the whole portfolio.', roleId: 'r-borealis' })],
    certifications: [certification({ id: 'c-prince2', catalogId: 'prince2-7-foundation', status: 'passed' })],
    skills: [skill({ id: 's-stake', catalogId: 'stakeholder-management', area: 'leadership', name: 'Stakeholder management' })],
  });
  // currentRole is only spaces: blank for the import's purposes.
  return PlanSchema.parse({ ...base, profile: { ...base.profile, name: 'Sam P.', currentRole: '   ' } });
}

const keyWhere = <T extends { key: string }>(items: readonly T[], test: (item: T) => boolean): string => {
  const found = items.find(test);
  if (!found) throw new Error('no such finding');
  return found.key;
};

function keysOf(f: ImportFindings) {
  return {
    acme: keyWhere(f.roles, (r) => r.organisation === 'Acme Ltd'),
    borealis: keyWhere(f.roles, (r) => r.organisation === 'Borealis'),
    cut: keyWhere(f.achievements, (a) => a.text.startsWith('Cut the monthly')),
    raid: keyWhere(f.achievements, (a) => a.text.startsWith('Set up the RAID')),
    board: keyWhere(f.achievements, (a) => a.text.startsWith('Ran the weekly')),
    prince2: keyWhere(f.certifications, (c) => c.name === 'PRINCE2 Foundation'),
    widget: keyWhere(f.certifications, (c) => c.name === 'Certified Widget Wrangler'),
    stakeholder: keyWhere(f.skills, (s) => s.name === 'Stakeholder management'),
    basket: keyWhere(f.skills, (s) => s.name === 'Basket weaving'),
  };
}

type Part = Exclude<PlanChangeInput, { type: 'batch' }>;
function partsOf(review: Review): Part[] {
  let n = 0;
  const change = importChange(review.findings, review.selection, review.existing, () => `t-${++n}`);
  if (change === null) return [];
  if (change.type !== 'batch') throw new Error('the import change is always a batch');
  return change.changes;
}

/** The plan after confirming the review: the change must pass the plan's own schemas. */
function confirmed(plan: Plan, review: Review, prefix: string): Plan {
  let n = 0;
  const change = importChange(review.findings, review.selection, review.existing, () => `${prefix}-${++n}`);
  if (change === null) return plan;
  return PlanSchema.parse(applyPlanChange(plan, PlanChangeSchema.parse(change), clock));
}

/** What the plan gained, counted on the plan itself. */
function gained(before: Plan, after: Plan): ImportCounts {
  // Nothing the plan had is replaced or lost.
  for (const c of ['roles', 'achievements', 'certifications', 'skills'] as const) {
    const ids = new Set(after[c].map((item) => item.id));
    for (const item of before[c]) expect(ids.has(item.id)).toBe(true);
  }
  return {
    roles: after.roles.length - before.roles.length,
    achievements: after.achievements.length - before.achievements.length,
    certifications: after.certifications.length - before.certifications.length,
    skills: after.skills.length - before.skills.length,
    profileFields: PROFILE_FIELDS.filter((f) => after.profile[f] !== before.profile[f]).length,
  };
}

describe('where the review starts', () => {
  it('ticks every new item and none the plan already has', () => {
    const findings = findingsOf(RESUME);
    const k = keysOf(findings);
    const review = startReview(findings, planWithSome());
    expect([...review.selection.keys].sort()).toEqual([k.acme, k.cut, k.board, k.widget, k.basket].sort());
    for (const known of [k.borealis, k.raid, k.prince2, k.stakeholder]) expect(review.selection.keys.has(known)).toBe(false);
    expect(review.existing.roles.get(k.borealis)).toBe('r-borealis');
    expect(review.existing.achievements.get(k.raid)).toBe('a-raid');
  });

  it('ticks everything on an empty plan', () => {
    const findings = findingsOf(RESUME);
    const review = startReview(findings, createEmptyPlan(FIXED_NOW));
    const all = [...findings.roles, ...findings.achievements, ...findings.certifications, ...findings.skills].map((i) => i.key);
    expect(new Set(review.selection.keys)).toEqual(new Set(all));
  });

  it('offers only the profile fields the file has and the plan leaves blank', () => {
    const findings = findingsOf(RESUME);
    const plan = planWithSome();
    // The file has name, label, email and location; the plan has a name (and only spaces for the role).
    const expected: (keyof FoundProfile)[] = ['currentRole', 'email', 'location'];
    expect([...startReview(findings, plan).selection.profileFields].sort()).toEqual([...expected].sort());
    expect([...offeredProfileFields(findings, plan)].sort()).toEqual([...expected].sort());
    // On an empty plan the name is offered too, but never a field the file leaves empty.
    const offered = offeredProfileFields(findings, createEmptyPlan(FIXED_NOW));
    expect([...offered].sort()).toEqual(['currentRole', 'email', 'location', 'name']);
  });
});

describe('ticking', () => {
  it('unticks and ticks a whole group, leaving the other groups and the original review alone', () => {
    const findings = findingsOf(RESUME);
    const k = keysOf(findings);
    const review = startReview(findings, createEmptyPlan(FIXED_NOW));
    const achievementKeys = findings.achievements.map((a) => a.key);
    const without = withTicked(review, achievementKeys, false);
    for (const key of achievementKeys) expect(without.selection.keys.has(key)).toBe(false);
    for (const key of [k.acme, k.borealis, k.prince2, k.widget, k.stakeholder, k.basket]) expect(without.selection.keys.has(key)).toBe(true);
    expect(importCounts(without).achievements).toBe(0);
    expect(partsOf(without).some((p) => p.type === 'achievement.put')).toBe(false);
    // The review it came from still has them.
    for (const key of achievementKeys) expect(review.selection.keys.has(key)).toBe(true);
    const back = withTicked(without, achievementKeys, true);
    expect(new Set(back.selection.keys)).toEqual(new Set(review.selection.keys));
  });

  it('leaves out a profile field that is unticked', () => {
    const review = withProfileField(startReview(findingsOf(RESUME), createEmptyPlan(FIXED_NOW)), 'email', false);
    const profile = partsOf(review).find((p) => p.type === 'profile.update');
    expect(profile).toEqual({ type: 'profile.update', patch: { name: 'Sam Patel', currentRole: 'PMO Analyst', location: 'Leeds, West Yorkshire' } });
  });
});

describe('what confirming adds', () => {
  it('counts the new items of the example, and a skill only once it has an area', () => {
    const findings = findingsOf(RESUME);
    const k = keysOf(findings);
    const review = startReview(findings, planWithSome());
    // Acme; the Acme line and the Borealis board line; the widget certificate; basket weaving has no area yet.
    expect(importCounts(review)).toEqual({ roles: 1, achievements: 2, certifications: 1, skills: 0, profileFields: 3 });
    const withArea = withSkillArea(review, k.basket, 'organisational');
    expect(importCounts(withArea)).toEqual({ roles: 1, achievements: 2, certifications: 1, skills: 1, profileFields: 3 });
    expect(describeImportCounts(importCounts(withArea))).toBe('1 role, 2 achievements, 1 certification, 1 skill and 3 profile details');
    const plan = planWithSome();
    expect(gained(plan, confirmed(plan, withArea, 'imp'))).toEqual(importCounts(withArea));
  });

  it('puts a new line of a role the plan has into that role', () => {
    const findings = findingsOf(RESUME);
    const plan = planWithSome();
    const after = confirmed(plan, startReview(findings, plan), 'imp');
    const board = after.achievements.find((a) => a.title === 'Ran the weekly project board for twelve projects');
    expect(board?.roleId).toBe('r-borealis');
    const acme = after.roles.find((r) => r.organisation === 'Acme Ltd');
    expect(acme).toBeDefined();
    expect(after.achievements.find((a) => a.title.startsWith('Cut the monthly'))?.roleId).toBe(acme?.id);
  });

  it('counts exactly what applying the change adds to the plan, whatever is unticked (property)', () => {
    const words = fc.stringMatching(/^[A-Za-z][A-Za-z ]{2,30}[a-z]$/);
    const resume = fc.record(
      {
        basics: fc.record({ name: words, label: words, email: fc.constantFrom('sam@example.com', 'a.b@c.org', ''), location: fc.record({ city: words }) }, { requiredKeys: [] }),
        work: fc.array(
          fc.record({ name: words, position: words, startDate: fc.constantFrom('2019-03-01', '2020-01', 'Jan 2021', undefined), highlights: fc.uniqueArray(words, { maxLength: 4 }) }),
          { maxLength: 4 },
        ),
        certificates: fc.array(fc.record({ name: fc.oneof(words, fc.constantFrom('PMP', 'PRINCE2 Foundation', 'Certified ScrumMaster')), issuer: words }), { maxLength: 3 }),
        skills: fc.array(fc.record({ name: fc.oneof(words, fc.constantFrom('Stakeholder management', 'Risk management', 'Benefits realisation')) }), { maxLength: 3 }),
      },
      { requiredKeys: ['work'] },
    );
    const ticks = fc.array(fc.boolean(), { maxLength: 30 });
    const fields = fc.array(fc.boolean(), { minLength: PROFILE_FIELDS.length, maxLength: PROFILE_FIELDS.length });
    const areas = fc.array(fc.constantFrom<CompetencyArea | null>(...COMPETENCY_AREAS, null), { maxLength: 6 });

    /** The review with the items whose flag is false unticked, some profile fields unticked, some unmatched skills given an area. */
    const adjusted = (review: Review, tickFlags: boolean[], fieldFlags: boolean[], chosen: (CompetencyArea | null)[]): Review => {
      const keys = [...review.selection.keys];
      let next = withTicked(review, keys.filter((_, i) => tickFlags[i] === false), false);
      PROFILE_FIELDS.forEach((f, i) => {
        if (fieldFlags[i] === false) next = withProfileField(next, f, false);
      });
      review.findings.skills.forEach((s, i) => {
        const area = chosen[i];
        if (area) next = withSkillArea(next, s.key, area);
      });
      return next;
    };

    fc.assert(
      fc.property(resume, ticks, fields, areas, ticks, fields, areas, (doc, ticks1, fields1, areas1, ticks2, fields2, areas2) => {
        const findings = findingsOf(doc);
        // A first import of part of the file, then a second review of the same file against that plan.
        const empty = createEmptyPlan(FIXED_NOW);
        const first = adjusted(startReview(findings, empty), ticks1, fields1, areas1);
        const plan = confirmed(empty, first, 'first');
        expect(gained(empty, plan)).toEqual(importCounts(first));

        const second = adjusted(startReview(findings, plan), ticks2, fields2, areas2);
        const after = confirmed(plan, second, 'second');
        expect(gained(plan, after)).toEqual(importCounts(second));
      }),
      { numRuns: 150 },
    );
  });
});

describe('the words on the confirm button', () => {
  const none: ImportCounts = { roles: 0, achievements: 0, certifications: 0, skills: 0, profileFields: 0 };

  it('lists the groups with "and" before the last', () => {
    expect(describeImportCounts({ ...none, roles: 1, achievements: 12, profileFields: 2 })).toBe('1 role, 12 achievements and 2 profile details');
    expect(describeImportCounts({ ...none, certifications: 2, skills: 3 })).toBe('2 certifications and 3 skills');
    expect(describeImportCounts({ ...none, achievements: 1200 })).toBe('1,200 achievements');
  });

  it('names a single item in the singular', () => {
    expect(describeImportCounts({ ...none, skills: 1 })).toBe('1 skill');
    expect(describeImportCounts({ ...none, profileFields: 1 })).toBe('1 profile detail');
  });

  it('says nothing when nothing is added', () => {
    expect(describeImportCounts(none)).toBe('');
  });
});

describe('editing what was found', () => {
  it("makes an achievement's title follow its edited text, keeping its key", () => {
    const findings = findingsOf(RESUME);
    const k = keysOf(findings);
    const review = startReview(findings, createEmptyPlan(FIXED_NOW));
    const edited = withItemEdited(review, 'achievements', k.cut, { text: '  Cut the monthly reporting cycle\nfrom ten days to three ' });
    const line = edited.findings.achievements.find((a) => a.key === k.cut);
    expect(line).toMatchObject({ key: k.cut, title: 'Cut the monthly reporting cycle from ten days to three' });
    expect(edited.selection.keys.has(k.cut)).toBe(true);
    const put = partsOf(edited).find((p) => p.type === 'achievement.put' && p.item.title.startsWith('Cut the monthly'));
    expect(put?.type === 'achievement.put' && put.item.title).toBe('Cut the monthly reporting cycle from ten days to three');
    // The other lines are as they were.
    expect(edited.findings.achievements.filter((a) => a.key !== k.cut)).toEqual(review.findings.achievements.filter((a) => a.key !== k.cut));
  });

  it('cuts the title of a long edited text to fit, at a word, with "…", and keeps the whole text as the CV bullet', () => {
    const findings = findingsOf(RESUME);
    const k = keysOf(findings);
    // 30 words of ten letters: 329 characters. Word 18 would end past 199 characters, so the title is words 0-17 and "…".
    const words = Array.from({ length: 30 }, (_, i) => `programme${i % 10}`);
    const text = words.join(' ');
    const edited = withItemEdited(startReview(findings, createEmptyPlan(FIXED_NOW)), 'achievements', k.cut, { text });
    const line = edited.findings.achievements.find((a) => a.key === k.cut);
    expect(line?.text).toBe(text);
    expect(line?.title).toBe(`${words.slice(0, 18).join(' ')}…`);
    expect(line?.title.length).toBeLessThanOrEqual(200);
    const put = partsOf(edited).find((p) => p.type === 'achievement.put' && p.item.title.startsWith('programme0'));
    expect(put).toMatchObject({ type: 'achievement.put', item: { title: `${words.slice(0, 18).join(' ')}…`, cvBullet: text } });
  });

  it('changes only the fields edited on a role, keeping its key', () => {
    const findings = findingsOf(RESUME);
    const k = keysOf(findings);
    const edited = withItemEdited(startReview(findings, createEmptyPlan(FIXED_NOW)), 'roles', k.acme, { title: 'Senior PMO Analyst' });
    const acme = findings.roles.find((r) => r.key === k.acme);
    expect(edited.findings.roles.find((r) => r.key === k.acme)).toEqual({ ...acme, title: 'Senior PMO Analyst' });
  });

  it('imports an edited profile value', () => {
    const review = withProfileValue(startReview(findingsOf(RESUME), createEmptyPlan(FIXED_NOW)), 'email', 'sam@work.example.com');
    expect(partsOf(review).find((p) => p.type === 'profile.update')).toMatchObject({ patch: { email: 'sam@work.example.com' } });
  });
});

describe('skills that need an area', () => {
  it('lists a ticked skill that matched nothing until an area is chosen, and the change uses that area', () => {
    const findings = findingsOf(RESUME);
    const k = keysOf(findings);
    const basket = findings.skills.find((s) => s.key === k.basket);
    expect(basket).toMatchObject({ catalogId: null, area: null });
    const review = startReview(findings, createEmptyPlan(FIXED_NOW));
    // Stakeholder management matched the catalog, so it has its area already.
    expect(skillsNeedingArea(review).map((s) => s.key)).toEqual([k.basket]);
    expect(partsOf(review).some((p) => p.type === 'skill.put' && p.item.name === 'Basket weaving')).toBe(false);
    expect(skillsNeedingArea(withTicked(review, [k.basket], false))).toEqual([]);

    const chosen = withSkillArea(review, k.basket, 'organisational');
    expect(skillsNeedingArea(chosen)).toEqual([]);
    const put = partsOf(chosen).find((p) => p.type === 'skill.put' && p.item.name === 'Basket weaving');
    expect(put).toMatchObject({ item: { area: 'organisational', catalogId: null } });
  });

  it('does not list a skill the plan already has', () => {
    const findings = findingsOf({ skills: [{ name: 'Basket weaving' }] });
    const plan = planWith({ skills: [skill({ id: 's-basket', name: 'basket weaving', area: 'business' })] });
    const review = withTicked(startReview(findings, plan), [findings.skills[0]!.key], true);
    expect(skillsNeedingArea(review)).toEqual([]);
  });

  it('uses the chosen area over the suggested one', () => {
    const findings: ImportFindings = {
      ...findingsOf({ skills: [] }),
      skills: [{ key: 'skill:portfolio tooling', name: 'Portfolio tooling', catalogId: null, area: 'business', keywords: ['Planview', 'Clarity'] }],
    };
    const review = startReview(findings, createEmptyPlan(FIXED_NOW));
    // A suggestion is an area: nothing to wait for, and the suggestion is used as it is.
    expect(skillsNeedingArea(review)).toEqual([]);
    expect(partsOf(review)).toEqual([
      { type: 'skill.put', item: expect.objectContaining({ name: 'Portfolio tooling', area: 'business', catalogId: null, description: 'Planview, Clarity' }) },
    ]);
    const chosen = withSkillArea(review, 'skill:portfolio tooling', 'leadership');
    expect(partsOf(chosen)).toEqual([{ type: 'skill.put', item: expect.objectContaining({ name: 'Portfolio tooling', area: 'leadership' }) }]);
    expect(importCounts(chosen).skills).toBe(1);
  });
});

describe('what the plan would refuse', () => {
  it('has no problems for a clean review', () => {
    const review = startReview(findingsOf(RESUME), planWithSome());
    expect(reviewProblems(review)).toEqual(new Map());
    expect(reviewProblems(startReview(findingsOf(RESUME), createEmptyPlan(FIXED_NOW)))).toEqual(new Map());
  });

  it("reports a role left with neither title nor organisation in the plan's own words, under the role's row", () => {
    const findings = findingsOf(RESUME);
    const k = keysOf(findings);
    const review = withItemEdited(startReview(findings, createEmptyPlan(FIXED_NOW)), 'roles', k.acme, { title: '', organisation: '  ' });
    expect(reviewProblems(review)).toEqual(new Map([[k.acme, 'Give the role a job title or an organisation.']]));
  });

  it('reports an end month before the start month', () => {
    const findings = findingsOf(RESUME);
    const k = keysOf(findings);
    const review = withItemEdited(startReview(findings, createEmptyPlan(FIXED_NOW)), 'roles', k.borealis, { startMonth: '2018-09', endMonth: '2017-01', current: false });
    expect(reviewProblems(review)).toEqual(new Map([[k.borealis, 'The end month is before the start month.']]));
  });

  it('reports an achievement edited to nothing, and a malformed email under profile:email', () => {
    const findings = findingsOf(RESUME);
    const k = keysOf(findings);
    let review = startReview(findings, createEmptyPlan(FIXED_NOW));
    review = withItemEdited(review, 'achievements', k.board, { text: '   ' });
    review = withProfileValue(review, 'email', 'sam at example dot com');
    const problems = reviewProblems(review);
    expect([...problems.keys()].sort()).toEqual([k.board, 'profile:email'].sort());
    expect(problems.get('profile:email')).toMatch(/email address/);
  });

  it('does not report a bad row that is unticked', () => {
    const findings = findingsOf(RESUME);
    const k = keysOf(findings);
    let review = startReview(findings, createEmptyPlan(FIXED_NOW));
    review = withItemEdited(review, 'roles', k.acme, { title: '', organisation: '' });
    review = withItemEdited(review, 'roles', k.borealis, { endMonth: '2010-01' });
    review = withProfileValue(review, 'email', 'nope');
    review = withProfileField(withTicked(review, [k.acme, k.borealis], false), 'email', false);
    expect(reviewProblems(review)).toEqual(new Map());
  });

  it('when it reports nothing, the change is one the plan accepts; when it reports something, the plan would refuse the change (property)', () => {
    const words = fc.stringMatching(/^[A-Za-z][A-Za-z ]{2,30}[a-z]$/);
    const resume = fc.record({
      basics: fc.record({ name: words, email: fc.constantFrom('sam@example.com', '') }),
      work: fc.array(fc.record({ name: words, position: words, startDate: fc.constantFrom('2019-03-01', '2020-01', undefined), highlights: fc.uniqueArray(words, { maxLength: 3 }) }), {
        maxLength: 3,
      }),
      certificates: fc.array(fc.record({ name: fc.oneof(words, fc.constantFrom('PMP', 'PRINCE2 Foundation')) }), { maxLength: 2 }),
      skills: fc.array(fc.record({ name: fc.oneof(words, fc.constantFrom('Risk management')) }), { maxLength: 2 }),
    });
    /** Mostly values the plan accepts, sometimes one it refuses. */
    const mostly = <T,>(good: T[], bad: T[]) => fc.oneof({ arbitrary: fc.constantFrom(...good), weight: 5 }, { arbitrary: fc.constantFrom(...bad), weight: 1 });
    const month = fc.constantFrom(null, '2018-01', '2020-06', '2023-11');
    const roleEdit = fc.option(
      fc.record({ title: mostly(['Analyst', 'Head of PMO'], ['', '  ', 'x'.repeat(201)]), organisation: fc.constantFrom('', 'Acme'), startMonth: month, endMonth: month, current: fc.boolean() }, { requiredKeys: [] }),
      { nil: undefined, freq: 2 },
    );
    const lineEdit = fc.option(mostly(['Ran the board', '  Ran the  board '], ['', '  ', 'word '.repeat(401)]), { nil: undefined, freq: 2 });
    const certEdit = fc.option(mostly(['Certified Widget Wrangler'], ['']), { nil: undefined, freq: 2 });
    const skillEdit = fc.option(mostly(['Basket weaving'], ['', 'y'.repeat(201)]), { nil: undefined, freq: 2 });
    const profileEdit = fc.record(
      { email: mostly(['', 'sam@example.com'], ['not an email']), phone: mostly(['', '0113 496 0000'], ['ask me']), link: mostly(['', 'https://example.com/sam'], ['www.example.com']) },
      { requiredKeys: [] },
    );
    const edits = fc.record({
      roles: fc.array(roleEdit, { maxLength: 3 }),
      lines: fc.array(lineEdit, { maxLength: 9 }),
      certs: fc.array(certEdit, { maxLength: 2 }),
      skills: fc.array(skillEdit, { maxLength: 2 }),
      areas: fc.array(fc.constantFrom(...COMPETENCY_AREAS), { maxLength: 2 }),
      profile: profileEdit,
      ticks: fc.array(fc.boolean(), { maxLength: 20 }),
    });

    fc.assert(
      fc.property(resume, edits, (doc, e) => {
        const findings = findingsOf(doc);
        const plan = createEmptyPlan(FIXED_NOW);
        let review = startReview(findings, plan);
        findings.roles.forEach((r, i) => {
          if (e.roles[i]) review = withItemEdited(review, 'roles', r.key, e.roles[i]);
        });
        findings.achievements.forEach((a, i) => {
          const text = e.lines[i];
          if (text !== undefined) review = withItemEdited(review, 'achievements', a.key, { text });
        });
        findings.certifications.forEach((c, i) => {
          const name = e.certs[i];
          if (name !== undefined) review = withItemEdited(review, 'certifications', c.key, { name });
        });
        findings.skills.forEach((s, i) => {
          const name = e.skills[i];
          if (name !== undefined) review = withItemEdited(review, 'skills', s.key, { name });
          const area = e.areas[i];
          if (area) review = withSkillArea(review, s.key, area);
        });
        for (const [field, value] of Object.entries(e.profile) as [keyof FoundProfile, string][]) {
          review = withProfileValue(review, field, value);
          if (value !== '') review = withProfileField(review, field, true);
        }
        const keys = [...review.selection.keys];
        review = withTicked(review, keys.filter((_, i) => e.ticks[i] === false), false);

        const problems = reviewProblems(review);
        let n = 0;
        const change = importChange(review.findings, review.selection, review.existing, () => `imp-${++n}`);
        // Every problem is on a row that is ticked, or a profile field that is.
        for (const key of problems.keys()) {
          if (key.startsWith('profile:')) expect(review.selection.profileFields.has(key.slice('profile:'.length) as keyof FoundProfile)).toBe(true);
          else expect(review.selection.keys.has(key)).toBe(true);
        }
        if (problems.size === 0) {
          if (change === null) return;
          const parsed = PlanChangeSchema.parse(change);
          expect(() => PlanSchema.parse(applyPlanChange(plan, parsed, clock))).not.toThrow();
        } else {
          expect(change).not.toBeNull();
          expect(PlanChangeSchema.safeParse(change).success).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });
});
