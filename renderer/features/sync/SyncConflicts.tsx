import { useState } from 'react';
import type { SyncConflict } from '../../../shared/ipc/sync';
import { useAppStore } from '../../store';
import { selectReadOnly } from '../../store/selectors';
import { describeMoment } from '../backups/backup-words';
import { useSyncStore } from './sync-store';

/**
 * Versions that lost to a change made on another computer at the same time. Restoring one is an
 * ordinary edit (so Undo takes it back); only once main has stored it does it leave the list.
 */
export function SyncConflicts({ conflicts }: { conflicts: SyncConflict[] }) {
  const busy = useSyncStore((store) => store.busy);
  const dismiss = useSyncStore((store) => store.dismiss);
  const readOnly = useAppStore(selectReadOnly);
  // The edit is on its way to main: a second press would record the same restore twice in the undo history.
  const [restoring, setRestoring] = useState<string | null>(null);

  const restore = async (conflict: SyncConflict) => {
    if (!conflict.restore) return;
    setRestoring(conflict.key);
    // applyChange says itself why a change was refused; then the version stays listed to try again.
    const stored = await useAppStore.getState().applyChange(conflict.restore, { label: `Restore ${conflict.title}` });
    if (stored) await dismiss([conflict.key]);
    setRestoring(null);
  };

  return (
    <div className="sync-conflicts">
      <h3 id="sync-conflicts-heading">Merged with conflicts</h3>
      <p>These versions lost to a change made at the same time on another computer. Each stays listed here until you restore or dismiss it, and a backup on the computer that made it holds it too.</p>
      <ul className="sync-conflict-list" aria-labelledby="sync-conflicts-heading">
        {conflicts.map((conflict) => (
          <li key={conflict.key} className="sync-conflict">
            <span className="sync-conflict-words">
              <strong>{conflict.title}</strong>
              <span className="meta">
                from {conflict.deviceName}, {describeMoment(conflict.madeAt)}
                {conflict.kind === 'deletion' && ' (it had been deleted there)'}
              </span>
            </span>
            <span className="sync-conflict-actions">
              {conflict.restore && !readOnly && (
                <button type="button" className="small" disabled={busy !== null || restoring !== null} aria-label={`Restore this version of ${conflict.title}`} onClick={() => void restore(conflict)}>
                  Restore this version
                </button>
              )}
              <button type="button" className="secondary small" disabled={busy !== null} aria-label={`Dismiss ${conflict.title}`} onClick={() => void dismiss([conflict.key])}>
                Dismiss
              </button>
            </span>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="secondary" disabled={busy !== null} onClick={() => void dismiss(conflicts.map((conflict) => conflict.key))}>
          Dismiss all
        </button>
      </div>
    </div>
  );
}
