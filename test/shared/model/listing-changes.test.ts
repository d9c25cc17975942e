import { describe, expect, it } from 'vitest';
import {
  PLAN_COLLECTIONS,
  PlanChangeSchema,
  PlanSchema,
  applyPlanChange,
  createEmptyPlan,
  describeIssues,
  inverseChange,
  type ChangeClock,
  type GapTargetCollection,
  type Plan,
  type PlanChangeInput,
} from '../../../shared/model';
import { safeParsePlan } from '../../../shared/model/validated-plan';

/**
 * Job listings and term mappings (schema v4): main stamps the day a listing's status changed, the
 * schema keeps the advert's text and link sane, and deleting a skill, certification or milestone takes
 * with it every closed gap (and, for a skill, every term mapping) that pointed at it — and Undo puts
 * them back.
 */

const T0 = '2026-12-01T09:00:00.000Z';
const clock: ChangeClock = { now: T0, today: '2026-12-01' };
const later: ChangeClock = { now: '2026-12-05T14:30:00.000Z', today: '2026-12-05' };
const ADVERT = 'PMO Analyst. PRINCE2 Practitioner essential; Power BI desirable. Maintain the RAID log.';

function apply(plan: Plan, change: PlanChangeInput, at: ChangeClock = clock): Plan {
  return PlanSchema.parse(applyPlanChange(plan, PlanChangeSchema.parse(change), at));
}

function listing(fields: Record<string, unknown> = {}): PlanChangeInput {
  return { type: 'listing.put', item: { id: 'l1', title: 'PMO Analyst', organisation: 'Northwind Health', text: ADVERT, ...fields } } as PlanChangeInput;
}

describe('listing.put stamps the day the status changed', () => {
  it('stamps a new listing without a day with today', () => {
    const plan = apply(createEmptyPlan(T0), listing());
    expect(plan.listings).toHaveLength(1);
    expect(plan.listings[0]).toMatchObject({ status: 'interested', statusOn: '2026-12-01', createdAt: T0, updatedAt: T0 });
  });

  it('keeps the day a new listing carries (an import, or one put back by Undo)', () => {
    const plan = apply(createEmptyPlan(T0), listing({ status: 'applied', statusOn: '2026-11-20' }));
    expect(plan.listings[0]).toMatchObject({ status: 'applied', statusOn: '2026-11-20' });
  });

  it('keeps the day on an edit that keeps the status', () => {
    const first = apply(createEmptyPlan(T0), listing({ status: 'applied' }));
    expect(first.listings[0]!.statusOn).toBe('2026-12-01');
    // The form sends the whole item back, or leaves the day out: either way it stays.
    const edited = apply(first, listing({ status: 'applied', notes: 'Chased the recruiter' }), later);
    expect(edited.listings[0]).toMatchObject({ status: 'applied', statusOn: '2026-12-01', notes: 'Chased the recruiter', createdAt: T0, updatedAt: later.now });
    const resent = apply(first, listing({ status: 'applied', statusOn: '2026-12-01', title: 'Senior PMO Analyst' }), later);
    expect(resent.listings[0]).toMatchObject({ title: 'Senior PMO Analyst', statusOn: '2026-12-01' });
  });

  it('restamps with today when the status changes, whatever day the item carries', () => {
    const first = apply(createEmptyPlan(T0), listing({ status: 'applied' }));
    const interview = apply(first, listing({ status: 'interview', statusOn: '2026-12-01' }), later);
    expect(interview.listings[0]).toMatchObject({ status: 'interview', statusOn: '2026-12-05', createdAt: T0 });
    const omitted = apply(first, listing({ status: 'rejected' }), later);
    expect(omitted.listings[0]!.statusOn).toBe('2026-12-05');
  });

  it('leaves other listings as they were (and as the same objects, for undo)', () => {
    const plan = apply(createEmptyPlan(T0), { type: 'batch', changes: [listing(), listing({ id: 'l2', title: 'Portfolio Manager' })] as never });
    const next = applyPlanChange(plan, PlanChangeSchema.parse(listing({ status: 'offer' })), later);
    expect(next.listings[1]).toBe(plan.listings[1]);
    expect(next.listings[0]!.statusOn).toBe('2026-12-05');
  });
});

describe('a listing must make sense', () => {
  const withListing = () => apply(createEmptyPlan(T0), listing());

  it('holds up to 50,000 characters of advert text and refuses more, naming the listing text in plain words', () => {
    const plan = withListing();
    const at = (n: number): unknown => ({ ...plan, listings: [{ ...plan.listings[0]!, text: 'x'.repeat(n) }] });
    expect(safeParsePlan(at(50_000)).success).toBe(true);
    const over = safeParsePlan(at(50_001));
    expect(over.success).toBe(false);
    if (over.success) return;
    expect(over.error.issues.map((issue) => issue.message)).toEqual(['Keep the listing text under 50,000 characters.']);
    expect(over.error.issues[0]!.path).toEqual(['listings', 0, 'text']);
    expect(describeIssues(over.error, 'plan')).toBe('The plan is not valid: Keep the listing text under 50,000 characters.');
    // The edit is refused before it reaches the plan, with the same words.
    const change = PlanChangeSchema.safeParse(listing({ text: 'x'.repeat(50_001) }));
    expect(change.success).toBe(false);
    expect(!change.success && describeIssues(change.error, 'change')).toMatch(/Keep the listing text under 50,000 characters\./);
  });

  it('needs some advert text', () => {
    const change = PlanChangeSchema.safeParse(listing({ text: '  \n ' }));
    expect(change.success).toBe(false);
    expect(!change.success && change.error.issues.map((i) => i.message)).toEqual(['Enter the listing text.']);
    const { text: _text, ...item } = (listing() as { item: Record<string, unknown> }).item;
    expect(PlanChangeSchema.safeParse({ type: 'listing.put', item }).success).toBe(false);
  });

  it('needs a job title', () => {
    const change = PlanChangeSchema.safeParse(listing({ title: '   ' }));
    expect(change.success).toBe(false);
    expect(!change.success && change.error.issues.map((i) => i.message)).toEqual(['Enter the job title.']);
    const plan = withListing();
    const saved = safeParsePlan({ ...plan, listings: [{ ...plan.listings[0]!, title: '' }] });
    expect(!saved.success && describeIssues(saved.error, 'plan')).toBe('The plan is not valid: Enter the job title.');
  });

  it('takes a link only if it is a web address, or none', () => {
    for (const link of ['www.nhs.uk/jobs/123', 'not a link', 'ftp://example.com/job', 'https://']) {
      const change = PlanChangeSchema.safeParse(listing({ link }));
      expect(change.success, link).toBe(false);
      expect(!change.success && change.error.issues.map((i) => i.message)).toEqual(['Enter a web address starting with https://, or leave it empty.']);
    }
    for (const link of ['', 'https://www.linkedin.com/jobs/view/3912345678', 'http://jobs.example.gov.uk/pmo?ref=abc']) {
      expect(apply(createEmptyPlan(T0), listing({ link })).listings[0]!.link).toBe(link);
    }
    const plan = withListing();
    const saved = safeParsePlan({ ...plan, listings: [{ ...plan.listings[0]!, link: 'example.com' }] });
    expect(!saved.success && describeIssues(saved.error, 'plan')).toBe('The plan is not valid: Enter a web address starting with https://, or leave it empty.');
  });
});

describe('termMapping.put', () => {
  it('remembers a phrase as a skill, or as nothing (null) by default, and replaces it by id', () => {
    let plan = apply(createEmptyPlan(T0), { type: 'skill.put', item: { id: 's1', area: 'business', name: 'Reporting' } });
    plan = apply(plan, { type: 'termMapping.put', item: { id: 'tm1', phrase: 'Power BI', skillId: 's1' } });
    plan = apply(plan, { type: 'termMapping.put', item: { id: 'tm2', phrase: 'synergy' } });
    expect(plan.termMappings.map(({ id, phrase, skillId }) => ({ id, phrase, skillId }))).toEqual([
      { id: 'tm1', phrase: 'Power BI', skillId: 's1' },
      { id: 'tm2', phrase: 'synergy', skillId: null },
    ]);
    const edited = apply(plan, { type: 'termMapping.put', item: { id: 'tm1', phrase: 'Power BI', skillId: null } }, later);
    expect(edited.termMappings[0]).toMatchObject({ id: 'tm1', skillId: null, createdAt: T0, updatedAt: later.now });
    expect(edited.termMappings).toHaveLength(2);
    expect(PlanChangeSchema.safeParse({ type: 'termMapping.put', item: { id: 'tm3', phrase: ' ' } }).success).toBe(false);
  });
});

/**
 * A skill, a certification and a milestone all with the id "x", a listing that closed a gap with each
 * of them, a second listing that closed none, and term mappings to the skill, to another skill and to
 * nothing.
 */
function linkedPlan(): Plan {
  return apply(createEmptyPlan(T0), {
    type: 'batch',
    changes: [
      { type: 'skill.put', item: { id: 'x', area: 'business', name: 'Power BI reporting' } },
      { type: 'skill.put', item: { id: 'y', area: 'leadership', name: 'Stakeholder management' } },
      { type: 'certification.put', item: { id: 'x', catalogId: 'prince2-practitioner' } },
      { type: 'milestone.put', item: { id: 'x', title: 'Keep a RAID log for a live project' } },
      {
        type: 'listing.put',
        item: {
          id: 'l1',
          title: 'PMO Analyst',
          text: ADVERT,
          status: 'applied',
          statusOn: '2026-11-28',
          closedGaps: [
            { termId: 'tool-power-bi', collection: 'skills', itemId: 'x' },
            { termId: 'cert-prince2-practitioner', collection: 'certifications', itemId: 'x' },
            { termId: 'practice-raid-log', collection: 'milestones', itemId: 'x' },
            { termId: 'mapped:tm2', collection: 'skills', itemId: 'y' },
          ],
        },
      },
      { type: 'listing.put', item: { id: 'l2', title: 'Project Support Officer', text: 'Agile (Scrum) awareness.' } },
      { type: 'termMapping.put', item: { id: 'tm1', phrase: 'Power BI', skillId: 'x' } },
      { type: 'termMapping.put', item: { id: 'tm2', phrase: 'stakeholder engagement', skillId: 'y' } },
      { type: 'termMapping.put', item: { id: 'tm3', phrase: 'synergy', skillId: null } },
    ] as never,
  });
}

const gapsOf = (plan: Plan, id = 'l1') => plan.listings.find((l) => l.id === id)!.closedGaps.map((g) => `${g.collection}:${g.itemId}:${g.termId}`);

describe('deleting an item a listing or term mapping points at', () => {
  it('a skill: its closed gap and its term mappings go; the same id in another collection stays', () => {
    const before = linkedPlan();
    const plan = apply(before, { type: 'item.delete', collection: 'skills', id: 'x' });
    expect(gapsOf(plan)).toEqual(['certifications:x:cert-prince2-practitioner', 'milestones:x:practice-raid-log', 'skills:y:mapped:tm2']);
    expect(plan.termMappings.map((m) => m.id)).toEqual(['tm2', 'tm3']);
    expect(plan.listings[1]).toEqual(before.listings[1]);
    // The listing itself is otherwise untouched: its status day is not restamped by a delete.
    expect(plan.listings[0]).toMatchObject({ status: 'applied', statusOn: '2026-11-28', updatedAt: before.listings[0]!.updatedAt });
  });

  it('a certification: only its closed gap goes, and no term mapping', () => {
    const before = linkedPlan();
    const plan = apply(before, { type: 'item.delete', collection: 'certifications', id: 'x' });
    expect(gapsOf(plan)).toEqual(['skills:x:tool-power-bi', 'milestones:x:practice-raid-log', 'skills:y:mapped:tm2']);
    expect(plan.termMappings).toEqual(before.termMappings);
  });

  it('a milestone: only its closed gap goes, and no term mapping', () => {
    const before = linkedPlan();
    const plan = apply(before, { type: 'item.delete', collection: 'milestones', id: 'x' });
    expect(gapsOf(plan)).toEqual(['skills:x:tool-power-bi', 'certifications:x:cert-prince2-practitioner', 'skills:y:mapped:tm2']);
    expect(plan.termMappings).toEqual(before.termMappings);
  });

  it('keeps listings and term mappings that do not point at it as the same objects (undo compares by reference)', () => {
    const before = linkedPlan();
    const next = applyPlanChange(before, PlanChangeSchema.parse({ type: 'item.delete', collection: 'skills', id: 'x' }), clock);
    expect(next.listings[0]).not.toBe(before.listings[0]);
    expect(next.listings[1]).toBe(before.listings[1]);
    expect(next.termMappings[0]).toBe(before.termMappings[1]);
    const milestoneGone = applyPlanChange(before, PlanChangeSchema.parse({ type: 'item.delete', collection: 'milestones', id: 'x' }), clock);
    expect(milestoneGone.termMappings).toBe(before.termMappings);
  });
});

/** The plan without the stamps an undo cannot restore, items in id order. */
function content(plan: Plan) {
  const strip = (items: readonly { id: string; createdAt: string; updatedAt: string }[]) =>
    [...items].map(({ createdAt: _c, updatedAt: _u, ...fields }) => fields).sort((a, b) => a.id.localeCompare(b.id));
  const { updatedAt: _updated, ...rest } = plan;
  return { ...rest, ...Object.fromEntries(PLAN_COLLECTIONS.map((c) => [c, strip(plan[c] as never)])) };
}

describe('undoing such a delete', () => {
  it.each<GapTargetCollection>(['skills', 'certifications', 'milestones'])('puts back the %s item, the closed gap and any term mapping', (collection) => {
    const before = linkedPlan();
    const after = apply(before, { type: 'item.delete', collection, id: 'x' }, later);
    expect(gapsOf(after)).toHaveLength(3);
    const inverse = inverseChange(before, after);
    if (inverse === null) throw new Error('expected an inverse');
    const undone = apply(after, inverse, { now: '2026-12-06T08:00:00.000Z', today: '2026-12-06' });
    expect(gapsOf(undone)).toEqual(gapsOf(before));
    expect(content(undone)).toEqual(content(before));
    expect(undone.termMappings.map((m) => [m.id, m.phrase, m.skillId]).sort()).toEqual([
      ['tm1', 'Power BI', 'x'],
      ['tm2', 'stakeholder engagement', 'y'],
      ['tm3', 'synergy', null],
    ]);
    // Undo is not a status change: the listing keeps the day it was applied for.
    expect(undone.listings.find((l) => l.id === 'l1')!.statusOn).toBe('2026-11-28');
  });
});
