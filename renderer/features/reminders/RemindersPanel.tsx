import { useEffect, useRef } from 'react';
import type { ReminderView } from '../../../shared/ipc/reminders';
import { useAppStore } from '../../store';
import { useRemindersStore } from './reminders-store';
import { countWords, dueWords, OPEN_LABELS } from './reminder-words';

/** The list of due reminders: open what one is about, dismiss one or all (with Undo). Escape closes it. */
export function RemindersPanel({ onClose }: { onClose: () => void }) {
  const state = useRemindersStore((store) => store.state);
  const dismiss = useRemindersStore((store) => store.dismiss);
  const go = useAppStore((store) => store.go);
  const panel = useRef<HTMLElement>(null);
  useEffect(() => panel.current?.focus(), []);

  const reminders = state?.reminders ?? [];
  const open = (reminder: ReminderView) => {
    go(reminder.target.screen, reminder.target.itemId);
    onClose();
  };
  return (
    <section
      id="reminders-panel"
      ref={panel}
      className="reminders-panel panel"
      aria-labelledby="reminders-heading"
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="reminders-panel-header">
        <h2 id="reminders-heading">Reminders</h2>
        {reminders.length > 1 && (
          <button type="button" className="secondary" onClick={() => void dismiss(reminders.map((r) => r.key), countWords(reminders.length))}>
            Dismiss all
          </button>
        )}
        <button type="button" className="secondary" onClick={onClose}>
          Close
        </button>
      </header>
      {state?.problem && <p className="notice notice-warning">{state.problem}</p>}
      {state === null && <p className="meta">Loading…</p>}
      {state !== null && reminders.length === 0 && (
        <p className="meta">Nothing is due. Milestones due soon, exams, renewals, CPD and a weekly nudge to log an achievement appear here. Choose which in Settings → Reminders.</p>
      )}
      {reminders.length > 0 && (
        <ul className="reminder-list">
          {reminders.map((reminder) => (
            <li key={reminder.key} className="reminder">
              <p className="reminder-title">{reminder.title}</p>
              <p>{reminder.body}</p>
              <p className="meta">Due since {dueWords(reminder.dueAt)}</p>
              <div className="actions">
                <button type="button" onClick={() => open(reminder)}>
                  {OPEN_LABELS[reminder.target.screen]}
                </button>
                <button type="button" className="secondary" aria-label={`Dismiss: ${reminder.title}`} onClick={() => void dismiss([reminder.key], `“${reminder.title}”`)}>
                  Dismiss
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {state?.channel === 'in-app' && <p className="meta">In the browser, reminders show only here. The desktop app also shows them as notifications.</p>}
    </section>
  );
}
