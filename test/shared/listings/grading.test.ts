import { describe, expect, it } from 'vitest';
import { closeGapChange, gapActions, gradeAsks, listingAnalyser, summariseListing, workHistoryMonths, type GradedAsk } from '../../../shared/listings';
import { ListingFieldsSchema, PlanChangeSchema, PlanSchema, applyPlanChange, createEmptyPlan, type Plan, type PlanChangeInput } from '../../../shared/model';

/**
 * Each ask graded against the plan with its reason, the comparison in words, and closing a gap in one
 * step: the item and the listing's record of it in one change, after which the ask is planned.
 */

const NOW = '2026-12-01T09:00:00.000Z';
const TODAY = '2026-12-01';
const apply = (plan: Plan, change: PlanChangeInput): Plan => PlanSchema.parse(applyPlanChange(plan, PlanChangeSchema.parse(change), { now: NOW, today: TODAY }));
const planWith = (...changes: PlanChangeInput[]): Plan => changes.reduce(apply, createEmptyPlan(NOW));

function grade(text: string, plan: Plan): GradedAsk[] {
  return gradeAsks(listingAnalyser(plan.termMappings).analyse(text).asks, plan, TODAY);
}
function gradeOf(text: string, plan: Plan, key: string): GradedAsk {
  const found = grade(text, plan).find((g) => g.ask.key === key);
  if (!found) throw new Error(`No ask ${key} in ${JSON.stringify(text)}`);
  return found;
}
const cert = (id: string, catalogId: string, status: string): PlanChangeInput => ({ type: 'certification.put', item: { id, catalogId, status } }) as PlanChangeInput;
const skill = (id: string, fields: Record<string, unknown>): PlanChangeInput => ({ type: 'skill.put', item: { id, area: 'business', name: id, ...fields } }) as PlanChangeInput;
const milestone = (id: string, title: string, status = 'todo'): PlanChangeInput => ({ type: 'milestone.put', item: { id, title, status } }) as PlanChangeInput;
const role = (id: string, fields: Record<string, unknown>): PlanChangeInput => ({ type: 'role.put', item: { id, title: 'PMO Analyst', ...fields } }) as PlanChangeInput;

describe('certifications', () => {
  const TEXT = 'Essential: PRINCE2 Practitioner. Desirable: MSP Foundation.';

  it('a passed one is Evidenced; a planned or studying one Planned; a lapsed one Claimed', () => {
    expect(gradeOf(TEXT, planWith(cert('c1', 'prince2-7-practitioner', 'passed')), 'cert-prince2-practitioner')).toMatchObject({
      grade: 'evidenced',
      reason: 'You hold PRINCE2 7 Practitioner.',
    });
    for (const status of ['planned', 'studying']) {
      const graded = gradeOf(TEXT, planWith(cert('c1', 'prince2-7-practitioner', status)), 'cert-prince2-practitioner');
      expect(graded.grade).toBe('planned');
      expect(graded.reason).toBe(`PRINCE2 7 Practitioner is in your plan (${status === 'planned' ? 'Planned' : 'Studying'}).`);
    }
    const lapsed = gradeOf(TEXT, planWith(cert('c1', 'msp-5-foundation', 'lapsed')), 'cert-msp-foundation');
    expect(lapsed.grade).toBe('claimed');
    expect(lapsed.reason).toMatch(/^You held MSP 5 Foundation.*; it has lapsed, so renew it before you rely on it\.$/);
    expect(gradeOf(TEXT, createEmptyPlan(NOW), 'cert-prince2-practitioner')).toMatchObject({ grade: 'missing', reason: 'Not in your plan.' });
  });

  it('a Practitioner satisfies “PRINCE2 Foundation”, but a Foundation does not satisfy “Practitioner”', () => {
    expect(gradeOf('PRINCE2 Foundation essential.', planWith(cert('c1', 'prince2-7-practitioner', 'passed')), 'cert-prince2-foundation').grade).toBe('evidenced');
    expect(gradeOf('PRINCE2 Practitioner essential.', planWith(cert('c1', 'prince2-7-foundation', 'passed')), 'cert-prince2-practitioner').grade).toBe('missing');
  });

  it('an open milestone that names it plans it; a done one does not', () => {
    expect(gradeOf(TEXT, planWith(milestone('m1', 'Book the PRINCE2 Practitioner exam')), 'cert-prince2-practitioner')).toMatchObject({
      grade: 'planned',
      reason: 'Your milestone “Book the PRINCE2 Practitioner exam” is in your plan.',
    });
    expect(gradeOf(TEXT, planWith(milestone('m1', 'Book the PRINCE2 Practitioner exam', 'done')), 'cert-prince2-practitioner').grade).toBe('missing');
  });
});

describe('skills and tools', () => {
  it('an achievement that mentions Power BI evidences the tool', () => {
    const plan = planWith({ type: 'achievement.put', item: { id: 'a1', title: 'Built the KPI dashboard in Power BI' } });
    expect(gradeOf('Power BI essential.', plan, 'tool-power-bi')).toMatchObject({ grade: 'evidenced', reason: 'Shown by your achievement “Built the KPI dashboard in Power BI”.' });
  });

  it('an achievement linked to a catalog skill evidences that skill’s term', () => {
    const plan = planWith(skill('s1', { catalogId: 'raid-management', name: 'Keeping logs', currentLevel: 0 }), {
      type: 'achievement.put',
      item: { id: 'a1', title: 'Cut overdue actions by half', skillIds: ['s1'] },
    });
    expect(gradeOf('Maintain the RAID log.', plan, 'skill-raid')).toMatchObject({ grade: 'evidenced', reason: 'Shown by your achievement “Cut overdue actions by half”.' });
  });

  it('at or above the implied level: Claimed; below, aiming at or above: Planned; below, aiming lower: Missing', () => {
    const text = 'Strong stakeholder management is essential.';
    const at = (currentLevel: number, targetLevel: number) =>
      gradeOf(text, planWith(skill('s1', { catalogId: 'stakeholder-management', name: 'Stakeholders', currentLevel, targetLevel })), 'skill-stakeholders');
    expect(at(3, 3)).toMatchObject({ grade: 'claimed', reason: 'Your skill “Stakeholders” is at Proficient; it asks for Proficient. Log an achievement that shows it.' });
    expect(at(4, 4).grade).toBe('claimed');
    expect(at(1, 3)).toMatchObject({ grade: 'planned', reason: 'Your skill “Stakeholders” is at Aware, aiming for Proficient; it asks for Proficient.' });
    expect(at(2, 2)).toMatchObject({ grade: 'missing', reason: 'Your skill “Stakeholders” is at Practising, aiming for Practising; it asks for Proficient.' });
  });

  it('a skill named after a tool claims it; an open milestone naming a skill plans it, a done one does not', () => {
    expect(gradeOf('Jira essential.', planWith(skill('s1', { name: 'Jira', currentLevel: 3 })), 'tool-jira').grade).toBe('claimed');
    expect(gradeOf('Maintain the RAID log.', planWith(milestone('m1', 'Set up a RAID log for the pilot')), 'skill-raid').grade).toBe('planned');
    expect(gradeOf('Maintain the RAID log.', planWith(milestone('m1', 'Set up a RAID log for the pilot', 'done')), 'skill-raid').grade).toBe('missing');
  });

  it('a mapped phrase is claimed by the skill it was mapped to', () => {
    const plan = planWith(skill('s1', { name: 'Earned value', currentLevel: 3 }), { type: 'termMapping.put', item: { id: 'tm1', phrase: 'EVM', skillId: 's1' } });
    expect(gradeOf('Strong EVM essential.', plan, 'mapped:tm1').grade).toBe('claimed');
  });
});

describe('experience and degrees', () => {
  const TEXT = "At least 5 years' experience in a PMO.";

  it('adds up the work history: overlaps counted once, a current role runs to today, a role without a start left out', () => {
    const roles = [
      { startMonth: '2020-01', endMonth: '2021-12', current: false },
      { startMonth: '2021-07', endMonth: '2022-06', current: false },
      { startMonth: '2025-01', endMonth: null, current: true },
      { startMonth: null, endMonth: '2019-12', current: false },
    ];
    // 2020-01..2022-06 is 30 months; 2025-01..2026-12 is 24.
    expect(workHistoryMonths(roles, TODAY)).toBe(54);
    const plan = planWith(...roles.map((r, i) => role(`r${i}`, r)));
    expect(gradeOf(TEXT, plan, 'experience')).toMatchObject({ grade: 'missing', reason: 'Your work history adds up to 4 years 6 months.' });
    const more = apply(plan, role('r9', { startMonth: '2023-01', endMonth: '2024-12' }));
    expect(gradeOf(TEXT, more, 'experience')).toMatchObject({
      grade: 'claimed',
      reason: 'Your work history adds up to 6 years 6 months; check that enough of it is the kind of experience asked for.',
    });
    expect(gradeOf(TEXT, createEmptyPlan(NOW), 'experience')).toMatchObject({ grade: 'missing', reason: 'Add start and end months to your work history (Settings) to compare your years.' });
  });

  it('a degree is for the person to check', () => {
    expect(gradeOf("Bachelor's degree required.", createEmptyPlan(NOW), 'degree').grade).toBe('unknown');
  });
});

describe('the summary in words', () => {
  const TEXT = 'Essential criteria:\n- PRINCE2 Practitioner\n- Power BI\n- Jira\n\nDesirable criteria:\n- MSP Foundation\n- Smartsheet';
  const PLAN = () => planWith(cert('c1', 'prince2-7-practitioner', 'passed'), skill('s1', { name: 'Power BI', currentLevel: 3 }), milestone('m1', 'Try Smartsheet for the team tracker'));

  it('counts what is covered and planned, and names what is missing, required first', () => {
    const graded = grade(TEXT, PLAN());
    // The asks come certifications first; the missing list puts the essential Jira before the desirable MSP.
    expect(graded.map((g) => g.ask.key)).toEqual(['cert-prince2-practitioner', 'cert-msp-foundation', 'tool-power-bi', 'tool-jira', 'tool-smartsheet']);
    const summary = summariseListing(graded);
    expect(summary).toMatchObject({ counted: 5, covered: 2, planned: 1, toCheck: null });
    expect(summary.headline).toBe('Covers 2 of the 5 things it asks for; 1 is only planned; missing: Jira, MSP Foundation.');
    expect(summary.essentials).toBe('Of its 3 essentials you cover 2; missing: Jira.');
    expect(summary.missing.map((g) => g.ask.key)).toEqual(['tool-jira', 'cert-msp-foundation']);
  });

  it('says when every essential is covered, names at most five, and leaves a degree to check', () => {
    const covered = apply(PLAN(), skill('s2', { name: 'Jira', currentLevel: 4 }));
    expect(summariseListing(grade(TEXT, covered)).essentials).toBe('You cover all 3 of its essentials.');
    const many = summariseListing(grade('Jira, Smartsheet, Planview, SharePoint, PowerPoint, Power BI and MS Project. A degree is essential.', createEmptyPlan(NOW)));
    expect(many.headline).toBe('Covers 0 of the 7 things it asks for; missing: Jira, Smartsheet, Planview, SharePoint, PowerPoint and 2 more.');
    expect(many.toCheck).toBe('It also asks for a degree, which your plan does not record.');
    expect(summariseListing([]).headline).toBe('It asks for nothing the app can compare with your plan yet.');
  });
});

describe('closing a gap in one step', () => {
  const TEXT = 'Essential criteria:\n- PRINCE2 Practitioner\n- Strong benefits realisation\n- Jira\n- Strong change control';
  const LISTING = ListingFieldsSchema.parse({ id: 'l1', title: 'PMO Analyst', organisation: 'Harbourside', text: TEXT });

  function close(plan: Plan, key: string, kind: string, newId: string) {
    const graded = gradeOf(TEXT, plan, key);
    const action = gapActions(graded, plan).find((a) => a.kind === kind);
    if (!action) throw new Error(`No ${kind} action for ${key}`);
    const listing = plan.listings.find((l) => l.id === 'l1') ?? LISTING;
    return { before: graded, action, after: apply(plan, closeGapChange(listing, key, action, newId)) };
  }

  it.each([
    ['cert-prince2-practitioner', 'add-certification', 'certifications', 'Add PRINCE2 7 Practitioner to your certifications'],
    ['skill-benefits', 'add-skill', 'skills', 'Add the skill “Benefits realisation”, aiming for Proficient'],
    ['tool-jira', 'add-skill', 'skills', 'Add the skill “Jira”, aiming for Proficient'],
    ['cert-prince2-practitioner', 'add-milestone', 'milestones', 'Plan a milestone: Choose a PRINCE2 Practitioner course and exam date'],
    ['tool-jira', 'add-milestone', 'milestones', "Plan a milestone: Track one team's work in Jira for a month and report its progress from the board"],
  ] as const)('%s by %s: the item and the closed gap are added, and the ask moves from Missing to Planned', (key, kind, collection, label) => {
    const plan = apply(createEmptyPlan(NOW), { type: 'listing.put', item: LISTING });
    const { before, action, after } = close(plan, key, kind, 'new1');
    expect(before.grade).toBe('missing');
    expect(action.label).toBe(label);
    expect(after[collection].map((item) => item.id)).toEqual(['new1']);
    expect(after.listings).toHaveLength(1);
    expect(after.listings[0]!.closedGaps).toEqual([{ termId: key, collection, itemId: 'new1' }]);
    expect(gradeOf(TEXT, after, key).grade).toBe('planned');
  });

  it('raises the target of a skill aiming too low, and saves the listing if it was not in the plan yet', () => {
    const plan = planWith(skill('s1', { catalogId: 'change-control', name: 'Change control', currentLevel: 1, targetLevel: 2 }));
    const { before, action, after } = close(plan, 'skill-change-control', 'raise-target', 'ignored');
    expect(before.grade).toBe('missing');
    expect(action.label).toBe('Aim for Proficient in “Change control”');
    expect(after.skills).toEqual([expect.objectContaining({ id: 's1', currentLevel: 1, targetLevel: 3 })]);
    expect(after.listings).toEqual([expect.objectContaining({ id: 'l1', title: 'PMO Analyst', text: TEXT, closedGaps: [{ termId: 'skill-change-control', collection: 'skills', itemId: 's1' }] })]);
    expect(gradeOf(TEXT, after, 'skill-change-control').grade).toBe('planned');
  });

  it('offers nothing for what is covered, nor for years or a degree', () => {
    const plan = planWith(cert('c1', 'prince2-7-practitioner', 'passed'));
    expect(gapActions(gradeOf(TEXT, plan, 'cert-prince2-practitioner'), plan)).toEqual([]);
    const other = "5 years' experience and a degree.";
    for (const key of ['experience', 'degree']) expect(gapActions(gradeOf(other, plan, key), plan)).toEqual([]);
  });
});
