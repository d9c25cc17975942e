import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { COMPETENCY_AREAS, COMPETENCY_AREA_LABELS, type Achievement } from '../../../shared/model';
import { LinkPicker } from '../../components/LinkPicker';
import { SelectField, TextAreaField, TextField, optionsFrom } from '../../components/fields';
import { isMacPlatform } from '../../lib/platform';
import { useAppStore } from '../../store';
import { draftFrom, initialPromptStyle, validateDraft, type AchievementDraft, type Problems, type PromptStyle } from './achievement-draft';
import { RestoredNote } from '../drafts/RestoredNote';
import { useDraft } from '../drafts/useDraft';
import { useCloseEditor } from '../drafts/useCloseEditor';
import { RolePicker } from '../roles/RolePicker';
import { BulletPreview } from './BulletPreview';
import { newAchievementDraft } from './new-achievement';
import { MetricsEditor } from './MetricsEditor';
import { PromptFields } from './PromptFields';
import { TagInput } from './TagInput';
import { editorKeyDown } from '../drafts/editor-actions';

interface AchievementEditorProps {
  achievement: Achievement | null;
  /** For a new achievement: its id (so a draft of it is resumed); a fresh one when left out. */
  newId?: string;
  onClose(): void;
}

/**
 * Create or edit one achievement. The CV bullet preview follows every keystroke; problems are shown
 * next to their field; what is typed is kept as a draft beside the plan until saved (so leaving, a
 * reload or a crash loses nothing); Escape or Cancel discards it with an Undo; Ctrl+Enter saves.
 */
export function AchievementEditor({ achievement, newId, onClose }: AchievementEditorProps) {
  const isNew = achievement === null;
  const [initial] = useState<AchievementDraft>(() => (achievement ? draftFrom(achievement) : newAchievementDraft(newId)));
  const saveRef = useRef<() => Promise<boolean>>(async () => false);
  const work = useDraft({
    kind: 'achievement',
    itemId: initial.id,
    isNew,
    initial,
    label: (fields) => fields.title.trim() || 'Untitled achievement',
    save: () => saveRef.current(),
  });
  const draft = work.fields;
  const setDraft = work.setFields;
  const close = useCloseEditor(work, onClose);
  const [style, setStyle] = useState<PromptStyle>(() => initialPromptStyle(draft));
  const [problems, setProblems] = useState<Problems>({});
  const [saving, setSaving] = useState(false);
  const applyChange = useAppStore((state) => state.applyChange);
  const readOnly = useAppStore((state) => state.snapshot?.readOnly ?? false);
  const planSkills = useAppStore((state) => state.snapshot?.plan.skills);
  const skills = useMemo(() => (planSkills ?? []).map((s) => ({ id: s.id, label: s.name })), [planSkills]);
  const form = useRef<HTMLFormElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => titleRef.current?.focus(), []);

  const set = <K extends keyof AchievementDraft>(key: K, value: AchievementDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  async function save(event?: FormEvent): Promise<boolean> {
    event?.preventDefault();
    if (saving) return false;
    const result = validateDraft(draft);
    if (result.problems) {
      setProblems(result.problems);
      // A problem in the prompts not on show: show them, or the message would be invisible.
      const keys = Object.keys(result.problems);
      if (style === 'xyz' && keys.some((k) => k.startsWith('star.'))) setStyle('star');
      if (style === 'star' && keys.some((k) => k.startsWith('xyz.'))) setStyle('xyz');
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return false;
    }
    setProblems({});
    setSaving(true);
    const saved = await applyChange({ type: 'achievement.put', item: result.fields }, { label: isNew ? 'Add achievement' : 'Edit achievement' });
    setSaving(false);
    // On failure the store has told the person why; the draft stays for another try.
    if (saved) {
      work.saved();
      onClose();
    }
    return saved;
  }
  saveRef.current = () => save();

  return (
    <form
      ref={form}
      className="editor achievement-editor"
      aria-label={isNew ? 'New achievement' : `Edit achievement ${achievement.title}`}
      onSubmit={(event) => void save(event)}
      onKeyDown={editorKeyDown(close, save)}
    >
      <h2>{isNew ? 'New achievement' : 'Edit achievement'}</h2>
      <RestoredNote restoredFrom={work.restoredFrom} onDiscard={work.discard} />
      <TextField ref={titleRef} label="Title" value={draft.title} problem={problems.title} onChange={(e) => set('title', e.target.value)} placeholder="e.g. Rescued the monthly portfolio report" />
      <div className="field-row">
        <TextField label="Date" type="date" value={draft.date ?? ''} problem={problems.date} onChange={(e) => set('date', e.target.value || null)} />
        <SelectField
          label="Area"
          value={draft.area ?? ''}
          options={[{ value: '', label: 'No area' }, ...optionsFrom(COMPETENCY_AREA_LABELS, COMPETENCY_AREAS)]}
          onChange={(e) => set('area', e.target.value === '' ? null : (e.target.value as AchievementDraft['area']))}
        />
      </div>
      <RolePicker value={draft.roleId} problem={problems.roleId} onChange={(roleId) => set('roleId', roleId)} />
      <PromptFields
        style={style}
        onStyleChange={setStyle}
        xyz={draft.xyz}
        star={draft.star}
        problems={problems}
        onXyzChange={(key, value) => setDraft((current) => ({ ...current, xyz: { ...current.xyz, [key]: value } }))}
        onStarChange={(key, value) => setDraft((current) => ({ ...current, star: { ...current.star, [key]: value } }))}
      />
      <MetricsEditor metrics={draft.metrics} problems={problems} onChange={(metrics) => set('metrics', metrics)} />
      <TextAreaField
        label="CV bullet in your own words (optional)"
        hint="Leave blank to build it from the prompts above."
        rows={2}
        value={draft.cvBullet}
        problem={problems.cvBullet}
        onChange={(e) => set('cvBullet', e.target.value)}
      />
      <BulletPreview draft={draft} style={style} />
      <label className="check include-toggle">
        <input type="checkbox" checked={draft.includeInCv} onChange={(e) => set('includeInCv', e.target.checked)} />
        Include in my CV
      </label>
      <LinkPicker legend="Skills" options={skills} selected={draft.skillIds} onChange={(ids) => set('skillIds', ids)} emptyText="No skills in your plan yet: add them on the Skills screen." />
      {problems.skillIds && <p className="field-problem" role="alert">{problems.skillIds}</p>}
      <TagInput tags={draft.tags} problem={problems.tags ?? Object.entries(problems).find(([k]) => k.startsWith('tags.'))?.[1]} onChange={(tags) => set('tags', tags)} />
      <div className="actions sticky-actions">
        <button type="submit" disabled={readOnly || saving}>
          {isNew ? 'Add achievement' : 'Save changes'}
        </button>
        <button type="button" className="secondary" onClick={close}>
          Cancel
        </button>
        <span className="meta push-right">{isMacPlatform() ? '⌘Enter' : 'Ctrl+Enter'} saves · Esc closes</span>
      </div>
    </form>
  );
}
