import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  COMPETENCY_AREAS,
  COMPETENCY_AREA_LABELS,
  MILESTONE_KINDS,
  MILESTONE_KIND_LABELS,
  MILESTONE_STATUSES,
  MILESTONE_STATUS_LABELS,
  type Milestone,
} from '../../../shared/model';
import { EmptyState } from '../../components/EmptyState';
import { SelectField, optionsFrom } from '../../components/fields';
import { VirtualList } from '../../components/VirtualList';
import { useDeleteWithUndo } from '../../hooks/useDeleteWithUndo';
import { useToday } from '../../hooks/useToday';
import { useAppCommand } from '../../lib/app-commands';
import { useAppStore } from '../../store';
import { selectMilestones, selectReadOnly } from '../../store/selectors';
import { AddMilestoneForm } from './AddMilestoneForm';
import { MilestoneEditor } from './MilestoneEditor';
import { MilestoneRow } from './MilestoneRow';
import { DEFAULT_MILESTONE_QUERY, filterMilestones, groupMilestones, type MilestoneQuery, type MilestoneRowModel } from './milestone-view';

const ROW_HEIGHT = 48;

export default function MilestonesScreen() {
  const milestones = useAppStore(selectMilestones);
  const readOnly = useAppStore(selectReadOnly);
  const applyChange = useAppStore((state) => state.applyChange);
  const focusItemId = useAppStore((state) => state.focusItemId);
  const today = useToday();
  const [query, setQuery] = useState<MilestoneQuery>(DEFAULT_MILESTONE_QUERY);
  const [editing, setEditing] = useState<Milestone | 'new' | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const deleteWithUndo = useDeleteWithUndo('milestones', 'milestone');

  useAppCommand('new-item', () => setEditing('new'));
  useAppCommand('find', () => searchRef.current?.focus());
  useEffect(() => {
    const target = focusItemId ? milestones.find((m) => m.id === focusItemId) : undefined;
    if (target) setEditing(target);
    // Only when asked to focus an item (from the dashboard), not on every edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusItemId]);

  const rows = useMemo(() => groupMilestones(filterMilestones(milestones, query), query.groupBy), [milestones, query]);
  const update = <K extends keyof MilestoneQuery>(key: K, value: MilestoneQuery[K]) => setQuery((current) => ({ ...current, [key]: value }));

  const toggleDone = useCallback(
    (milestone: Milestone) => {
      const { createdAt: _c, updatedAt: _u, ...fields } = milestone;
      const status = milestone.status === 'done' ? 'todo' : 'done';
      void applyChange({ type: 'milestone.put', item: { ...fields, status, completedOn: null } }, { label: status === 'done' ? 'Mark milestone done' : 'Reopen milestone' });
    },
    [applyChange],
  );
  const remove = useCallback((milestone: Milestone) => void deleteWithUndo(milestone, milestone.title), [deleteWithUndo]);

  const renderRow = (row: MilestoneRowModel) =>
    row.kind === 'group' ? (
      <h3 className="group-heading">
        {row.label} <span className="meta">({row.count})</span>
      </h3>
    ) : (
      <MilestoneRow milestone={row.milestone} today={today} readOnly={readOnly} onToggleDone={toggleDone} onOpen={setEditing} onDelete={remove} />
    );

  const filtered = query.text !== '' || query.area !== 'all' || query.status !== 'all' || query.kind !== 'all';
  return (
    <section aria-labelledby="milestones-heading" className={`screen with-editor${editing ? ' editing' : ''}`}>
      <div className="screen-main">
        <header className="screen-header">
          <h1 id="milestones-heading">Milestones</h1>
          <button type="button" onClick={() => setEditing('new')} disabled={readOnly}>
            New milestone
          </button>
        </header>
        <AddMilestoneForm />
        <div className="filters" role="search">
          <div className="field grow">
            <label htmlFor="milestone-search">Search milestones</label>
            <input id="milestone-search" ref={searchRef} type="search" value={query.text} placeholder="Title or notes" onChange={(e) => update('text', e.target.value)} />
          </div>
          <SelectField label="Area" value={query.area} onChange={(e) => update('area', e.target.value as MilestoneQuery['area'])} options={[{ value: 'all', label: 'All areas' }, ...optionsFrom(COMPETENCY_AREA_LABELS, COMPETENCY_AREAS), { value: 'none', label: 'No area' }]} />
          <SelectField label="Status" value={query.status} onChange={(e) => update('status', e.target.value as MilestoneQuery['status'])} options={[{ value: 'all', label: 'All statuses' }, { value: 'open', label: 'Open (to do or in progress)' }, ...optionsFrom(MILESTONE_STATUS_LABELS, MILESTONE_STATUSES)]} />
          <SelectField label="Kind" value={query.kind} onChange={(e) => update('kind', e.target.value as MilestoneQuery['kind'])} options={[{ value: 'all', label: 'All kinds' }, ...optionsFrom(MILESTONE_KIND_LABELS, MILESTONE_KINDS)]} />
          <SelectField label="Group by" value={query.groupBy} onChange={(e) => update('groupBy', e.target.value as MilestoneQuery['groupBy'])} options={[{ value: 'status', label: 'Status' }, { value: 'area', label: 'Area' }]} />
        </div>
        {milestones.length === 0 ? (
          <EmptyState title="No milestones yet">
            Add your first one above — for example “Shadow the PMO for a week” or “Book the PRINCE2 Foundation exam”.
          </EmptyState>
        ) : rows.length === 0 && filtered ? (
          <EmptyState title="No milestones match" action={<button type="button" className="secondary" onClick={() => setQuery(DEFAULT_MILESTONE_QUERY)}>Clear filters</button>}>
            Nothing matches the search and filters you chose.
          </EmptyState>
        ) : (
          <VirtualList items={rows} rowHeight={ROW_HEIGHT} height={560} getKey={(row) => row.key} renderRow={renderRow} label="Milestones" />
        )}
      </div>
      {editing && (
        <aside className="editor-panel">
          <MilestoneEditor key={editing === 'new' ? 'new' : editing.id} milestone={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
        </aside>
      )}
    </section>
  );
}
