import { useRef, useState, type DragEvent } from 'react';
import { useShownAfter } from '../../hooks/useShownAfter';
import { useCvImportStore } from './cv-import-store';

const ACCEPT = '.json,.zip,.docx,application/json,application/zip,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Where a CV comes in: picked with the button or dropped on the area. Says which files work and how to
 * get a LinkedIn export; shows "Reading…" when a read takes longer than a moment.
 */
export function CvFileChooser({ disabled, compact = false }: { disabled: boolean; compact?: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const step = useCvImportStore((state) => state.step);
  const read = useCvImportStore((state) => state.read);
  const reading = step.kind === 'reading' ? step.fileName : null;
  const showProgress = useShownAfter(reading !== null);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    if (!disabled && !reading) void read(file);
  };

  return (
    <div
      className={`cv-drop${dragging ? ' dragging' : ''}${compact ? ' compact' : ''}`}
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes('Files')) {
          event.preventDefault();
          setDragging(true);
        }
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
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
        <button type="button" disabled={disabled || reading !== null} onClick={() => input.current?.click()}>
          {compact ? 'Choose another file…' : 'Choose a file…'}
        </button>
        <span className="meta">or drop it here. Nothing changes in your plan until you confirm.</span>
      </p>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void read(file);
        }}
      />
      {showProgress && (
        <p className="cv-reading" role="status">
          <span className="spinner" aria-hidden="true" /> Reading {reading}…
        </p>
      )}
    </div>
  );
}
