import { type FormEvent } from 'react';
import { COMPETENCY_AREAS, COMPETENCY_AREA_LABELS, INTERVIEW_THEMES, INTERVIEW_THEME_LABELS, LIMITS, QuestionFieldsSchema, type QuestionFields } from '../../../shared/model';
import { SelectField, TextAreaField } from '../../components/fields';
import { RestoredNote } from '../drafts/RestoredNote';
import { checkAndSave, editorKeyDown } from '../drafts/editor-actions';
import { useItemEditor } from '../drafts/useItemEditor';
import { EditorButtons } from '../../components/EditorButtons';

/** Add or edit a question of the person's own (e.g. one they were really asked), with its themes. */
export function QuestionEditor({ initial, isNew, onClose }: { initial: QuestionFields; isNew: boolean; onClose(): void }) {
  const { work, draft, close, problems, setProblems, applyChange, readOnly, formRef, saveRef } = useItemEditor({
    kind: 'question',
    itemId: initial.id,
    isNew,
    initial,
    label: (f: QuestionFields) => f.text.trim().slice(0, 80) || 'Untitled question',
    onClose,
  });
  const toggleTheme = (theme: (typeof INTERVIEW_THEMES)[number]) =>
    work.setFields((current) => ({ ...current, themes: current.themes.includes(theme) ? current.themes.filter((t) => t !== theme) : [...current.themes, theme] }));

  function save(event?: FormEvent): Promise<boolean> {
    event?.preventDefault();
    return checkAndSave(QuestionFieldsSchema, draft, { setProblems, form: formRef.current }, (item) => applyChange({ type: 'question.put', item }, { label: isNew ? 'Add question' : 'Edit question' }), work, onClose);
  }
  saveRef.current = () => save();

  return (
    <form ref={formRef} className="editor question-editor" aria-label={isNew ? 'New question' : 'Edit question'} onSubmit={(e) => void save(e)} onKeyDown={editorKeyDown(close, save)}>
      <h3>{isNew ? 'Your own question' : 'Edit your question'}</h3>
      <RestoredNote restoredFrom={work.restoredFrom} onDiscard={work.discard} />
      <TextAreaField label="The question" rows={2} autoFocus value={draft.text} problem={problems.text} onChange={(e) => work.setFields((c) => ({ ...c, text: e.target.value }))} placeholder="e.g. Tell me about a time you had to say no to a senior stakeholder." />
      <SelectField
        label="Area"
        value={draft.area ?? ''}
        options={[{ value: '', label: 'Not sure' }, ...COMPETENCY_AREAS.map((a) => ({ value: a, label: COMPETENCY_AREA_LABELS[a] }))]}
        onChange={(e) => work.setFields((c) => ({ ...c, area: (e.target.value || null) as QuestionFields['area'] }))}
      />
      <fieldset className="theme-choices">
        <legend>Themes it probes (up to {LIMITS.themesPerQuestion})</legend>
        {INTERVIEW_THEMES.map((theme) => (
          <label key={theme} className="check">
            <input type="checkbox" checked={draft.themes.includes(theme)} onChange={() => toggleTheme(theme)} />
            {INTERVIEW_THEME_LABELS[theme].label}
          </label>
        ))}
        {problems.themes && <p className="field-problem" role="alert">{problems.themes}</p>}
      </fieldset>
      <TextAreaField label="Notes (optional)" rows={2} value={draft.notes} problem={problems.notes} hint="Where you were asked it, or what the interviewer seemed to want." onChange={(e) => work.setFields((c) => ({ ...c, notes: e.target.value }))} />
      <EditorButtons saveLabel={isNew ? 'Add question' : 'Save question'} readOnly={readOnly} onCancel={close} />
    </form>
  );
}
