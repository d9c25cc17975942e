import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { findSkillEntry } from '../../../shared/catalog';
import { COMPETENCY_AREAS, COMPETENCY_AREA_LABELS, SkillFieldsSchema, type CompetencyArea, type Skill } from '../../../shared/model';
import { SelectField, TextAreaField, TextField, optionsFrom } from '../../components/fields';
import { newId } from '../../lib/ids';
import { useAppStore } from '../../store';
import { selectReadOnly } from '../../store/selectors';
import { RestoredNote } from '../drafts/RestoredNote';
import { useCloseEditor } from '../drafts/useCloseEditor';
import { useDraft } from '../drafts/useDraft';
import { CatalogSource } from './CatalogSource';
import { rebaseDraft, stripTimestamps } from './edit-draft';
import { LevelSelect } from './LevelSelect';
import { blankSkill, type SkillDraft } from './skill-view';
import { checkAndSave, editorKeyDown } from '../drafts/editor-actions';
import { EditorButtons } from '../../components/EditorButtons';

const NO_ACHIEVEMENTS: never[] = [];

interface SkillEditorProps {
  skill: Skill | null;
  area: CompetencyArea;
  /** For a new skill: its id (so a draft of it is resumed); a fresh one when left out. */
  newId?: string;
  onClose(): void;
}

/**
 * Create or edit one skill. Problems are shown next to the field; what is typed is kept as a draft
 * beside the plan until saved; Escape or Cancel discards it with an Undo; Ctrl+Enter saves. A level
 * changed in the matrix while this is open shows up here too, unless the person changed that field here.
 */
export function SkillEditor({ skill, area, newId: givenId, onClose }: SkillEditorProps) {
  const isNew = skill === null;
  const [initial] = useState<SkillDraft>(() => (skill ? stripTimestamps(skill) : blankSkill(givenId ?? newId(), area)));
  const saveRef = useRef<() => Promise<boolean>>(async () => false);
  const work = useDraft({ kind: 'skill', itemId: initial.id, isNew, initial, label: (f) => f.name.trim() || 'Untitled skill', save: () => saveRef.current() });
  const edits = work.fields;
  const setEdits = work.setFields;
  const close = useCloseEditor(work, onClose);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const applyChange = useAppStore((state) => state.applyChange);
  const readOnly = useAppStore(selectReadOnly);
  const achievements = useAppStore((state) => state.snapshot?.plan.achievements ?? NO_ACHIEVEMENTS);
  const evidence = useMemo(() => (skill ? achievements.filter((a) => a.skillIds.includes(skill.id)) : []), [achievements, skill]);
  const formRef = useRef<HTMLFormElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => nameRef.current?.focus(), []);

  // What the form shows: the person's edits over the stored skill as it is now (which may have changed
  // since the form opened, or be an optimistic value that a failed save takes back).
  const draft = skill ? rebaseDraft(edits, work.base, stripTimestamps(skill)) : edits;
  const set = <K extends keyof SkillDraft>(key: K, value: SkillDraft[K]) => setEdits((current) => ({ ...current, [key]: value }));
  const entry = draft.catalogId ? findSkillEntry(draft.catalogId) : undefined;

  function save(event?: FormEvent): Promise<boolean> {
    event?.preventDefault();
    return checkAndSave(SkillFieldsSchema, draft, { setProblems, form: formRef.current }, (item) => applyChange({ type: 'skill.put', item }, { label: isNew ? 'Add skill' : 'Edit skill' }), work, onClose);
  }
  saveRef.current = () => save();

  return (
    <form
      ref={formRef}
      className="editor"
      aria-label={isNew ? 'New skill' : `Edit skill ${skill.name}`}
      onSubmit={(event) => void save(event)}
      onKeyDown={editorKeyDown(close, save)}
    >
      <h2>{isNew ? 'New skill' : 'Edit skill'}</h2>
      <RestoredNote restoredFrom={work.restoredFrom} onDiscard={work.discard} />
      <TextField ref={nameRef} label="Skill name" value={draft.name} problem={problems.name} onChange={(e) => set('name', e.target.value)} placeholder="e.g. Running a portfolio board" />
      <SelectField label="Competency area" value={draft.area} options={optionsFrom(COMPETENCY_AREA_LABELS, COMPETENCY_AREAS)} onChange={(e) => set('area', e.target.value as CompetencyArea)} />
      <TextAreaField label="Description" value={draft.description} problem={problems.description} onChange={(e) => set('description', e.target.value)} hint="What doing this well looks like, in your words." />
      <div className="field-row">
        <LevelSelect label="Current level" value={draft.currentLevel} onChange={(level) => set('currentLevel', level)} />
        <LevelSelect label="Target level" value={draft.targetLevel} onChange={(level) => set('targetLevel', level)} />
      </div>
      {(problems.currentLevel || problems.targetLevel) && (
        <p className="field-problem" role="alert">
          {problems.currentLevel ?? problems.targetLevel}
        </p>
      )}
      <TextAreaField label="Notes" value={draft.notes} problem={problems.notes} onChange={(e) => set('notes', e.target.value)} hint="Courses to take, people to learn from, chances to practise." />
      {!isNew && (
        <section className="skill-evidence" aria-labelledby="skill-evidence-heading">
          <h3 id="skill-evidence-heading">Evidence</h3>
          {evidence.length === 0 ? (
            <p className="meta">No achievements are linked to this skill yet. Link it from an achievement to show you can do it.</p>
          ) : (
            <ul>
              {evidence.map((achievement) => (
                <li key={achievement.id}>{achievement.title}</li>
              ))}
            </ul>
          )}
        </section>
      )}
      {entry && (
        <p className="meta">
          From the PMO skills framework. <CatalogSource url={entry.sourceUrl} lastVerified={entry.lastVerified} />
        </p>
      )}
      <EditorButtons saveLabel={isNew ? 'Add skill' : 'Save changes'} readOnly={readOnly} onCancel={close} />
    </form>
  );
}
