import { describe, expect, it } from 'vitest';
import { syncFollowingMilestones, type Certification, type Milestone, type Plan } from '../../../shared/model';
import { FIXED_NOW, certification, milestone, planWith } from '../../support/plan-builders';

/**
 * The edges of syncFollowingMilestones: which milestones are in scope, how several linked
 * certifications combine (any chosen, the first exam date, any booked), what is left alone (dropped,
 * nothing linked, a certification that no longer exists), and that nothing changed means the very same
 * plan and milestone objects, while any one field out of line is brought back.
 */

const clock = { now: '2026-12-02T10:00:00.000Z', today: '2026-12-02' };
const cert = (id: string, fields: Partial<Certification> = {}) => certification({ id, catalogId: 'pmp', ...fields });
const choose = (fields: Partial<Milestone> = {}) =>
  milestone({ id: 'choose', follows: 'certification-chosen', links: { skillIds: [], certificationIds: ['a'], achievementIds: [] }, ...fields });
const sit = (fields: Partial<Milestone> = {}) =>
  milestone({ id: 'sit', follows: 'certification-passed', links: { skillIds: [], certificationIds: ['a'], achievementIds: [] }, ...fields });
const links = (...certificationIds: string[]) => ({ skillIds: [], certificationIds, achievementIds: [] });
const byCertification = (...ids: string[]) => ({ certificationIds: new Set(ids) });
const sync = (plan: Plan, scope: Parameters<typeof syncFollowingMilestones>[1]) => syncFollowingMilestones(plan, scope, clock);
const only = (plan: Plan) => plan.milestones[0]!;

describe('which milestones are brought in line', () => {
  it('leaves a following milestone alone when the changed certification is not one it links', () => {
    const plan = planWith({ certifications: [cert('a', { status: 'passed' }), cert('b')], milestones: [sit()] });
    expect(sync(plan, byCertification('b'))).toBe(plan);
  });

  it('updates a milestone when any one of its linked certifications changed', () => {
    const plan = planWith({ certifications: [cert('a'), cert('b', { status: 'passed', issuedOn: '2026-11-20' })], milestones: [sit({ links: links('a', 'b') })] });
    expect(only(sync(plan, byCertification('b')))).toMatchObject({ status: 'done', completedOn: '2026-11-20', updatedAt: clock.now });
  });

  it('returns the same plan, and the same milestone, when a milestone in scope is already in line', () => {
    const plan = planWith({ certifications: [cert('a', { status: 'studying' })], milestones: [sit()] });
    const result = sync(plan, byCertification('a'));
    expect(result).toBe(plan);
    expect(only(result)).toBe(plan.milestones[0]);
    expect(only(result).updatedAt).toBe(FIXED_NOW);
  });

  it('ignores a link to a certification that no longer exists', () => {
    const plan = planWith({ milestones: [choose({ links: links('gone') })] });
    expect(sync(plan, { milestoneIds: new Set(['choose']) })).toBe(plan);
  });
});

describe('what is left to the person', () => {
  it('never touches a dropped milestone, even when its certification is passed', () => {
    const plan = planWith({ certifications: [cert('a', { status: 'passed' })], milestones: [sit({ status: 'dropped' }), choose({ status: 'dropped' })] });
    expect(sync(plan, byCertification('a'))).toBe(plan);
  });

  it('leaves a done milestone that follows but links no certification as it is', () => {
    const plan = planWith({ milestones: [choose({ status: 'done', completedOn: '2026-11-01', links: links() })] });
    expect(sync(plan, { milestoneIds: new Set(['choose']) })).toBe(plan);
  });
});

describe('"Choose a certification" with several linked', () => {
  it('is done once any one of them is past Considering', () => {
    const plan = planWith({ certifications: [cert('a'), cert('b', { status: 'planned' })], milestones: [choose({ links: links('a', 'b') })] });
    expect(only(sync(plan, byCertification('b')))).toMatchObject({ status: 'done', completedOn: clock.today });
  });

  it('keeps a milestone in progress while every one is still Considering', () => {
    const plan = planWith({ certifications: [cert('a')], milestones: [choose({ status: 'doing' })] });
    const result = sync(plan, byCertification('a'));
    expect(result).toBe(plan);
    expect(only(result).status).toBe('doing');
  });
});

describe('"Sit the exam" with several linked', () => {
  it('takes the exam date of the first one that has one', () => {
    const plan = planWith({
      certifications: [cert('a', { status: 'studying' }), cert('b', { status: 'exam-booked', examDate: '2027-03-15' })],
      milestones: [sit({ dueDate: '2027-09-01', links: links('a', 'b') })],
    });
    expect(only(sync(plan, byCertification('a')))).toMatchObject({ dueDate: '2027-03-15', status: 'doing' });
  });

  it('is in progress once any one has its exam booked', () => {
    const plan = planWith({
      certifications: [cert('a', { status: 'studying' }), cert('b', { status: 'exam-booked' })],
      milestones: [sit({ links: links('a', 'b') })],
    });
    expect(only(sync(plan, byCertification('b')))).toMatchObject({ status: 'doing', dueDate: null, completedOn: null, updatedAt: clock.now });
  });

  it('stays to do while none is booked', () => {
    const plan = planWith({ certifications: [cert('a', { status: 'studying' }), cert('b', { status: 'planned' })], milestones: [sit({ links: links('a', 'b') })] });
    const result = sync(plan, byCertification('a', 'b'));
    expect(result).toBe(plan);
    expect(only(result).status).toBe('todo');
  });

  it('keeps the day it was first done when the certification is passed again later', () => {
    const plan = planWith({
      certifications: [cert('a', { status: 'passed', issuedOn: '2027-03-20' })],
      milestones: [sit({ status: 'done', completedOn: '2027-01-10' })],
    });
    const result = sync(plan, byCertification('a'));
    expect(result).toBe(plan);
    expect(only(result).completedOn).toBe('2027-01-10');
  });

  it('brings in a newly set exam date even when the status stays the same', () => {
    const plan = planWith({ certifications: [cert('a', { status: 'studying', examDate: '2027-05-01' })], milestones: [sit({ dueDate: '2027-09-01' })] });
    expect(only(sync(plan, byCertification('a')))).toMatchObject({ status: 'todo', dueDate: '2027-05-01', updatedAt: clock.now });
  });

  it('clears a completion date on a milestone that is not done, even when nothing else changes', () => {
    const plan = planWith({ certifications: [cert('a', { status: 'studying' })], milestones: [sit({ status: 'todo', completedOn: '2026-11-01' })] });
    expect(only(sync(plan, byCertification('a')))).toMatchObject({ status: 'todo', dueDate: null, completedOn: null, updatedAt: clock.now });
  });
});
