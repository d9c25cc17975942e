import { useId, useState, type FormEvent } from 'react';
import { newId } from '../../lib/ids';
import { useAppStore } from '../../store';
import { newAchievementDefaults } from './new-achievement';
// Its own styles, since the dashboard shows it without the rest of the Achievements screen.
import './quick-log.css';

interface QuickLogAchievementProps {
  /**
   * Open the full editor on the new achievement. By default it navigates to the Achievements screen,
   * which opens the item named by the navigation slice's focusItemId (how the dashboard uses it).
   */
  onOpen?(id: string): void;
}

/**
 * Log an achievement in one line: a title and Enter. It is saved at once (in the CV by default), and
 * the person is offered the full editor to add the X-Y-Z or STAR detail while it is fresh.
 */
export function QuickLogAchievement({ onOpen }: QuickLogAchievementProps) {
  const id = useId();
  const applyChange = useAppStore((state) => state.applyChange);
  const readOnly = useAppStore((state) => state.snapshot?.readOnly ?? false);
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [logged, setLogged] = useState<{ id: string; title: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = title.trim();
    if (trimmed === '') {
      setProblem('Enter what you achieved, e.g. “Cut late status reports by 40%”.');
      return;
    }
    setProblem(null);
    // Dated today and in the current role, as in the full editor (the details can be changed there).
    const item = { id: newId(), title: trimmed, includeInCv: true, ...newAchievementDefaults() };
    const saved = await applyChange({ type: 'achievement.put', item }, { label: 'Log achievement' });
    // Clear only once stored: if saving failed, what was typed stays for another try.
    if (saved) {
      setTitle('');
      setLogged({ id: item.id, title: trimmed });
    }
  }

  function open(itemId: string) {
    setLogged(null);
    if (onOpen) onOpen(itemId);
    else useAppStore.getState().go('achievements', itemId);
  }

  return (
    <form className="quick-log" onSubmit={(event) => void submit(event)} aria-label="Log an achievement">
      <div className="inline-form">
        <div className="field grow">
          <label htmlFor={id}>Log an achievement</label>
          <input
            id={id}
            value={title}
            placeholder="e.g. Cut late status reports by 40%"
            disabled={readOnly}
            aria-invalid={problem !== null || undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(event) => {
              setTitle(event.target.value);
              setLogged(null);
            }}
          />
        </div>
        <button type="submit" disabled={readOnly}>
          Log it
        </button>
      </div>
      {problem && (
        <p id={`${id}-problem`} className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <div role="status" aria-live="polite" className="quick-log-status">
        {logged && (
          <p className="meta">
            Logged “{logged.title}” (included in your CV).{' '}
            <button type="button" className="secondary small" onClick={() => open(logged.id)}>
              Add the details
            </button>
          </p>
        )}
      </div>
    </form>
  );
}
