import { useId, useRef, useState } from 'react';
import { MAX_IMPORT_BYTES, PLAN_FILE_EXTENSION, type ImportPreview } from '../../../shared/ipc/plan-transfer';
import { api, errorMessage } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useAppStore } from '../../store';
import { describeCounts } from './backup-words';
import { readPlanFileText } from './read-plan-file';

/**
 * Move the whole plan between computers: save it as one .pmoplan.json file, or import one. An import
 * is checked and previewed first, and replaces the plan only when confirmed (after a backup).
 */
export function PlanFileTransfer() {
  const readOnly = useAppStore((state) => state.snapshot?.readOnly ?? false);
  const notify = useAppStore((state) => state.notify);
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function exportPlan() {
    setBusy(true);
    try {
      const result = await api.exportPlanFile();
      if (result.outcome === 'saved') notify({ level: 'info', message: `Saved your plan to ${result.location}.` });
      if (result.outcome === 'downloaded') notify({ level: 'info', message: `Downloaded ${result.fileName}.` });
    } catch (error) {
      notify({ level: 'error', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  async function choose(file: File | undefined) {
    setPreview(null);
    setProblem(null);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setProblem(`${file.name} is too large to be a PMO Pathway plan (over 50 MB). Your plan is unchanged.`);
      return;
    }
    setBusy(true);
    try {
      const read = await readPlanFileText(file);
      if ('problem' in read) setProblem(`${file.name} was not imported: ${read.problem}. Your plan is unchanged.`);
      else setPreview(await api.previewImport({ fileName: file.name, content: read.text }));
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  async function confirm(current: ImportPreview) {
    setBusy(true);
    try {
      const { undoBackupId } = await api.confirmImport(current.importId);
      setPreview(null);
      notify({
        level: 'info',
        message: `Imported ${current.fileName}. Your previous plan was backed up first.`,
        action: { label: 'Undo', run: () => void api.restoreBackup(undoBackupId).catch((error) => notify({ level: 'error', message: errorMessage(error) })) },
      });
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Save or import the whole plan</h2>
      <p>Keep a copy of your plan anywhere you like, or move it to another computer, as one {PLAN_FILE_EXTENSION} file.</p>
      <div className="actions">
        <button type="button" onClick={() => void exportPlan()} disabled={busy}>
          Save a copy of my plan…
        </button>
        <label htmlFor={inputId} className={`file-button${busy || readOnly ? ' disabled' : ''}`}>
          Import a plan file…
        </label>
        <input
          id={inputId}
          ref={input}
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          disabled={busy || readOnly}
          onChange={(event) => void choose(event.target.files?.[0])}
        />
      </div>
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      {preview && (
        <div className="import-preview" role="region" aria-label="Import preview">
          <h3>Replace your plan with {preview.fileName}?</h3>
          <p>
            It holds {describeCounts(preview.counts)}
            {preview.profileName ? ` for ${preview.profileName}` : ''}
            {preview.targetRole ? `, aiming for ${preview.targetRole}` : ''}
            {preview.exportedAt ? `, saved on ${formatDate(preview.exportedAt)}` : ''}.
            {preview.migratedFromVersion !== null ? ' It was made by an older version and will be upgraded.' : ''}
          </p>
          <p className="meta">Your current plan is backed up first, so you can undo this from the list of backups.</p>
          <div className="actions">
            <button type="button" onClick={() => void confirm(preview)} disabled={busy}>
              Replace my plan
            </button>
            <button type="button" className="secondary" onClick={() => setPreview(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
