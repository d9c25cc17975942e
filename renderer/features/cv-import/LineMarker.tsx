import { useMemo } from 'react';
import { useProgressiveCount } from '../../hooks/useProgressiveCount';
import { initialMarks, withAchievementRole, withLineKind, type CvLine, type CvLineMark, type CvLineMarkKind } from '../../../shared/cv-import/cv-lines';
import { useCvImportStore } from './cv-import-store';

const KIND_OPTIONS: { value: CvLineMarkKind; label: string }[] = [
  { value: 'ignore', label: 'Not imported' },
  { value: 'role', label: 'A role' },
  { value: 'achievement', label: 'An achievement' },
  { value: 'skill', label: 'A skill' },
  { value: 'certification', label: 'A certification' },
];

/**
 * A Word CV's lines, for the person to say what each is: its layout says too little to guess from, so
 * only bulleted lines start as achievements (of the nearest role line above) and everything else is
 * left out until marked. Nothing is presented as found that the person did not mark.
 */
export function LineMarker({ fileName, lines, marks }: { fileName: string; lines: CvLine[]; marks: CvLineMark[] }) {
  const setMarks = useCvImportStore((state) => state.setMarks);
  const reviewMarkedLines = useCvImportStore((state) => state.reviewMarkedLines);
  const roleLines = useMemo(() => marks.flatMap((mark, i) => (mark.as === 'role' ? [i] : [])), [marks]);
  const marked = marks.filter((mark) => mark.as !== 'ignore').length;
  const shown = useProgressiveCount(lines.length, lines);

  return (
    <section className="panel cv-lines" aria-labelledby="cv-lines-heading">
      <h2 id="cv-lines-heading">What is each line of {fileName}?</h2>
      <p>
        Bulleted lines start as achievements. Mark each job’s heading line as a role, and the achievements below it go with it. Mark skills and
        certifications too; anything left “Not imported” stays out.
      </p>
      <div className="actions">
        <button type="button" onClick={reviewMarkedLines} disabled={marked === 0}>
          Review {marked} marked {marked === 1 ? 'line' : 'lines'}
        </button>
        <button type="button" className="secondary" onClick={() => setMarks(initialMarks(lines))}>
          Start the marks again
        </button>
      </div>
      <ol className="cv-line-list">
        {lines.slice(0, shown).map((line, i) => {
          const mark = marks[i] ?? { as: 'ignore' };
          const label = `Line ${i + 1}: ${line.text.slice(0, 80)}`;
          return (
            <li key={i} className={`cv-line kind-${line.kind} mark-${mark.as}`}>
              <span className="cv-line-text">
                {line.kind === 'bullet' && <span aria-label="bulleted">• </span>}
                {line.text}
              </span>
              <span className="cv-line-marks">
                <select aria-label={`What is it? ${label}`} value={mark.as} onChange={(e) => setMarks(withLineKind(marks, i, e.target.value as CvLineMarkKind))}>
                  {KIND_OPTIONS.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
                {mark.as === 'achievement' && (
                  <select
                    aria-label={`In which role? ${label}`}
                    value={mark.roleLine === null ? '' : String(mark.roleLine)}
                    onChange={(e) => setMarks(withAchievementRole(marks, i, e.target.value === '' ? null : Number(e.target.value)))}
                  >
                    <option value="">No role</option>
                    {roleLines.map((r) => (
                      <option key={r} value={r}>
                        {(lines[r]?.text ?? '').slice(0, 60)}
                      </option>
                    ))}
                  </select>
                )}
              </span>
            </li>
          );
        })}
      </ol>
      <div className="actions">
        <button type="button" onClick={reviewMarkedLines} disabled={marked === 0}>
          Review {marked} marked {marked === 1 ? 'line' : 'lines'}
        </button>
      </div>
    </section>
  );
}
