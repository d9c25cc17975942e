import { memo } from 'react';
import { COMPETENCY_AREA_LABELS, MILESTONE_KIND_LABELS, type Milestone } from '../../../shared/model';
import { formatDate } from '../../lib/format';
import { isOverdue } from './milestone-view';

interface MilestoneRowProps {
  milestone: Milestone;
  today: string;
  readOnly: boolean;
  onToggleDone(milestone: Milestone): void;
  onOpen(milestone: Milestone): void;
  onDelete(milestone: Milestone): void;
}

/** One milestone on one line: tick it off, open it, or delete it. Overdue ones say so in words, not only colour. */
export const MilestoneRow = memo(function MilestoneRow({ milestone, today, readOnly, onToggleDone, onOpen, onDelete }: MilestoneRowProps) {
  const overdue = isOverdue(milestone, today);
  const done = milestone.status === 'done';
  return (
    <div className={`row milestone-row${done ? ' done' : ''}${overdue ? ' overdue' : ''}${milestone.status === 'dropped' ? ' dropped' : ''}`}>
      <input
        type="checkbox"
        aria-label={`Done: ${milestone.title}`}
        checked={done}
        disabled={readOnly || milestone.status === 'dropped'}
        onChange={() => onToggleDone(milestone)}
      />
      <button type="button" className="row-title link-button" onClick={() => onOpen(milestone)}>
        {milestone.title}
      </button>
      <span className="chips">
        {milestone.area && <span className="chip">{COMPETENCY_AREA_LABELS[milestone.area].replace(' skills', '')}</span>}
        {milestone.kind !== 'other' && <span className="chip">{MILESTONE_KIND_LABELS[milestone.kind].replace(/ \(.*\)/, '')}</span>}
      </span>
      <span className="row-date">
        {done && milestone.completedOn ? (
          <>Done {formatDate(milestone.completedOn)}</>
        ) : milestone.dueDate ? (
          <span className={overdue ? 'overdue-text' : undefined}>
            {overdue ? 'Overdue · ' : 'Due '}
            {formatDate(milestone.dueDate)}
          </span>
        ) : (
          <span className="meta">No due date</span>
        )}
      </span>
      <button type="button" className="quiet small" aria-label={`Delete ${milestone.title}`} disabled={readOnly} onClick={() => onDelete(milestone)}>
        Delete
      </button>
    </div>
  );
});
