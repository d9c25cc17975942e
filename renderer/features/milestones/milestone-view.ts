import type { CompetencyArea, Milestone, MilestoneKind, MilestoneStatus } from '../../../shared/model';
import { isOpenMilestone } from '../../../shared/insights';
import { COMPETENCY_AREAS, COMPETENCY_AREA_LABELS, MILESTONE_STATUSES, MILESTONE_STATUS_LABELS } from '../../../shared/model';

/** How the milestone list is narrowed and grouped; pure so it is tested without a DOM. */
export interface MilestoneQuery {
  text: string;
  area: CompetencyArea | 'all' | 'none';
  status: MilestoneStatus | 'all' | 'open';
  kind: MilestoneKind | 'all';
  groupBy: 'status' | 'area';
}

export const DEFAULT_MILESTONE_QUERY: MilestoneQuery = { text: '', area: 'all', status: 'all', kind: 'all', groupBy: 'status' };

/** Same rule as shared/insights' timeline: open and due before today (due today is not yet overdue). */
export function isOverdue(milestone: Pick<Milestone, 'dueDate' | 'status'>, today: string): boolean {
  return milestone.dueDate !== null && milestone.dueDate < today && isOpenMilestone(milestone);
}

export function filterMilestones(milestones: readonly Milestone[], query: MilestoneQuery): Milestone[] {
  const needle = query.text.trim().toLocaleLowerCase('en-GB');
  return milestones.filter(
    (m) =>
      (query.area === 'all' || (query.area === 'none' ? m.area === null : m.area === query.area)) &&
      (query.status === 'all' || (query.status === 'open' ? isOpenMilestone(m) : m.status === query.status)) &&
      (query.kind === 'all' || m.kind === query.kind) &&
      (needle === '' || m.title.toLocaleLowerCase('en-GB').includes(needle) || m.notes.toLocaleLowerCase('en-GB').includes(needle)),
  );
}

/** Soonest due first; undated after dated; then by title, so the order is stable. */
export function compareByDue(a: Milestone, b: Milestone): number {
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return a.title.localeCompare(b.title, 'en-GB');
}

export type MilestoneRowModel = { kind: 'group'; key: string; label: string; count: number } | { kind: 'item'; key: string; milestone: Milestone };

/** One flat list of group headings and rows, ready for the (virtual) list. Empty groups are left out. */
export function groupMilestones(milestones: readonly Milestone[], groupBy: MilestoneQuery['groupBy']): MilestoneRowModel[] {
  const groups =
    groupBy === 'status'
      ? MILESTONE_STATUSES.map((status) => ({ key: status, label: MILESTONE_STATUS_LABELS[status], test: (m: Milestone) => m.status === status }))
      : [
          ...COMPETENCY_AREAS.map((area) => ({ key: area, label: COMPETENCY_AREA_LABELS[area], test: (m: Milestone) => m.area === area })),
          { key: 'none', label: 'No area', test: (m: Milestone) => m.area === null },
        ];
  const rows: MilestoneRowModel[] = [];
  for (const group of groups) {
    const members = milestones.filter(group.test).sort(compareByDue);
    if (members.length === 0) continue;
    rows.push({ kind: 'group', key: `group-${group.key}`, label: group.label, count: members.length });
    for (const milestone of members) rows.push({ kind: 'item', key: milestone.id, milestone });
  }
  return rows;
}
