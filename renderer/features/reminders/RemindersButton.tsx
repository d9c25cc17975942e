import { useEffect, useRef } from 'react';
import { RemindersPanel } from './RemindersPanel';
import { useRemindersStore } from './reminders-store';
import './reminders.css';

/**
 * The reminders bell in the header: how many are due, and the list under it. The list is the one
 * channel every shell has (the browser bridge has no pop-ups), so it is always one Tab away.
 */
export function RemindersButton() {
  const count = useRemindersStore((store) => store.state?.reminders.length ?? 0);
  const open = useRemindersStore((store) => store.panelOpen);
  const setOpen = useRemindersStore((store) => store.setPanelOpen);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    // Focus comes back to the bell when the list closes, wherever it was closed from.
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);

  return (
    <div className="reminders">
      <button
        ref={button}
        type="button"
        className={`reminders-button${count > 0 ? ' has-due' : ''}`}
        aria-expanded={open}
        aria-controls="reminders-panel"
        // What it shows plus a word ("Reminders 2 due"), so what is heard starts with what is seen (WCAG 2.5.3).
        aria-label={count > 0 ? `Reminders ${count} due` : 'Reminders, none due'}
        onClick={() => setOpen(!open)}
      >
        <BellIcon /> Reminders{count > 0 && <span className="reminders-count"> {count}</span>}
      </button>
      {open && <RemindersPanel onClose={() => setOpen(false)} />}
    </div>
  );
}

/** Drawn, not an emoji: emoji fonts are missing on many Linux desktops (the bell showed as a box). */
function BellIcon() {
  return (
    <svg className="reminders-icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
    </svg>
  );
}
