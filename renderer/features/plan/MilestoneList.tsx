import type { Milestone } from '../../../shared/model';
import { useAppStore } from '../../store';
import { selectMilestones, selectReadOnly } from '../../store/selectors';

/** The milestones, each ticked off with a checkbox (done records today's date in main). */
export function MilestoneList() {
  const milestones = useAppStore(selectMilestones);
  const readOnly = useAppStore(selectReadOnly);
  const applyChange = useAppStore((state) => state.applyChange);

  if (milestones.length === 0) {
    return (
      <p className="empty-state">
        No milestones yet. Add your first one above — for example “Shadow the PMO for a week” or “Book the PRINCE2 Foundation exam”.
      </p>
    );
  }

  function toggle(milestone: Milestone) {
    const { createdAt: _c, updatedAt: _u, ...fields } = milestone;
    void applyChange({ type: 'milestone.put', item: { ...fields, status: milestone.status === 'done' ? 'todo' : 'done', completedOn: null } });
  }

  return (
    <ul className="milestone-list" aria-label="Milestones">
      {milestones.map((milestone) => (
        <li key={milestone.id} className={milestone.status === 'done' ? 'done' : undefined}>
          <label>
            <input type="checkbox" checked={milestone.status === 'done'} disabled={readOnly} onChange={() => toggle(milestone)} />
            <span className="milestone-title">{milestone.title}</span>
          </label>
          {milestone.completedOn && <span className="meta">Done on {formatDate(milestone.completedOn)}</span>}
        </li>
      ))}
    </ul>
  );
}

function formatDate(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}
