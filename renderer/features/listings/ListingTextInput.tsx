import { useId, useState, type ClipboardEvent } from 'react';
import { useFilePicking } from '../../hooks/useFilePicking';
import { normaliseListingText } from '../../../shared/listings';
import { errorMessage } from '../../lib/api';
import { htmlToText } from './html-to-text';
import { readListingFile } from './read-listing-file';

interface ListingTextInputProps {
  value: string;
  problem?: string;
  disabled: boolean;
  onChange(text: string, how: 'typed' | 'pasted' | 'file'): void;
}

const ACCEPT = '.txt,.text,.md,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Where the advert goes in: typed, pasted (HTML from a web page is reduced to text with its headings and
 * bullets on their own lines), dropped as a file, or picked with "Add from a file…". A file that cannot
 * be read leaves the text as it was and says why.
 */
export function ListingTextInput({ value, problem, disabled, onChange }: ListingTextInputProps) {
  const id = useId();
  const [reading, setReading] = useState<string | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = event.clipboardData.getData('text/html');
    const plain = event.clipboardData.getData('text/plain');
    const pasted = normaliseListingText(html.trim() !== '' ? htmlToText(html) || plain : plain);
    event.preventDefault();
    const area = event.currentTarget;
    const next = value.slice(0, area.selectionStart) + pasted + value.slice(area.selectionEnd);
    setFileProblem(null);
    onChange(next, 'pasted');
  };

  const readFile = async (file: File) => {
    setFileProblem(null);
    setReading(file.name);
    try {
      onChange(await readListingFile(file), 'file');
    } catch (error) {
      setFileProblem(`${file.name}: ${errorMessage(error)}`);
    } finally {
      setReading(null);
    }
  };

  const picking = useFilePicking((file) => void readFile(file), { disabled, accept: ACCEPT });

  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const shownProblem = fileProblem ?? problem;
  return (
    <div
      className={`field listing-drop${picking.dragging ? ' dragging' : ''}`}
      {...picking.dropProps}
    >
      <label htmlFor={id}>The listing’s text</label>
      <textarea
        id={id}
        rows={14}
        value={value}
        disabled={disabled}
        aria-describedby={[hintId, shownProblem ? problemId : ''].filter(Boolean).join(' ')}
        aria-invalid={shownProblem ? true : undefined}
        placeholder="Paste the whole advert here: the role, what it asks for, and the rest."
        onPaste={onPaste}
        onChange={(e) => onChange(e.target.value, 'typed')}
      />
      <p id={hintId} className="field-hint">
        Paste it from the job site, or drop a .txt, .docx or .pdf file of it here.{' '}
        <button type="button" className="link-button show-in-text" disabled={disabled || reading !== null} onClick={picking.choose}>
          Add from a file…
        </button>
      </p>
      {picking.fileInput}
      {reading && (
        <p className="meta" role="status">
          Reading {reading}…
        </p>
      )}
      {shownProblem && (
        <p id={problemId} className="field-problem" role="alert">
          {shownProblem}
        </p>
      )}
    </div>
  );
}
