import { useFilePicking } from '../../hooks/useFilePicking';
import { useShownAfter } from '../../hooks/useShownAfter';
import { useCvImportStore } from './cv-import-store';

const ACCEPT = '.json,.zip,.docx,application/json,application/zip,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Where a CV comes in: picked with the button or dropped on the area. Says which files work and how to
 * get a LinkedIn export; shows "Reading…" when a read takes longer than a moment.
 */
export function CvFileChooser({ disabled, compact = false }: { disabled: boolean; compact?: boolean }) {
  const step = useCvImportStore((state) => state.step);
  const read = useCvImportStore((state) => state.read);
  const reading = step.kind === 'reading' ? step.fileName : null;
  const showProgress = useShownAfter(reading !== null);
  const picking = useFilePicking((file) => void read(file), { disabled: disabled || reading !== null, accept: ACCEPT });

  return (
    <div
      className={`cv-drop${picking.dragging ? ' dragging' : ''}${compact ? ' compact' : ''}`}
      {...picking.dropProps}
    >
      {!compact && (
        <ul className="cv-sources">
          <li>
            <strong>A LinkedIn data export</strong> (.zip): on LinkedIn, open Settings &amp; Privacy → Data privacy → Get a copy of your data, and choose the
            download with your positions, certifications and skills.
          </li>
          <li>
            <strong>A JSON Resume</strong> (resume.json), from jsonresume.org or a tool that writes it.
          </li>
          <li>
            <strong>A Word CV</strong> (.docx): you mark which lines are roles, achievements, skills and certifications.
          </li>
        </ul>
      )}
      <p className="cv-drop-actions">
        <button type="button" disabled={disabled || reading !== null} onClick={picking.choose}>
          {compact ? 'Choose another file…' : 'Choose a file…'}
        </button>
        <span className="meta">or drop it here. Nothing changes in your plan until you confirm.</span>
      </p>
      {picking.fileInput}
      {showProgress && (
        <p className="cv-reading" role="status">
          <span className="spinner" aria-hidden="true" /> Reading {reading}…
        </p>
      )}
    </div>
  );
}
