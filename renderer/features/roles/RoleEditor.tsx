import { useState, type FormEvent } from 'react';
import { RoleFieldsSchema, type Role } from '../../../shared/model';
import { TextAreaField, TextField } from '../../components/fields';
import { newId } from '../../lib/ids';
import { RestoredNote } from '../drafts/RestoredNote';
import { useItemEditor } from '../drafts/useItemEditor';
import { blankRole, roleDraftFrom, type RoleDraft } from './role-view';
import { checkAndSave, editorKeyDown } from '../drafts/editor-actions';
import { EditorButtons } from '../../components/EditorButtons';

interface RoleEditorProps {
  role: Role | null;
  /** For a new role: its id (so a draft of it is resumed). */
  newId?: string;
  onClose(): void;
}

/**
 * Add or edit one role of the work history. What is typed is kept as a draft beside the plan until
 * saved; Escape or Cancel discards it with an Undo; Ctrl+Enter saves. "I work here now" clears the end.
 */
export function RoleEditor({ role, newId: givenId, onClose }: RoleEditorProps) {
  const isNew = role === null;
  const [initial] = useState<RoleDraft>(() => (role ? roleDraftFrom(role) : blankRole(givenId ?? newId())));
  const { work, draft, close, problems, setProblems, applyChange, readOnly, formRef, saveRef } = useItemEditor({
    kind: 'role',
    itemId: initial.id,
    isNew,
    initial,
    label: (f: RoleDraft) => [f.title, f.organisation].filter((p) => p.trim()).join(', ') || 'Untitled role',
    onClose,
  });
  const set = <K extends keyof RoleDraft>(key: K, value: RoleDraft[K]) => work.setFields((current) => ({ ...current, [key]: value }));

  function save(event?: FormEvent): Promise<boolean> {
    event?.preventDefault();
    return checkAndSave(RoleFieldsSchema, draft, { setProblems, form: formRef.current }, (item) => applyChange({ type: 'role.put', item }, { label: isNew ? 'Add role' : 'Edit role' }), work, onClose);
  }
  saveRef.current = () => save();

  return (
    <form
      ref={formRef}
      className="editor role-editor"
      aria-label={isNew ? 'New role' : `Edit role ${role.title || role.organisation}`}
      onSubmit={(event) => void save(event)}
      onKeyDown={editorKeyDown(close, save)}
    >
      <h3>{isNew ? 'New role' : 'Edit role'}</h3>
      <RestoredNote restoredFrom={work.restoredFrom} onDiscard={work.discard} />
      <div className="field-row">
        <TextField label="Job title" value={draft.title} problem={problems.title} autoFocus onChange={(e) => set('title', e.target.value)} placeholder="e.g. Project Manager" />
        <TextField label="Organisation" value={draft.organisation} problem={problems.organisation} onChange={(e) => set('organisation', e.target.value)} placeholder="e.g. Northwind Health" />
      </div>
      <TextField label="Location (optional)" value={draft.location} problem={problems.location} onChange={(e) => set('location', e.target.value)} placeholder="e.g. Leeds" />
      <div className="field-row">
        <TextField label="Started" type="month" value={draft.startMonth ?? ''} problem={problems.startMonth} onChange={(e) => set('startMonth', e.target.value || null)} />
        <TextField label="Ended" type="month" value={draft.endMonth ?? ''} problem={problems.endMonth} disabled={draft.current} onChange={(e) => set('endMonth', e.target.value || null)} />
      </div>
      <label className="check">
        <input type="checkbox" checked={draft.current} onChange={(e) => work.setFields((current) => ({ ...current, current: e.target.checked, endMonth: e.target.checked ? null : current.endMonth }))} />
        I work here now (shown as “– present”)
      </label>
      <TextAreaField label="What the role was (optional)" rows={2} value={draft.summary} problem={problems.summary} onChange={(e) => set('summary', e.target.value)} hint="One line under the role's heading on your CV." />
      <EditorButtons saveLabel={isNew ? 'Add role' : 'Save role'} readOnly={readOnly} onCancel={close} />
    </form>
  );
}
