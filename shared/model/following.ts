import type { Certification, Milestone, Plan } from './plan';
import type { MilestoneFollowRule } from './vocabulary';

/**
 * Milestones that stand for a plan item follow it: "Choose a certification to work towards" is done
 * once a linked certification is past Considering; "Sit the exam" takes the linked certification's exam
 * date and is done when it is passed. The rules run inside applyPlanChange, so main and the page's
 * optimistic copy agree and one Undo takes the milestone back with the certification.
 *
 * When they run: after a change to a certification a following milestone links, and when a milestone
 * starts following (or is added following). A person's own edit of a following milestone's status or
 * date is left alone until the certification changes again; "Stop following" (follows: null) unlinks it
 * for good. Dropped milestones are never touched: the person decided against them.
 */

interface FollowState {
  status: Milestone['status'];
  dueDate: string | null;
  completedOn: string | null;
}

/** Statuses that mean the exam was sat and passed (a lapsed certificate was still passed once). */
const PASSED: ReadonlySet<Certification['status']> = new Set(['passed', 'lapsed']);

function followed(rule: MilestoneFollowRule, milestone: Milestone, linked: readonly Certification[], today: string): FollowState {
  const current: FollowState = { status: milestone.status, dueDate: milestone.dueDate, completedOn: milestone.completedOn };
  if (linked.length === 0 || milestone.status === 'dropped') return current;
  if (rule === 'certification-chosen') {
    const chosen = linked.some((c) => c.status !== 'considering');
    return settle(current, chosen, today);
  }
  const exam = linked.find((c) => c.examDate !== null)?.examDate ?? current.dueDate;
  const passed = linked.find((c) => PASSED.has(c.status));
  if (passed) return { status: 'done', dueDate: exam, completedOn: current.status === 'done' ? current.completedOn : (passed.issuedOn ?? today) };
  const booked = linked.some((c) => c.status === 'exam-booked');
  const status = current.status === 'done' ? 'todo' : booked && current.status === 'todo' ? 'doing' : current.status;
  return { status, dueDate: exam, completedOn: null };
}

function settle(current: FollowState, done: boolean, today: string): FollowState {
  if (done) return current.status === 'done' ? current : { ...current, status: 'done', completedOn: today };
  return current.status === 'done' ? { ...current, status: 'todo', completedOn: null } : current;
}

/**
 * Bring following milestones in line with their certifications. `certificationIds` limits it to
 * milestones linking one of those (a certification just changed); `milestoneIds` to those milestones
 * (they just started following). Unchanged milestones keep their identity, as the reducer requires.
 */
export function syncFollowingMilestones(
  plan: Plan,
  scope: { certificationIds?: ReadonlySet<string>; milestoneIds?: ReadonlySet<string> },
  clock: { now: string; today: string },
): Plan {
  const certificationsById = new Map(plan.certifications.map((c) => [c.id, c]));
  let changed = false;
  const milestones = plan.milestones.map((milestone) => {
    if (milestone.follows === null) return milestone;
    const inScope =
      scope.milestoneIds?.has(milestone.id) || milestone.links.certificationIds.some((id) => scope.certificationIds?.has(id));
    if (!inScope) return milestone;
    const linked = milestone.links.certificationIds.flatMap((id) => certificationsById.get(id) ?? []);
    const next = followed(milestone.follows, milestone, linked, clock.today);
    if (next.status === milestone.status && next.dueDate === milestone.dueDate && next.completedOn === milestone.completedOn) return milestone;
    changed = true;
    return { ...milestone, ...next, updatedAt: clock.now };
  });
  return changed ? { ...plan, milestones } : plan;
}
