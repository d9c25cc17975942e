import type { ExportOptions } from '../../../shared/cv/export';
import { ATS_FORMATS, type AtsFormat } from '../../../shared/ipc/ats';
import { useShownAfter } from '../../hooks/useShownAfter';
import type { AtsCheckState } from './useAtsCheck';
import { AtsChecklist } from './AtsChecklist';
import './ats.css';

const FORMAT_WORDS: Record<AtsFormat, string> = { docx: 'the Word file', pdf: 'the PDF' };

/**
 * "See what an ATS sees": the file these options export, read back the way an applicant tracking system
 * reads it, with the checklist beside the text it got. Run from here for the current options, and after
 * each DOCX or PDF export for what was saved.
 */
export function AtsCheckPanel({ state, options, disabled, onRun }: { state: AtsCheckState; options: ExportOptions; disabled: boolean; onRun(format: AtsFormat): void }) {
  const checking = state.kind === 'checking';
  const showProgress = useShownAfter(checking);
  const stale = state.kind === 'done' && state.options !== options;
  return (
    <section className="panel ats-panel" aria-labelledby="ats-heading">
      <h2 id="ats-heading">What an ATS reads</h2>
      <p className="meta">
        Applicant tracking systems read the file, not the screen. This reads the file back and checks it against common ATS behaviour; it is not a
        guarantee of what any one system does.
      </p>
      <div className="actions" role="group" aria-label="Check what an ATS reads from">
        {ATS_FORMATS.map((format) => (
          <button key={format} type="button" className="secondary" disabled={disabled || checking} onClick={() => onRun(format)}>
            Check {FORMAT_WORDS[format]}
          </button>
        ))}
      </div>
      <p className="meta" role="status">
        {showProgress && state.kind === 'checking' ? `Reading ${FORMAT_WORDS[state.format]} back…` : ''}
        {stale ? 'The options have changed since this check: check again to see the file they make now.' : ''}
      </p>
      {state.kind === 'failed' && (
        <p className="field-problem" role="alert">
          {FORMAT_WORDS[state.format].replace(/^t/, 'T')} could not be checked. {state.message}
        </p>
      )}
      {state.kind === 'done' && <AtsChecklist report={state.report} />}
    </section>
  );
}
