import { useAppStore } from '../../store';
import { selectToasts } from '../../store/selectors';

/** Messages from the app: errors are announced assertively, the rest politely. */
export function Toasts() {
  const toasts = useAppStore(selectToasts);
  const dismiss = useAppStore((state) => state.dismiss);
  return (
    <div className="toasts">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast-${toast.level}`} role={toast.level === 'error' ? 'alert' : 'status'}>
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
      ))}
    </div>
  );
}
