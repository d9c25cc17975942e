import { keptAt } from './draft-words';

/** Inside an editor that opened on earlier unsaved work: says so, and offers to throw it away. */
export function RestoredNote({ restoredFrom, onDiscard }: { restoredFrom: string | null; onDiscard(): void }) {
  if (!restoredFrom) return null;
  return (
    <p className="restored-note" role="status">
      Your unsaved changes from {keptAt(restoredFrom)} are back.{' '}
      <button type="button" className="quiet small" onClick={onDiscard}>
        Discard them
      </button>
    </p>
  );
}
