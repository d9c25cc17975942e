import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Achievement, Skill } from '../../../shared/model';
import { EmptyState } from '../../components/EmptyState';
import { VirtualList } from '../../components/VirtualList';
import { useDeleteWithUndo } from '../../hooks/useDeleteWithUndo';
import { useAppCommand } from '../../lib/app-commands';
import { newId } from '../../lib/ids';
import { useAppStore, type AppState } from '../../store';
import { selectReadOnly, selectRoles } from '../../store/selectors';
import { AchievementEditor } from './AchievementEditor';
import { AchievementFilters } from './AchievementFilters';
import { AchievementRow } from './AchievementRow';
import { DEFAULT_ACHIEVEMENT_QUERY, compareNewestFirst, filterAchievements, isFiltered, tagsInUse, type AchievementQuery } from './achievement-view';
import { DraftOffers } from '../drafts/DraftOffers';
import { QuickLogAchievement } from './QuickLogAchievement';
import './achievements.css';

const ROW_HEIGHT = 68;
const DRAFT_KINDS_HERE = ['achievement'] as const;
// Stable empty arrays, so "no plan yet" does not produce a new reference on every render.
const NO_ACHIEVEMENTS: Achievement[] = [];
const NO_SKILLS: Skill[] = [];
const selectAchievements = (state: AppState) => state.snapshot?.plan.achievements ?? NO_ACHIEVEMENTS;
const selectSkills = (state: AppState) => state.snapshot?.plan.skills ?? NO_SKILLS;

/** The editor shows a stored achievement, or a new one (with its id, so its draft can be resumed). */
type Editing = Achievement | { newId: string } | null;
const editingId = (editing: Editing) => (editing === null ? null : 'newId' in editing ? editing.newId : editing.id);

export default function AchievementsScreen() {
  const achievements = useAppStore(selectAchievements);
  const skills = useAppStore(selectSkills);
  const roles = useAppStore(selectRoles);
  const readOnly = useAppStore(selectReadOnly);
  const applyChange = useAppStore((state) => state.applyChange);
  const focusItemId = useAppStore((state) => state.focusItemId);
  const [query, setQuery] = useState<AchievementQuery>(DEFAULT_ACHIEVEMENT_QUERY);
  const [editing, setEditing] = useState<Editing>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const deleteWithUndo = useDeleteWithUndo('achievements', 'achievement');

  const startNew = useCallback(() => setEditing({ newId: newId() }), []);
  useAppCommand('new-item', startNew);
  useAppCommand('find', () => searchRef.current?.focus());
  // Open an item (or the draft of a new one) when asked: from the dashboard's quick log or its offers.
  const openById = useCallback((id: string) => {
    const { snapshot, drafts } = useAppStore.getState();
    const target = snapshot?.plan.achievements.find((a) => a.id === id);
    if (target) setEditing(target);
    else if (drafts.some((d) => d.kind === 'achievement' && d.itemId === id)) setEditing({ newId: id });
  }, []);
  useEffect(() => {
    if (focusItemId) openById(focusItemId);
  }, [focusItemId, openById]);

  const rows = useMemo(() => filterAchievements(achievements, query, roles).sort(compareNewestFirst), [achievements, query, roles]);
  const tags = useMemo(() => tagsInUse(achievements), [achievements]);
  const inCv = useMemo(() => achievements.filter((a) => a.includeInCv).length, [achievements]);

  const toggleCv = useCallback(
    (achievement: Achievement) => {
      const { createdAt: _c, updatedAt: _u, ...fields } = achievement;
      const includeInCv = !achievement.includeInCv;
      void applyChange({ type: 'achievement.put', item: { ...fields, includeInCv } }, { label: includeInCv ? 'Include achievement in CV' : 'Leave achievement out of CV' });
    },
    [applyChange],
  );
  const remove = useCallback(
    (achievement: Achievement) => {
      // An editor left open on a deleted item would bring it back on save.
      setEditing((current) => (current !== null && editingId(current) === achievement.id ? null : current));
      void deleteWithUndo(achievement, achievement.title);
    },
    [deleteWithUndo],
  );
  const rolesById = useMemo(() => new Map(roles.map((r) => [r.id, r])), [roles]);
  const renderRow = (achievement: Achievement) => (
    <AchievementRow achievement={achievement} role={achievement.roleId ? rolesById.get(achievement.roleId) : undefined} readOnly={readOnly} onToggleCv={toggleCv} onOpen={setEditing} onDelete={remove} />
  );

  return (
    <section aria-labelledby="achievements-heading" className={`screen with-editor achievements-screen${editing ? ' editing' : ''}`}>
      <div className="screen-main">
        <header className="screen-header">
          <div>
            <h1 id="achievements-heading">Achievements</h1>
            <p className="meta">
              {achievements.length === 0 ? 'Your CV-ready evidence, one result at a time.' : `${achievements.length} logged · ${inCv} in your CV`}
            </p>
          </div>
          <button type="button" onClick={startNew} disabled={readOnly}>
            New achievement
          </button>
        </header>
        <DraftOffers kinds={DRAFT_KINDS_HERE} open={editing ? [{ kind: 'achievement', itemId: editingId(editing) }] : []} onResume={(draft) => draft.itemId && openById(draft.itemId)} />
        <QuickLogAchievement onOpen={openById} />
        {achievements.length === 0 ? (
          <EmptyState title="No achievements yet">
            Log one above, or choose “New achievement” for the full prompts. A good achievement says what changed because of you: it starts with a
            past-tense verb (“Led”, “Reduced”, “Introduced”), has a number that shows the scale or result, and fits in one sentence of 8 to 35
            words — for example “Cut late status reports by 40% by introducing a weekly RAID review.”
          </EmptyState>
        ) : (
          <>
            <AchievementFilters query={query} skills={skills} tags={tags} searchRef={searchRef} onChange={setQuery} />
            <p className="meta list-count" role="status" aria-live="polite">
              {isFiltered(query) ? `Showing ${rows.length} of ${achievements.length}, newest first.` : 'Newest first.'}
            </p>
            {rows.length === 0 ? (
              <EmptyState title="No achievements match" action={<button type="button" className="secondary" onClick={() => setQuery(DEFAULT_ACHIEVEMENT_QUERY)}>Clear filters</button>}>
                Nothing matches the search and filters you chose.
                {(query.from !== '' || query.to !== '') && ' Achievements without a date are left out when a date range is set.'}
              </EmptyState>
            ) : (
              <VirtualList items={rows} rowHeight={ROW_HEIGHT} height={600} getKey={(a) => a.id} renderRow={renderRow} label="Achievements" />
            )}
          </>
        )}
      </div>
      {editing && (
        <aside className="editor-panel" aria-label="Achievement editor">
          <AchievementEditor
            key={editingId(editing)}
            achievement={'newId' in editing ? null : editing}
            newId={'newId' in editing ? editing.newId : undefined}
            onClose={() => setEditing(null)}
          />
        </aside>
      )}
    </section>
  );
}
