import { useCallback, useEffect, useState } from 'react';
import type { BackupSummary } from '../../../shared/ipc/plan-transfer';
import { api, errorMessage } from '../../lib/api';
import { useAppStore } from '../../store';
import { describeCounts, describeMoment, describeReason } from './backup-words';

/**
 * The automatic backups, newest first, each restorable. Restoring asks once (it replaces the whole plan),
 * and the current plan is backed up first, so the confirmation message offers Undo.
 */
export function BackupList() {
  const revision = useAppStore((state) => state.snapshot?.revision ?? 0);
  const readOnly = useAppStore((state) => state.snapshot?.readOnly ?? false);
  const notify = useAppStore((state) => state.notify);
  const [backups, setBackups] = useState<BackupSummary[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setBackups(await api.listBackups());
      setProblem(null);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }, []);
  // Backups follow saves: refresh whenever the plan changes.
  useEffect(() => void load(), [load, revision]);

  const restore = useCallback(
    async (backup: BackupSummary) => {
      setBusy(true);
      try {
        const { undoBackupId } = await api.restoreBackup(backup.id);
        setConfirming(null);
        notify({
          level: 'info',
          message: `Restored the backup from ${describeMoment(backup.createdAt)}. Your previous plan was backed up first.`,
          action: { label: 'Undo', run: () => void api.restoreBackup(undoBackupId).catch((error) => notify({ level: 'error', message: errorMessage(error) })) },
        });
        await load();
      } catch (error) {
        notify({ level: 'error', message: errorMessage(error) });
      } finally {
        setBusy(false);
      }
    },
    [load, notify],
  );

  if (problem) return <p role="alert">{problem}</p>;
  if (backups === null) return <p className="meta">Loading backups…</p>;
  if (backups.length === 0) {
    return <p className="empty-state">No backups yet. PMO Pathway takes one a few minutes after you change your plan, and keeps the last ten plus one a day for 30 days.</p>;
  }
  return (
    <ul className="item-list backup-list" aria-label="Backups">
      {backups.map((backup) => (
        <li key={backup.id}>
          <div className="row backup-row">
            <span className="backup-when">
              <strong>{describeMoment(backup.createdAt)}</strong>
              <span className="meta">{describeReason(backup.reason)}</span>
            </span>
            <span className="backup-counts">{describeCounts(backup.counts)}</span>
            {confirming === backup.id ? (
              <span className="confirm" role="group" aria-label={`Restore the backup from ${describeMoment(backup.createdAt)}`}>
                <span>Replace your current plan with this backup?</span>
                <button type="button" disabled={busy} onClick={() => void restore(backup)}>
                  Restore
                </button>
                <button type="button" className="secondary" onClick={() => setConfirming(null)}>
                  Cancel
                </button>
              </span>
            ) : (
              <button type="button" className="secondary small" disabled={readOnly} onClick={() => setConfirming(backup.id)} aria-label={`Restore the backup from ${describeMoment(backup.createdAt)}`}>
                Restore…
              </button>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
