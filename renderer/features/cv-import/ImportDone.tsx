import { useAppStore } from '../../store';
import { useCvImportStore } from './cv-import-store';

/** After an import: what was added, where to find it, and how to take it back. */
export function ImportDone({ fileName, added }: { fileName: string; added: string }) {
  const go = useAppStore((state) => state.go);
  const undo = useAppStore((state) => state.undo);
  const startOver = useCvImportStore((state) => state.startOver);
  return (
    <section className="panel" aria-labelledby="cv-done-heading">
      <h2 id="cv-done-heading">Added from {fileName}</h2>
      <p>
        {added.charAt(0).toUpperCase() + added.slice(1)} are now in your plan. Your plan was backed up first; Ctrl+Z (or Undo) takes the whole import back.
      </p>
      <div className="actions">
        <button type="button" onClick={() => go('achievements')}>
          See my achievements
        </button>
        <button type="button" className="secondary" onClick={() => void undo()}>
          Undo the import
        </button>
        <button type="button" className="secondary" onClick={startOver}>
          Import another file
        </button>
      </div>
    </section>
  );
}
