import { useState, type FormEvent } from 'react';
import { newId } from '../../lib/ids';
import { useAppStore } from '../../store';
import { selectReadOnly } from '../../store/selectors';

export function AddMilestoneForm() {
  const applyChange = useAppStore((state) => state.applyChange);
  const readOnly = useAppStore(selectReadOnly);
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (title.trim() === '') {
      setProblem('Give the milestone a title.');
      return;
    }
    setProblem(null);
    const saved = await applyChange({ type: 'milestone.put', item: { id: newId(), title: title.trim() } });
    // Clear only once stored: if saving failed, what was typed stays for another try.
    if (saved) setTitle('');
  }

  return (
    <form className="inline-form" onSubmit={(event) => void submit(event)} aria-label="Add a milestone">
      <div className="field grow">
        <label htmlFor="new-milestone">New milestone</label>
        <input
          id="new-milestone"
          value={title}
          placeholder="e.g. Shadow the PMO for a week"
          disabled={readOnly}
          aria-invalid={problem !== null}
          aria-describedby={problem ? 'new-milestone-problem' : undefined}
          onChange={(event) => setTitle(event.target.value)}
        />
        {problem && (
          <p id="new-milestone-problem" className="field-problem" role="alert">
            {problem}
          </p>
        )}
      </div>
      <button type="submit" disabled={readOnly}>
        Add milestone
      </button>
    </form>
  );
}
