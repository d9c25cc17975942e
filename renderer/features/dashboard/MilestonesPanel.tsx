import { useMemo } from 'react';
import { milestoneTimeline, type DatedMilestone } from '../../../shared/insights';
import { formatDate } from '../../lib/format';
import { useToday } from '../../hooks/useToday';
import { useAppStore } from '../../store';

const NEXT = 5;

/** What needs doing: overdue milestones first (in words, not only red), then the next ones due. */
export function MilestonesPanel() {
  const milestones = useAppStore((state) => state.snapshot?.plan.milestones);
  const go = useAppStore((state) => state.go);
  const today = useToday();
  const timeline = useMemo(() => milestoneTimeline({ milestones: milestones ?? [] }, today), [milestones, today]);
  const next = timeline.upcoming.slice(0, NEXT);

  const item = (entry: DatedMilestone, overdue: boolean) => (
    <li key={entry.milestone.id} className={overdue ? 'overdue' : undefined}>
      <button type="button" className="link-button" onClick={() => go('milestones', entry.milestone.id)}>
        {entry.milestone.title}
      </button>
      <span className={overdue ? 'overdue-text' : 'meta'}>{describeDue(entry)}</span>
    </li>
  );

  return (
    <section className="panel" aria-labelledby="milestones-panel-heading">
      <h2 id="milestones-panel-heading">Milestones</h2>
      {timeline.overdue.length > 0 && (
        <>
          <h3 className="subheading">Overdue ({timeline.overdue.length})</h3>
          <ul className="compact-list">{timeline.overdue.slice(0, NEXT).map((entry) => item(entry, true))}</ul>
        </>
      )}
      <h3 className="subheading">Next due</h3>
      {next.length === 0 ? (
        <p className="meta">Nothing due. Give your open milestones due dates to see what comes next.</p>
      ) : (
        <ul className="compact-list">{next.map((entry) => item(entry, false))}</ul>
      )}
      <button type="button" className="secondary" onClick={() => go('milestones')}>
        All milestones
      </button>
    </section>
  );
}

function describeDue(entry: DatedMilestone): string {
  if (entry.daysUntilDue < 0) {
    const days = -entry.daysUntilDue;
    return `${days} day${days === 1 ? '' : 's'} overdue`;
  }
  if (entry.daysUntilDue === 0) return 'Due today';
  if (entry.daysUntilDue === 1) return 'Due tomorrow';
  return `Due ${formatDate(entry.dueDate)}`;
}
