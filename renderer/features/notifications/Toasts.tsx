import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../../store';
import { selectToasts } from '../../store/selectors';
import type { AppState } from '../../store';
import type { Toast } from '../../store/ui-slice';

/** How the toast's subject stands now: its last edit, or "absent"; a change means the message is stale. */
function subjectState(state: AppState, subject: Toast['subject']): string | null {
  if (!subject) return null;
  const items = state.snapshot?.plan[subject.collection] as { id: string; updatedAt: string }[] | undefined;
  return items?.find((item) => item.id === subject.id)?.updatedAt ?? 'absent';
}

/** How long an information message stays; one with an action (Undo) stays longer. Errors stay until dismissed. */
export const INFO_TOAST_MS = 6_000;
export const ACTION_TOAST_MS = 12_000;

/** Messages from the app: errors are announced assertively, the rest politely. */
export function Toasts() {
  const toasts = useAppStore(selectToasts);
  return (
    <div className="toasts">
      {toasts.map((toast) => (
        <ToastMessage key={toast.id} toast={toast} />
      ))}
    </div>
  );
}

function ToastMessage({ toast }: { toast: Toast }) {
  const dismiss = useAppStore((state) => state.dismiss);
  // Paused while the pointer or keyboard focus is on it, so nobody loses an Undo they are reaching for.
  const [held, setHeld] = useState(false);
  const subjectNow = useAppStore((state) => subjectState(state, toast.subject));
  const subjectAtStart = useRef(subjectNow);
  useEffect(() => {
    if (subjectNow !== subjectAtStart.current) dismiss(toast.id);
  }, [subjectNow, dismiss, toast.id]);
  useEffect(() => {
    if (toast.level === 'error' || held) return;
    const timer = setTimeout(() => dismiss(toast.id), toast.action ? ACTION_TOAST_MS : INFO_TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast, held, dismiss]);

  return (
    <div
      className={`toast toast-${toast.level}`}
      role={toast.level === 'error' ? 'alert' : 'status'}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <span>{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          onClick={() => {
            toast.action?.run();
            dismiss(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="quiet" aria-label="Dismiss message" onClick={() => dismiss(toast.id)}>
        ×
      </button>
    </div>
  );
}
