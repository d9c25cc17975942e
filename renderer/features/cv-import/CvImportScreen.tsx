import { useAppStore } from '../../store';
import { selectPlan, selectReadOnly } from '../../store/selectors';
import { CvFileChooser } from './CvFileChooser';
import { useCvImportStore } from './cv-import-store';
import { ImportDone } from './ImportDone';
import { LineMarker } from './LineMarker';
import { ReviewPanel } from './ReviewPanel';
import './cv-import.css';

/**
 * Start from what you already have (issue 15): bring in a CV from a JSON Resume, a LinkedIn data export
 * or a Word document, review everything found, and add what you keep as one undoable change.
 */
export default function CvImportScreen() {
  const plan = useAppStore(selectPlan);
  const readOnly = useAppStore(selectReadOnly);
  const step = useCvImportStore((state) => state.step);
  const problem = useCvImportStore((state) => state.problem);
  if (!plan) return null;
  const choosing = step.kind === 'choose' || step.kind === 'reading';

  return (
    <section aria-labelledby="cv-import-heading" className="screen stack cv-import">
      <header className="screen-header">
        <h1 id="cv-import-heading">Import a CV</h1>
      </header>
      <p className="meta">Bring in the roles, achievements, certifications and skills you already have, instead of typing them again.</p>
      {readOnly && <p className="notice notice-warning">Your plan is open read-only, so nothing can be imported into it.</p>}
      {choosing && (
        <section className="panel" aria-label="Choose a file">
          <CvFileChooser disabled={readOnly} />
        </section>
      )}
      {problem && (
        <p className="field-problem cv-problem" role="alert">
          {problem}
        </p>
      )}
      {step.kind === 'marking' && <LineMarker fileName={step.fileName} lines={step.lines} marks={step.marks} />}
      {step.kind === 'review' && <ReviewPanel fileName={step.fileName} review={step.review} plan={plan} fromLines={step.lines !== null} readOnly={readOnly} />}
      {step.kind === 'done' && <ImportDone fileName={step.fileName} added={step.added} />}
      {(step.kind === 'marking' || step.kind === 'review') && (
        <section className="panel" aria-label="A different file">
          <CvFileChooser disabled={readOnly} compact />
        </section>
      )}
    </section>
  );
}
