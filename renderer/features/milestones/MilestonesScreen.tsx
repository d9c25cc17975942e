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
import { newId } from '../../lib/ids';
import { CalendarExportButton } from '../calendar/CalendarExportButton';
import { DraftOffers } from '../drafts/DraftOffers';
import { AddMilestoneForm } from './AddMilestoneForm';
import { MilestoneEditor } from './MilestoneEditor';
import { MilestoneRow } from './MilestoneRow';
import { DEFAULT_MILESTONE_QUERY, filterMilestones, groupMilestones, type MilestoneQuery, type MilestoneRowModel } from './milestone-view';

const ROW_HEIGHT = 48;
const DRAFT_KINDS_HERE = ['milestone'] as const;

/** The editor shows a stored milestone, or a new one (with its id, so its draft can be resumed). */
type Editing = Milestone | { newId: string } | null;
const editingId = (editing: Editing) => (editing === null ? null : 'newId' in editing ? editing.newId : editing.id);

export default function MilestonesScreen() {
  const milestones = useAppStore(selectMilestones);
  const readOnly = useAppStore(selectReadOnly);
  const applyChange = useAppStore((state) => state.applyChange);
  const focusItemId = useAppStore((state) => state.focusItemId);
  const today = useToday();
  const [query, setQuery] = useState<MilestoneQuery>(DEFAULT_MILESTONE_QUERY);
  const [editing, setEditing] = useState<Editing>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const deleteWithUndo = useDeleteWithUndo('milestones', 'milestone');

  const startNew = useCallback(() => setEditing({ newId: newId() }), []);
  useAppCommand('new-item', startNew);
  useAppCommand('find', () => searchRef.current?.focus());
  // Open an item (or the draft of a new one) when asked: from the dashboard, or an unsaved-changes offer.
  const openById = useCallback((id: string) => {
    const { snapshot, drafts } = useAppStore.getState();
    const target = snapshot?.plan.milestones.find((m) => m.id === id);
    if (target) setEditing(target);
    else if (drafts.some((d) => d.kind === 'milestone' && d.itemId === id)) setEditing({ newId: id });
  }, []);
  useEffect(() => {
    if (focusItemId) openById(focusItemId);
  }, [focusItemId, openById]);

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
      <h2 className="group-heading">
        {row.label} <span className="meta">({row.count})</span>
      </h2>
    ) : (
      <MilestoneRow milestone={row.milestone} today={today} readOnly={readOnly} onToggleDone={toggleDone} onOpen={setEditing} onDelete={remove} />
    );

  const filtered = query.text !== '' || query.area !== 'all' || query.status !== 'all' || query.kind !== 'all';
  return (
    <section aria-labelledby="milestones-heading" className={`screen with-editor${editing ? ' editing' : ''}`}>
      <div className="screen-main">
        <header className="screen-header">
          <h1 id="milestones-heading">Milestones</h1>
          <div className="calendar-header-actions">
            {/* Writing a calendar file changes nothing in the plan, so it works read-only too. */}
            <CalendarExportButton />
            <button type="button" onClick={startNew} disabled={readOnly}>
              New milestone
            </button>
          </div>
        </header>
        <DraftOffers kinds={DRAFT_KINDS_HERE} open={editing ? [{ kind: 'milestone', itemId: editingId(editing) }] : []} onResume={(draft) => draft.itemId && openById(draft.itemId)} />
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
          <MilestoneEditor
            key={editingId(editing)}
            milestone={'newId' in editing ? null : editing}
            newId={'newId' in editing ? editing.newId : undefined}
            onClose={() => setEditing(null)}
          />
        </aside>
      )}
    </section>
  );
}
