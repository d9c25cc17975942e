import { useState, type FormEvent } from 'react';
import { CpdEntrySchema, type CpdEntry } from '../../../shared/model';
import { SelectField, TextField } from '../../components/fields';
import { newId } from '../../lib/ids';

interface CpdEntryFormProps {
  /** The renewal rule's categories; offered as a choice so logged entries match its limits. */
  categories: readonly string[];
  unitLabel: string;
  today: string;
  disabled: boolean;
  /** Resolves true once stored; the form clears only then, so a failed save keeps what was typed. */
  onAdd(entry: CpdEntry): Promise<boolean>;
}

/** Log one CPD / PDU entry. Date and category stay after adding, because entries often come in runs. */
export function CpdEntryForm({ categories, unitLabel, today, disabled, onAdd }: CpdEntryFormProps) {
  const [date, setDate] = useState(today);
  const [amount, setAmount] = useState('');
  const [category, setCategory] = useState('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (amount.trim() === '') {
      setProblems({ amount: `Enter the ${unitLabel} you earned.` });
      return;
    }
    const parsed = CpdEntrySchema.safeParse({ id: newId(), date, amount: Number(amount), category, note: note.trim() });
    if (!parsed.success) {
      setProblems(Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])));
      return;
    }
    setProblems({});
    if (await onAdd(parsed.data)) {
      setAmount('');
      setNote('');
    }
  }

  return (
    <form className="cpd-form" aria-label="Log CPD" onSubmit={(event) => void submit(event)}>
      <div className="field-row">
        <TextField label="Date" type="date" value={date} max={today} problem={problems.date} onChange={(e) => setDate(e.target.value)} />
        <TextField label={`Amount (${unitLabel})`} type="number" inputMode="decimal" min="0" step="0.25" value={amount} problem={problems.amount} onChange={(e) => setAmount(e.target.value)} />
      </div>
      {categories.length > 0 ? (
        <SelectField label="Category" value={category} problem={problems.category} options={[{ value: '', label: 'No category' }, ...categories.map((c) => ({ value: c, label: c }))]} onChange={(e) => setCategory(e.target.value)} />
      ) : (
        <TextField label="Category (optional)" value={category} problem={problems.category} onChange={(e) => setCategory(e.target.value)} placeholder="e.g. Course, webinar, mentoring" />
      )}
      <TextField label="What you did" value={note} problem={problems.note} onChange={(e) => setNote(e.target.value)} placeholder="e.g. Risk management webinar" />
      <button type="submit" disabled={disabled}>
        Log CPD
      </button>
    </form>
  );
}
