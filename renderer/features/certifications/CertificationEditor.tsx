import { useEffect, useRef, useState, type FormEvent } from 'react';
import { certificationDisplayName, findCertificationEntry } from '../../../shared/catalog';
import {
  CERTIFICATION_STATUSES,
  CERTIFICATION_STATUS_LABELS,
  CertificationFieldsSchema,
  blankCertificationFields,
  type Certification,
  type CertificationStatus,
} from '../../../shared/model';
import { SelectField, TextAreaField, TextField, optionsFrom } from '../../components/fields';
import { newId } from '../../lib/ids';
import { useAppStore } from '../../store';
import { selectReadOnly } from '../../store/selectors';
import { focusFirstProblem, rebaseDraft, stripTimestamps } from '../skills/edit-draft';
import { RestoredNote } from '../drafts/RestoredNote';
import { useCloseEditor } from '../drafts/useCloseEditor';
import { useDraft } from '../drafts/useDraft';
import { NEXT_STEP, bodyOf, type CertificationDraft } from './certification-view';
import { afterSave, editorKeyDown, problemsOf } from '../drafts/editor-actions';

interface CertificationEditorProps {
  certification: Certification | null;
  /** For a new certification: its id (so a draft of it is resumed); a fresh one when left out. */
  newId?: string;
  onClose(): void;
}

/**
 * Add a certification of the person's own, or edit the details of one in the plan. Problems show next
 * to the field; what is typed is kept as a draft beside the plan until saved. CPD logged or a status
 * moved in the list while this is open is taken in, unless the person changed that same field here.
 */
export function CertificationEditor({ certification, newId: givenId, onClose }: CertificationEditorProps) {
  const isNew = certification === null;
  const [initial] = useState<CertificationDraft>(() => (certification ? stripTimestamps(certification) : blankCertificationFields(givenId ?? newId())));
  const saveRef = useRef<() => Promise<boolean>>(async () => false);
  const work = useDraft({
    kind: 'certification',
    itemId: initial.id,
    isNew,
    initial,
    label: (f) => certificationDisplayName(f),
    save: () => saveRef.current(),
  });
  const edits = work.fields;
  const setEdits = work.setFields;
  const close = useCloseEditor(work, onClose);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const applyChange = useAppStore((state) => state.applyChange);
  const readOnly = useAppStore(selectReadOnly);
  const formRef = useRef<HTMLFormElement>(null);
  // Focus the first field (the name for a custom certification, otherwise the status).
  useEffect(() => formRef.current?.querySelector<HTMLElement>('input, select')?.focus(), []);

  // The person's edits over the stored certification as it is now: CPD logged below or a status moved in
  // the list is taken in, and an optimistic value that a failed save takes back never replaces typing.
  const draft = certification ? rebaseDraft(edits, work.base, stripTimestamps(certification)) : edits;
  const set = <K extends keyof CertificationDraft>(key: K, value: CertificationDraft[K]) => setEdits((current) => ({ ...current, [key]: value }));
  const custom = draft.catalogId === null;
  const entry = draft.catalogId ? findCertificationEntry(draft.catalogId) : undefined;
  const next = NEXT_STEP[draft.status];

  async function save(event?: FormEvent): Promise<boolean> {
    event?.preventDefault();
    const parsed = CertificationFieldsSchema.safeParse(draft);
    if (!parsed.success) {
      setProblems(problemsOf(parsed.error));
      focusFirstProblem(formRef.current);
      return false;
    }
    if (parsed.data.issuedOn && parsed.data.expiresOn && parsed.data.expiresOn < parsed.data.issuedOn) {
      setProblems({ expiresOn: 'The expiry date is before the issue date.' });
      focusFirstProblem(formRef.current);
      return false;
    }
    setProblems({});
    return afterSave(applyChange({ type: 'certification.put', item: parsed.data }, { label: isNew ? 'Add certification' : 'Edit certification' }), work, onClose);
  }
  saveRef.current = () => save();

  return (
    <form
      ref={formRef}
      className="editor"
      aria-label={isNew ? 'New certification' : `Edit certification ${certificationDisplayName(certification)}`}
      onSubmit={(event) => void save(event)}
      onKeyDown={editorKeyDown(close, save)}
    >
      <h2>{isNew ? 'Add your own certification' : certificationDisplayName(certification)}</h2>
      {!isNew && !custom && <p className="meta">{entry?.issuingBody ?? bodyOf(draft)}</p>}
      <RestoredNote restoredFrom={work.restoredFrom} onDiscard={work.discard} />
      {custom && (
        <div className="field-row">
          <TextField label="Certification name" value={draft.customName} problem={problems.customName} onChange={(e) => set('customName', e.target.value)} placeholder="e.g. Agile Project Management Foundation" />
          <TextField label="Issuing body" value={draft.customBody} problem={problems.customBody} onChange={(e) => set('customBody', e.target.value)} placeholder="e.g. APMG International" />
        </div>
      )}
      <div className="status-line">
        <SelectField
          label="Status"
          value={draft.status}
          options={optionsFrom(CERTIFICATION_STATUS_LABELS, CERTIFICATION_STATUSES)}
          onChange={(e) => set('status', e.target.value as CertificationStatus)}
        />
        {next && (
          <button type="button" className="secondary" onClick={() => set('status', next.status)}>
            Next step: {CERTIFICATION_STATUS_LABELS[next.status]}
          </button>
        )}
      </div>
      <div className="field-row">
        <TextField label="Exam date" type="date" value={draft.examDate ?? ''} problem={problems.examDate} onChange={(e) => set('examDate', e.target.value || null)} />
        <TextField label="Credential ID" value={draft.credentialId} problem={problems.credentialId} onChange={(e) => set('credentialId', e.target.value)} autoComplete="off" />
      </div>
      <div className="field-row">
        <TextField label="Issued on" type="date" value={draft.issuedOn ?? ''} problem={problems.issuedOn} onChange={(e) => set('issuedOn', e.target.value || null)} />
        <TextField
          label="Expires on"
          type="date"
          value={draft.expiresOn ?? ''}
          problem={problems.expiresOn}
          hint={entry && (entry.renewal.kind === 'cpd' || entry.renewal.kind === 'resit-or-cpd') ? 'Leave blank to estimate it from the issue date.' : undefined}
          onChange={(e) => set('expiresOn', e.target.value || null)}
        />
      </div>
      <TextAreaField label="Notes" value={draft.notes} problem={problems.notes} onChange={(e) => set('notes', e.target.value)} hint="Training provider, study plan, exam voucher, anything to remember." />
      <div className="actions">
        <button type="submit" disabled={readOnly}>
          {isNew ? 'Add certification' : 'Save changes'}
        </button>
        <button type="button" className="secondary" onClick={close}>
          {isNew || work.dirty ? 'Cancel' : 'Close'}
        </button>
      </div>
    </form>
  );
}
