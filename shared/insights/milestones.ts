import { daysBetween } from '../date-arithmetic';
import type { Milestone, Plan } from '../model/plan';

/**
 * What needs attention on the timeline, given the person's local `today`.
 * Only open milestones (to do or in progress) can be overdue or due; done and dropped ones are history.
 * A milestone due today is "due", not overdue: the day is not over yet.
 */

export interface DatedMilestone {
  milestone: Milestone;
  dueDate: string;
  /** Days from today to the due date: negative when overdue, 0 when due today. */
  daysUntilDue: number;
}

export interface MilestoneTimeline {
  /** Past their due date, the longest overdue first. */
  overdue: DatedMilestone[];
  /** Due today or later, the soonest first. */
  upcoming: DatedMilestone[];
  /** Open but with no due date, in plan order. */
  undated: Milestone[];
}

export function isOpenMilestone(milestone: Pick<Milestone, 'status'>): boolean {
  return milestone.status === 'todo' || milestone.status === 'doing';
}

export function milestoneTimeline(plan: Pick<Plan, 'milestones'>, today: string): MilestoneTimeline {
  const open = plan.milestones.filter(isOpenMilestone);
  const dated = open
    .filter((m): m is Milestone & { dueDate: string } => m.dueDate !== null)
    .map((m) => ({ milestone: m, dueDate: m.dueDate, daysUntilDue: daysBetween(today, m.dueDate) }))
    // Stable sort: milestones due on the same day keep their plan order.
    .sort((a, b) => a.daysUntilDue - b.daysUntilDue);
  return {
    overdue: dated.filter((d) => d.daysUntilDue < 0),
    upcoming: dated.filter((d) => d.daysUntilDue >= 0),
    undated: open.filter((m) => m.dueDate === null),
  };
}

/** Open milestones past their due date, the longest overdue first. */
export function overdueMilestones(plan: Pick<Plan, 'milestones'>, today: string): DatedMilestone[] {
  return milestoneTimeline(plan, today).overdue;
}

/** The next `limit` open milestones due today or later, soonest first. */
export function nextDueMilestones(plan: Pick<Plan, 'milestones'>, today: string, limit = 5): DatedMilestone[] {
  return milestoneTimeline(plan, today).upcoming.slice(0, Math.max(0, limit));
}
