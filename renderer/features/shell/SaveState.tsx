import { useAppStore } from '../../store';

/**
 * Whether the person's work is safely on disk, always visible in the header. A failed save is announced
 * and explained (main keeps the plan in memory and retries), so nobody closes the app thinking it saved.
 */
export function SaveState() {
  const loadState = useAppStore((state) => state.loadState);
  const pending = useAppStore((state) => state.pendingChanges > 0);
  const save = useAppStore((state) => state.saveStatus);
  const readOnly = useAppStore((state) => state.snapshot?.readOnly ?? false);

  if (loadState !== 'ready') return <span className="save-state" role="status" aria-live="polite" />;
  if (save.state === 'failed') {
    return (
      <span className="save-state save-failed" role="alert">
        Not saved — {save.message} PMO Pathway keeps trying; please don’t quit until this clears.
      </span>
    );
  }
  const text = readOnly ? 'Read-only' : pending || save.state === 'saving' ? 'Saving…' : 'All changes saved';
  return (
    <span className="save-state" role="status" aria-live="polite">
      {text}
    </span>
  );
}
