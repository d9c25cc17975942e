import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { COMPETENCY_AREAS, type CompetencyArea, type Skill, type SkillLevel } from '../../../shared/model';
import { evidenceBySkill } from '../../../shared/insights';
import { EmptyState } from '../../components/EmptyState';
import { SelectField } from '../../components/fields';
import { useDeleteWithUndo } from '../../hooks/useDeleteWithUndo';
import { useAppCommand } from '../../lib/app-commands';
import { useAppStore } from '../../store';
import { selectReadOnly } from '../../store/selectors';
import { stripTimestamps } from './edit-draft';
import { newId } from '../../lib/ids';
import { DraftOffers } from '../drafts/DraftOffers';
import { SkillArea } from './SkillArea';
import { SkillCatalog } from './SkillCatalog';
import { SkillEditor } from './SkillEditor';
import { SkillSummary } from './SkillSummary';
import { DEFAULT_SKILL_QUERY, catalogSkillsNotInPlan, filterSkills, isFiltered, type SkillQuery } from './skill-view';
import './skills.css';

// Stable empty arrays, so "no plan yet" does not re-render on every store update.
const NO_SKILLS: Skill[] = [];
const NO_ACHIEVEMENTS: never[] = [];

type Editing = { kind: 'edit'; id: string } | { kind: 'new'; area: CompetencyArea; id: string } | null;
const DRAFT_KINDS_HERE = ['skill'] as const;

export default function SkillsScreen() {
  const skills = useAppStore((state) => state.snapshot?.plan.skills ?? NO_SKILLS);
  const achievements = useAppStore((state) => state.snapshot?.plan.achievements ?? NO_ACHIEVEMENTS);
  const readOnly = useAppStore(selectReadOnly);
  const applyChange = useAppStore((state) => state.applyChange);
  const focusItemId = useAppStore((state) => state.focusItemId);
  const [query, setQuery] = useState<SkillQuery>(DEFAULT_SKILL_QUERY);
  const [editing, setEditing] = useState<Editing>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const deleteWithUndo = useDeleteWithUndo('skills', 'skill');

  useAppCommand('new-item', () => setEditing({ kind: 'new', area: 'business', id: newId() }));
  useAppCommand('find', () => searchRef.current?.focus());
  // Open a skill (or the draft of a new one) when asked: from the dashboard, or an unsaved-changes offer.
  const openById = useCallback((id: string) => {
    const { snapshot, drafts } = useAppStore.getState();
    if (snapshot?.plan.skills.some((s) => s.id === id)) return setEditing({ kind: 'edit', id });
    const draft = drafts.find((d) => d.kind === 'skill' && d.itemId === id);
    if (draft?.kind === 'skill') setEditing({ kind: 'new', area: draft.fields.area, id });
  }, []);
  useEffect(() => {
    if (focusItemId) openById(focusItemId);
  }, [focusItemId, openById]);

  const evidence = useMemo(() => new Map(evidenceBySkill({ skills, achievements }).map((e) => [e.skillId, e.count])), [skills, achievements]);
  const shown = useMemo(() => filterSkills(skills, query, evidence), [skills, query, evidence]);
  const notInPlan = useMemo(() => catalogSkillsNotInPlan(skills), [skills]);
  // An item deleted (or undone away) while open simply closes its editor.
  const edited = editing?.kind === 'edit' ? skills.find((s) => s.id === editing.id) : undefined;
  const editorOpen = editing?.kind === 'new' || edited !== undefined;

  const changeLevel = useCallback(
    (skill: Skill, key: 'currentLevel' | 'targetLevel', level: SkillLevel) =>
      void applyChange({ type: 'skill.put', item: { ...stripTimestamps(skill), [key]: level } }, { label: key === 'currentLevel' ? 'Change current level' : 'Change target level' }),
    [applyChange],
  );
  const open = useCallback((skill: Skill) => setEditing({ kind: 'edit', id: skill.id }), []);
  const addOwn = useCallback((area: CompetencyArea) => setEditing({ kind: 'new', area, id: newId() }), []);
  const remove = useCallback((skill: Skill) => void deleteWithUndo(skill, skill.name), [deleteWithUndo]);

  return (
    <section aria-labelledby="skills-heading" className={`screen with-editor skills-screen${editorOpen ? ' editing' : ''}`}>
      <div className="screen-main">
        <header className="screen-header">
          <h1 id="skills-heading">Skills</h1>
          <button type="button" onClick={() => setEditing({ kind: 'new', area: 'business', id: newId() })} disabled={readOnly}>
            New skill
          </button>
        </header>
        <DraftOffers kinds={DRAFT_KINDS_HERE} open={editing ? [{ kind: 'skill', itemId: editing.id }] : []} onResume={(draft) => draft.itemId && openById(draft.itemId)} />
        {skills.length === 0 ? (
          <EmptyState title="No skills in your plan yet">
            Start with the PMO skills framework below: add the skills PMO roles ask for, then set where you are now. Or add one of your own with “New skill”.
          </EmptyState>
        ) : (
          <>
            <SkillSummary skills={skills} evidence={evidence} onAdd={addOwn} />
            <div className="filters" role="search">
              <div className="field grow">
                <label htmlFor="skill-search">Search skills</label>
                <input id="skill-search" ref={searchRef} type="search" value={query.text} placeholder="Name, description or notes" onChange={(e) => setQuery((q) => ({ ...q, text: e.target.value }))} />
              </div>
              <SelectField
                label="Show"
                value={query.show}
                onChange={(e) => setQuery((q) => ({ ...q, show: e.target.value as SkillQuery['show'] }))}
                options={[
                  { value: 'all', label: 'All skills' },
                  { value: 'below-target', label: 'Below target' },
                  { value: 'no-evidence', label: 'Without evidence' },
                ]}
              />
              {isFiltered(query) && (
                <button type="button" className="secondary" onClick={() => setQuery(DEFAULT_SKILL_QUERY)}>
                  Clear filters
                </button>
              )}
            </div>
            {COMPETENCY_AREAS.map((area) => (
              <SkillArea
                key={area}
                area={area}
                skills={shown.filter((s) => s.area === area)}
                total={skills.filter((s) => s.area === area).length}
                evidence={evidence}
                readOnly={readOnly}
                onAdd={addOwn}
                onLevel={changeLevel}
                onOpen={open}
                onDelete={remove}
              />
            ))}
          </>
        )}
        <SkillCatalog entries={notInPlan} readOnly={readOnly} />
      </div>
      {editing !== null && editorOpen && (
        <aside className="editor-panel">
          <SkillEditor
            key={editing.id}
            skill={edited ?? null}
            newId={editing.kind === 'new' ? editing.id : undefined}
            area={editing.kind === 'new' ? editing.area : (edited?.area ?? 'business')}
            onClose={() => setEditing(null)}
          />
        </aside>
      )}
    </section>
  );
}
