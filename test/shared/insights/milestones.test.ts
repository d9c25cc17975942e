import { describe, expect, it } from 'vitest';
import { isOpenMilestone, milestoneTimeline, nextDueMilestones, overdueMilestones } from '../../../shared/insights';
import { milestone, planWith } from '../../support/plan-builders';

const TODAY = '2026-12-10';
const plan = planWith({
  milestones: [
    milestone({ id: 'late-a', dueDate: '2026-12-01' }),
    milestone({ id: 'today', dueDate: TODAY, status: 'doing' }),
    milestone({ id: 'late-b', dueDate: '2026-11-01' }),
    milestone({ id: 'soon', dueDate: '2026-12-11' }),
    milestone({ id: 'later', dueDate: '2027-03-01' }),
    milestone({ id: 'done-late', dueDate: '2026-10-01', status: 'done', completedOn: '2026-10-02' }),
    milestone({ id: 'dropped-late', dueDate: '2026-10-01', status: 'dropped' }),
    milestone({ id: 'undated' }),
    milestone({ id: 'same-day', dueDate: '2026-12-11' }),
  ],
});

describe('milestone timeline', () => {
  it('counts only to-do and in-progress milestones as open', () => {
    expect(['todo', 'doing', 'done', 'dropped'].map((status) => isOpenMilestone({ status: status as 'todo' }))).toEqual([true, true, false, false]);
  });

  it('lists open milestones past their due date, the longest overdue first, with days', () => {
    expect(overdueMilestones(plan, TODAY).map((d) => [d.milestone.id, d.daysUntilDue])).toEqual([
      ['late-b', -39],
      ['late-a', -9],
    ]);
  });

  it('treats a milestone due today as due, not overdue', () => {
    expect(nextDueMilestones(plan, TODAY, 1).map((d) => [d.milestone.id, d.daysUntilDue])).toEqual([['today', 0]]);
  });

  it('lists what is next, soonest first, keeping plan order on the same day, up to the limit', () => {
    expect(nextDueMilestones(plan, TODAY).map((d) => d.milestone.id)).toEqual(['today', 'soon', 'same-day', 'later']);
    expect(nextDueMilestones(plan, TODAY, 2)).toHaveLength(2);
    expect(nextDueMilestones(plan, TODAY, -1)).toEqual([]);
  });

  it('leaves done and dropped milestones out and keeps undated open ones apart', () => {
    const timeline = milestoneTimeline(plan, TODAY);
    const all = [...timeline.overdue, ...timeline.upcoming].map((d) => d.milestone.id);
    expect(all).not.toContain('done-late');
    expect(all).not.toContain('dropped-late');
    expect(timeline.undated.map((m) => m.id)).toEqual(['undated']);
  });
});
