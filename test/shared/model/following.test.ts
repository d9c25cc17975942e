import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanChangeSchema, PlanSchema, applyPlanChange, createEmptyPlan, inverseChange, type Plan, type PlanChangeInput } from '../../../shared/model';
import { arbitraryPlan } from '../../support/arbitraries';

const T0 = '2026-12-01T09:00:00.000Z';
const clock = { now: '2026-12-02T10:00:00.000Z', today: '2026-12-02' };
const apply = (plan: Plan, change: PlanChangeInput, at = clock) => PlanSchema.parse(applyPlanChange(plan, PlanChangeSchema.parse(change), at));

/** A plan with PMP (considering) and the two starter certification steps following it, plus one that does not. */
function starterPlan(): Plan {
  const plan = createEmptyPlan(T0);
  return apply(plan, {
    type: 'batch',
    changes: [
      { type: 'certification.put', item: { id: 'pmp', catalogId: 'pmp' } },
      { type: 'milestone.put', item: { id: 'choose', title: 'Choose a certification to work towards', links: { certificationIds: ['pmp'] }, follows: 'certification-chosen' } },
      { type: 'milestone.put', item: { id: 'sit', title: 'Sit the exam', dueDate: '2027-09-01', links: { certificationIds: ['pmp'] }, follows: 'certification-passed' } },
      { type: 'milestone.put', item: { id: 'own', title: 'Read the PMP handbook', links: { certificationIds: ['pmp'] } } },
    ],
  });
}

const milestone = (plan: Plan, id: string) => plan.milestones.find((m) => m.id === id)!;
const setCertification = (plan: Plan, patch: Record<string, unknown>, at = clock) => {
  const { createdAt: _c, updatedAt: _u, ...fields } = plan.certifications.find((c) => c.id === 'pmp')!;
  return apply(plan, { type: 'certification.put', item: { ...fields, ...patch } }, at);
};

describe('milestones that follow a certification', () => {
  it('"Choose a certification" is done once a linked certification is past Considering, and reopens if it goes back', () => {
    const planned = setCertification(starterPlan(), { status: 'planned' });
    expect(milestone(planned, 'choose')).toMatchObject({ status: 'done', completedOn: '2026-12-02', updatedAt: clock.now });
    const later = setCertification(planned, { status: 'studying' }, { now: '2026-12-09T10:00:00.000Z', today: '2026-12-09' });
    expect(milestone(later, 'choose').completedOn).toBe('2026-12-02');
    expect(milestone(setCertification(planned, { status: 'considering' }), 'choose')).toMatchObject({ status: 'todo', completedOn: null });
  });

  it('"Sit the exam" takes the booked exam date, is in progress while booked, and done when passed', () => {
    const booked = setCertification(starterPlan(), { status: 'exam-booked', examDate: '2027-03-15' });
    expect(milestone(booked, 'sit')).toMatchObject({ dueDate: '2027-03-15', status: 'doing' });
    const passed = setCertification(booked, { status: 'passed', issuedOn: '2027-03-20' });
    expect(milestone(passed, 'sit')).toMatchObject({ status: 'done', completedOn: '2027-03-20', dueDate: '2027-03-15' });
    expect(milestone(setCertification(booked, { status: 'passed' }), 'sit').completedOn).toBe(clock.today);
    // A lapsed certificate was still passed.
    expect(milestone(setCertification(passed, { status: 'lapsed' }), 'sit').status).toBe('done');
    // A pass taken back reopens it.
    expect(milestone(setCertification(passed, { status: 'studying' }), 'sit')).toMatchObject({ status: 'todo', completedOn: null });
  });

  it('keeps its own due date while no exam is booked', () => {
    expect(milestone(setCertification(starterPlan(), { status: 'studying' }), 'sit').dueDate).toBe('2027-09-01');
  });

  it('never touches a milestone that does not follow, or one the person dropped', () => {
    let plan = starterPlan();
    const { createdAt: _c, updatedAt: _u, ...sit } = milestone(plan, 'sit');
    plan = apply(plan, { type: 'milestone.put', item: { ...sit, status: 'dropped' } });
    const before = milestone(plan, 'own');
    const after = setCertification(plan, { status: 'passed', examDate: '2027-01-01' });
    expect(milestone(after, 'own')).toEqual(before);
    expect(milestone(after, 'sit')).toMatchObject({ status: 'dropped', dueDate: '2027-09-01' });
  });

  it('leaves the person’s own change of a following milestone alone until the certification changes again', () => {
    let plan = setCertification(starterPlan(), { status: 'planned' });
    const { createdAt: _c, updatedAt: _u, ...choose } = milestone(plan, 'choose');
    plan = apply(plan, { type: 'milestone.put', item: { ...choose, status: 'todo' } });
    expect(milestone(plan, 'choose').status).toBe('todo');
    expect(milestone(setCertification(plan, { notes: 'voucher bought' }), 'choose').status).toBe('done');
  });

  it('starting to follow brings a milestone in line at once; "No" (follows: null) unlinks it for good', () => {
    let plan = setCertification(starterPlan(), { status: 'exam-booked', examDate: '2027-05-05' });
    const { createdAt: _c, updatedAt: _u, ...own } = milestone(plan, 'own');
    plan = apply(plan, { type: 'milestone.put', item: { ...own, follows: 'certification-passed' } });
    expect(milestone(plan, 'own')).toMatchObject({ dueDate: '2027-05-05', status: 'doing' });
    const { createdAt: _c2, updatedAt: _u2, ...sit } = milestone(plan, 'sit');
    plan = apply(plan, { type: 'milestone.put', item: { ...sit, follows: null } });
    expect(milestone(setCertification(plan, { status: 'passed' }), 'sit').status).toBe('doing');
  });

  it('does nothing once its certification link is removed', () => {
    let plan = starterPlan();
    const { createdAt: _c, updatedAt: _u, ...choose } = milestone(plan, 'choose');
    plan = apply(plan, { type: 'milestone.put', item: { ...choose, links: { ...choose.links, certificationIds: [] } } });
    expect(milestone(setCertification(plan, { status: 'passed' }), 'choose').status).toBe('todo');
  });

  it('one Undo takes the certification and the milestones it moved back together', () => {
    const before = starterPlan();
    const after = setCertification(before, { status: 'passed', examDate: '2027-01-10' });
    const undo = inverseChange(before, after)!;
    const undone = apply(after, undo);
    for (const id of ['choose', 'sit']) expect({ ...milestone(undone, id), updatedAt: '' }).toEqual({ ...milestone(before, id), updatedAt: '' });
  });

  it('a certification change never alters a milestone that does not follow (any plan)', () => {
    fc.assert(
      fc.property(arbitraryPlan(), fc.constantFrom('considering', 'planned', 'exam-booked', 'passed', 'lapsed'), (plan, status) => {
        const target = plan.certifications[0];
        if (!target) return;
        const { createdAt: _c, updatedAt: _u, ...fields } = target;
        const next = applyPlanChange(plan, PlanChangeSchema.parse({ type: 'certification.put', item: { ...fields, status } }), clock);
        plan.milestones.forEach((m, index) => {
          if (m.follows === null) expect(next.milestones[index]).toBe(m);
        });
      }),
      { numRuns: 150 },
    );
  });
});
