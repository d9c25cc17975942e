import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HORIZON_MONTHS,
  buildStarterPlan,
  defaultTargetRole,
  findCertificationEntry,
  spreadDueDates,
  starterMilestoneId,
  starterPlanChange,
  starterSchedule,
  startingLevel,
  type StarterPlan,
} from '../../../shared/catalog';
import { ENTRY_PATHS, PlanChangeSchema, PlanSchema, applyPlanChange, createEmptyPlan, type Plan } from '../../../shared/model';

const NOW = '2026-12-01T09:00:00.000Z';
const TODAY = '2026-12-01';
const clock = { now: NOW, today: TODAY };

function idMaker(prefix = 'id') {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

function apply(plan: Plan, starter: StarterPlan, keep?: (key: string) => boolean): Plan {
  const change = starterPlanChange(starter, keep);
  if (change === null) return plan;
  return PlanSchema.parse(applyPlanChange(plan, PlanChangeSchema.parse(change), clock));
}

function danglingLinks(plan: Plan): string[] {
  const skills = new Set(plan.skills.map((s) => s.id));
  const certs = new Set(plan.certifications.map((c) => c.id));
  return plan.milestones.flatMap((m) => [
    ...m.links.skillIds.filter((id) => !skills.has(id)),
    ...m.links.certificationIds.filter((id) => !certs.has(id)),
  ]);
}

describe('buildStarterPlan', () => {
  it.each(ENTRY_PATHS)('gives %s a plan that validates as one batch change, with no dangling links', (entryPath) => {
    const starter = buildStarterPlan({ entryPath, targetDate: '2027-12-01', today: TODAY, newId: idMaker() });
    const change = starterPlanChange(starter);
    expect(PlanChangeSchema.safeParse(change).success).toBe(true);
    const plan = apply(createEmptyPlan(NOW), starter);
    expect(plan.skills.length).toBe(starter.skills.length);
    expect(plan.certifications.length).toBe(starter.certifications.length);
    expect(plan.milestones.map((m) => m.id)).toEqual(starter.milestones.map((s) => s.change.item.id));
    expect(danglingLinks(plan)).toEqual([]);
    expect(plan.certifications.every((c) => c.catalogId !== null && findCertificationEntry(c.catalogId))).toBe(true);
  });

  it.each(ENTRY_PATHS)('gives %s the shared steps: job listings, a certification, shadowing, achievements', (entryPath) => {
    const keys = buildStarterPlan({ entryPath, targetDate: null, today: TODAY, newId: idMaker() }).milestones.map((m) => m.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'milestone:study-job-listings',
        'milestone:choose-certification',
        'milestone:shadow-pmo',
        'milestone:log-achievements',
      ]),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("follows the seed's advice for each path", () => {
    const keysFor = (entryPath: (typeof ENTRY_PATHS)[number]) =>
      buildStarterPlan({ entryPath, targetDate: null, today: TODAY, newId: idMaker() }).milestones.map((m) => m.key);
    expect(keysFor('project-manager')).toEqual(
      expect.arrayContaining(['milestone:pm-learn-pmo-support', 'milestone:pm-propose-improvement', 'milestone:pm-align-with-strategy']),
    );
    expect(keysFor('business-analyst')).toEqual(
      expect.arrayContaining(['milestone:ba-build-project-skills', 'milestone:ba-lead-people', 'milestone:ba-data-to-people']),
    );
    expect(keysFor('business-unit-leader')).toEqual(
      expect.arrayContaining(['milestone:bul-learn-pmo-work', 'milestone:bul-apply-project-principles']),
    );
    expect(keysFor('other').some((k) => /^milestone:(pm|ba|bul)-/.test(k))).toBe(false);
  });

  it('treats a missing entry path as "another route"', () => {
    const starter = buildStarterPlan({ entryPath: null, targetDate: null, today: TODAY, newId: idMaker() });
    expect(starter.entryPath).toBe('other');
  });

  it('spreads due dates in order up to a few weeks before the target date, none on the target date itself', () => {
    const starter = buildStarterPlan({ entryPath: 'project-manager', targetDate: '2027-06-01', today: TODAY, newId: idMaker() });
    const dates = starter.milestones.map((m) => m.change.item.dueDate!);
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((d) => d > TODAY && d < '2027-06-01')).toBe(true);
    // 182 days ahead: the last milestone is a twelfth of that (15 days) before the target date.
    expect(starter.schedule).toEqual({ from: TODAY, to: '2027-06-01', lastDue: '2027-05-17', basis: 'target-date' });
    expect(dates.at(-1)).toBe('2027-05-17');
  });

  it.each([
    ['a week ahead', '2026-12-08', '2026-12-05'],
    ['two weeks ahead', '2026-12-15', '2026-12-08'],
    ['three years ahead', '2029-12-01', '2029-11-01'],
  ])('leaves time before a target date %s (between a week and a month; half the time when that is shorter)', (_what, target, lastDue) => {
    const schedule = starterSchedule(TODAY, target);
    expect(schedule.lastDue).toBe(lastDue);
    expect(schedule.lastDue < target).toBe(true);
  });

  it('dates depend on the route as well as the target date: each route spreads its own steps', () => {
    const datesFor = (entryPath: (typeof ENTRY_PATHS)[number]) =>
      buildStarterPlan({ entryPath, targetDate: '2027-12-01', today: TODAY, newId: idMaker() }).milestones.map((m) => m.change.item.dueDate);
    expect(datesFor('project-manager')).not.toEqual(datesFor('other'));
    expect(datesFor('project-manager').length).toBeGreaterThan(datesFor('other').length);
  });

  it('uses twelve months when there is no target date, or it has passed', () => {
    expect(DEFAULT_HORIZON_MONTHS).toBe(12);
    const none = buildStarterPlan({ entryPath: 'business-analyst', targetDate: null, today: TODAY, newId: idMaker() });
    expect(none.schedule).toEqual({ from: TODAY, to: '2027-12-01', lastDue: '2027-11-01', basis: 'default-no-target' });
    expect(none.milestones.at(-1)!.change.item.dueDate).toBe('2027-11-01');
    const passed = buildStarterPlan({ entryPath: 'business-analyst', targetDate: '2026-01-01', today: TODAY, newId: idMaker() });
    expect(passed.schedule.basis).toBe('default-target-passed');
    expect(starterSchedule(TODAY, TODAY).basis).toBe('default-target-passed');
  });

  it.each(ENTRY_PATHS)('gives %s skills in all three competency areas', (entryPath) => {
    const starter = buildStarterPlan({ entryPath, targetDate: null, today: TODAY, newId: idMaker() });
    expect(new Set(starter.skills.map((s) => s.change.item.area))).toEqual(new Set(['business', 'leadership', 'organisational']));
  });

  it('credits where each route starts: a business-unit leader already leads people and owns budgets, a PM runs projects, a BA works with processes', () => {
    const levels = (entryPath: (typeof ENTRY_PATHS)[number]) =>
      Object.fromEntries(buildStarterPlan({ entryPath, targetDate: null, today: TODAY, newId: idMaker() }).skills.map((s) => [s.change.item.catalogId, s.change.item.currentLevel])) as Record<string, number>;
    expect(levels('business-unit-leader')).toMatchObject({ 'people-leadership': 3, 'budget-tracking': 3, 'resource-capacity': 2, 'pmo-functions': 0 });
    expect(levels('project-manager')).toMatchObject({ 'project-fundamentals': 3, 'portfolio-prioritisation': 0 });
    expect(levels('business-analyst')).toMatchObject({ 'methods-templates': 2, 'people-leadership': 0 });
    expect(Object.values(levels('other')).every((level) => level <= 1)).toBe(true);
    expect(startingLevel('business-unit-leader', 'people-leadership')).toBe(3);
    expect(startingLevel('project-manager', 'no-such-skill')).toBe(0);
  });

  it('takes the levels the person gave in set-up over the route’s suggestion', () => {
    const starter = buildStarterPlan({ entryPath: 'business-unit-leader', targetDate: null, today: TODAY, newId: idMaker(), currentLevels: { 'people-leadership': 1, 'pmo-functions': 2 } });
    const level = (id: string) => starter.skills.find((s) => s.change.item.catalogId === id)!.change.item.currentLevel;
    expect(level('people-leadership')).toBe(1);
    expect(level('pmo-functions')).toBe(2);
    expect(level('budget-tracking')).toBe(3);
  });

  it('offers each route its own target role', () => {
    expect(ENTRY_PATHS.map(defaultTargetRole)).toEqual(['PMO Manager', 'PMO Analyst', 'Head of PMO', 'PMO Officer']);
    expect(defaultTargetRole(null)).toBe('PMO Officer');
  });

  it('starts certifications as considering and milestones to do; the certification steps follow their certification', () => {
    const starter = buildStarterPlan({ entryPath: 'business-unit-leader', targetDate: null, today: TODAY, newId: idMaker() });
    expect(starter.skills.every((s) => s.change.item.catalogId !== null)).toBe(true);
    expect(starter.certifications.every((c) => c.change.item.status === 'considering')).toBe(true);
    expect(starter.milestones.every((m) => m.change.item.status === 'todo' && m.change.item.id === starterMilestoneId(m.key.slice(10)))).toBe(true);
    const follows = Object.fromEntries(starter.milestones.map((m) => [m.key, m.change.item.follows]));
    expect(follows).toMatchObject({ 'milestone:choose-certification': 'certification-chosen', 'milestone:sit-certification-exam': 'certification-passed', 'milestone:shadow-pmo': null });
  });

  it('adds nothing when run again on the plan it built', () => {
    const first = buildStarterPlan({ entryPath: 'project-manager', targetDate: null, today: TODAY, newId: idMaker('a') });
    const plan = apply(createEmptyPlan(NOW), first);
    const again = buildStarterPlan({ entryPath: 'project-manager', targetDate: null, today: TODAY, newId: idMaker('b'), existing: plan });
    expect(again.skills).toEqual([]);
    expect(again.certifications).toEqual([]);
    expect(again.milestones).toEqual([]);
    expect(again.alreadyInPlan.sort()).toEqual([...first.skills, ...first.certifications, ...first.milestones].map((s) => s.key).sort());
    expect(starterPlanChange(again)).toBeNull();
  });

  it('adds only what is new for another path, linking to the items the plan already has', () => {
    const pm = apply(createEmptyPlan(NOW), buildStarterPlan({ entryPath: 'project-manager', targetDate: null, today: TODAY, newId: idMaker('a') }));
    const ba = buildStarterPlan({ entryPath: 'business-analyst', targetDate: null, today: TODAY, newId: idMaker('b'), existing: pm });
    expect(ba.skills.map((s) => s.key)).not.toContain('skill:pmo-functions');
    expect(ba.milestones.map((m) => m.key)).not.toContain('milestone:shadow-pmo');
    const plan = apply(pm, ba);
    expect(danglingLinks(plan)).toEqual([]);
    const existingPmoSkill = pm.skills.find((s) => s.catalogId === 'stakeholder-management')!;
    const dataToPeople = plan.milestones.find((m) => m.id === starterMilestoneId('ba-data-to-people'))!;
    expect(dataToPeople.links.skillIds).toEqual([existingPmoSkill.id]);
  });
});

describe('starterPlanChange', () => {
  it('saves only the kept suggestions and drops links to the rest', () => {
    const starter = buildStarterPlan({ entryPath: 'project-manager', targetDate: null, today: TODAY, newId: idMaker() });
    const dropped = new Set(['skill:pmo-functions', 'certification:pmi-pmocp', 'milestone:pm-propose-improvement']);
    const plan = apply(createEmptyPlan(NOW), starter, (key) => !dropped.has(key));
    expect(plan.skills.some((s) => s.catalogId === 'pmo-functions')).toBe(false);
    expect(plan.certifications.map((c) => c.catalogId)).toEqual(['p3o-foundation']);
    expect(plan.milestones.some((m) => m.id === starterMilestoneId('pm-propose-improvement'))).toBe(false);
    expect(danglingLinks(plan)).toEqual([]);
    const shadow = plan.milestones.find((m) => m.id === starterMilestoneId('shadow-pmo'))!;
    expect(shadow.links.skillIds).toEqual([]);
  });

  it('returns null when nothing is kept', () => {
    const starter = buildStarterPlan({ entryPath: 'other', targetDate: null, today: TODAY, newId: idMaker() });
    expect(starterPlanChange(starter, () => false)).toBeNull();
  });
});

describe('spreadDueDates', () => {
  it('spreads evenly and ends on the last day', () => {
    expect(spreadDueDates('2026-01-01', '2026-01-11', 2)).toEqual(['2026-01-06', '2026-01-11']);
    expect(spreadDueDates('2026-01-01', '2026-01-31', 3)).toEqual(['2026-01-11', '2026-01-21', '2026-01-31']);
  });

  it('lets steps share a day when there are fewer days than steps, never going backwards', () => {
    const dates = spreadDueDates('2026-01-01', '2026-01-02', 4);
    expect(dates).toEqual([...dates].sort());
    expect(dates.at(-1)).toBe('2026-01-02');
  });

  it('returns nothing for no steps', () => {
    expect(spreadDueDates('2026-01-01', '2026-12-31', 0)).toEqual([]);
  });
});
