import { useRef, useState, type FormEvent } from 'react';
import { CpdEntrySchema, type CpdEntry } from '../../../shared/model';
import { SelectField, TextField } from '../../components/fields';
import { newId } from '../../lib/ids';
import { RestoredNote } from '../drafts/RestoredNote';
import { useDraft } from '../drafts/useDraft';
import { problemsOf } from '../drafts/editor-actions';

interface CpdEntryFormProps {
  /** The certification the entry is for: its draft is kept under it. */
  certificationId: string;
  certificationName: string;
  /** The renewal rule's categories; offered as a choice so logged entries match its limits. */
  categories: readonly string[];
  unitLabel: string;
  today: string;
  disabled: boolean;
  /** Resolves true once stored; the form clears only then, so a failed save keeps what was typed. */
  onAdd(entry: CpdEntry): Promise<boolean>;
}

/**
 * Log one CPD / PDU entry. Date and category stay after adding, because entries often come in runs.
 * What is typed is kept as a draft beside the plan (one per certification) until it is logged.
 */
export function CpdEntryForm({ certificationId, certificationName, categories, unitLabel, today, disabled, onAdd }: CpdEntryFormProps) {
  const [initial] = useState(() => ({ date: today, amount: '', category: '', note: '' }));
  const submitRef = useRef<() => Promise<boolean>>(async () => false);
  const work = useDraft({ kind: 'cpd-entry', itemId: certificationId, isNew: true, initial, label: () => certificationName, save: () => submitRef.current() });
  const { date, amount, category, note } = work.fields;
  const setField = (key: keyof typeof initial) => (value: string) => work.setFields((current) => ({ ...current, [key]: value }));
  const [problems, setProblems] = useState<Record<string, string>>({});

  async function submit(event?: FormEvent): Promise<boolean> {
    event?.preventDefault();
    if (amount.trim() === '') {
      setProblems({ amount: `Enter the ${unitLabel} you earned.` });
      return false;
    }
    const parsed = CpdEntrySchema.safeParse({ id: newId(), date, amount: Number(amount), category, note: note.trim() });
    if (!parsed.success) {
      setProblems(problemsOf(parsed.error));
      return false;
    }
    setProblems({});
    const added = await onAdd(parsed.data);
    if (added) work.saved({ date, amount: '', category, note: '' });
    return added;
  }
  submitRef.current = () => submit();

  return (
    <form className="cpd-form" aria-label="Log CPD" onSubmit={(event) => void submit(event)}>
      <RestoredNote restoredFrom={work.restoredFrom} onDiscard={work.discard} />
      <div className="field-row">
        <TextField label="Date" type="date" value={date} max={today} problem={problems.date} onChange={(e) => setField('date')(e.target.value)} />
        <TextField label={`Amount (${unitLabel})`} type="number" inputMode="decimal" min="0" step="0.25" value={amount} problem={problems.amount} onChange={(e) => setField('amount')(e.target.value)} />
      </div>
      {categories.length > 0 ? (
        <SelectField label="Category" value={category} problem={problems.category} options={[{ value: '', label: 'No category' }, ...categories.map((c) => ({ value: c, label: c }))]} onChange={(e) => setField('category')(e.target.value)} />
      ) : (
        <TextField label="Category (optional)" value={category} problem={problems.category} onChange={(e) => setField('category')(e.target.value)} placeholder="e.g. Course, webinar, mentoring" />
      )}
      <TextField label="What you did" value={note} problem={problems.note} onChange={(e) => setField('note')(e.target.value)} placeholder="e.g. Risk management webinar" />
      <button type="submit" disabled={disabled}>
        Log CPD
      </button>
    </form>
  );
}
