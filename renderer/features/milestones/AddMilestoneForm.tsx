import { useState, type FormEvent } from 'react';
import { newId } from '../../lib/ids';
import { useAppStore } from '../../store';
import { selectReadOnly } from '../../store/selectors';

/** One field and Enter: the fastest way to jot a milestone down; details can follow in the editor. */
export function AddMilestoneForm() {
  const applyChange = useAppStore((state) => state.applyChange);
  const readOnly = useAppStore(selectReadOnly);
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (title.trim() === '') {
      setProblem('Enter the milestone title.');
      return;
    }
    setProblem(null);
    const saved = await applyChange({ type: 'milestone.put', item: { id: newId(), title: title.trim() } }, { label: 'Add milestone' });
    // Clear only once stored: if saving failed, what was typed stays for another try.
    if (saved) setTitle('');
  }

  return (
    <form className="inline-form" onSubmit={(event) => void submit(event)} aria-label="Quick add">
      <div className="field grow">
        <label htmlFor="quick-add-milestone">Add a milestone</label>
        <input
          id="quick-add-milestone"
          value={title}
          placeholder="e.g. Shadow the PMO for a week — then press Enter"
          disabled={readOnly}
          aria-invalid={problem !== null}
          aria-describedby={problem ? 'quick-add-problem' : undefined}
          onChange={(event) => setTitle(event.target.value)}
        />
        {problem && (
          <p id="quick-add-problem" className="field-problem" role="alert">
            {problem}
          </p>
        )}
      </div>
      <button type="submit" disabled={readOnly}>
        Add
      </button>
    </form>
  );
}
