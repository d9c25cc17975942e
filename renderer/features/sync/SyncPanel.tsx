import { useEffect } from 'react';
import type { SyncState } from '../../../shared/ipc/sync';
import { SyncConflicts } from './SyncConflicts';
import { SyncFolderForm } from './SyncFolderForm';
import { SyncFolderInUse } from './SyncFolderInUse';
import { useSyncStore } from './sync-store';
import './sync.css';

/**
 * Settings → One plan on two computers (issue 18, docs/sync.md): keep the plan in a folder a sync
 * service copies, or stop; this computer's name; what the last check found; and versions that lost a
 * conflict, each restorable as an ordinary (undoable) edit. Main does the work; this shows its answers.
 */
export function SyncPanel() {
  const state = useSyncStore((store) => store.state);
  const error = useSyncStore((store) => store.error);
  const errorFrom = useSyncStore((store) => store.errorFrom);
  const load = useSyncStore((store) => store.load);
  // App loads it at start; this covers a start-up load that failed, or main not answering then.
  useEffect(() => {
    if (!useSyncStore.getState().state) void load();
  }, [load]);

  // A refused rename is shown under the name; the first load's failure stands in for the content.
  const actionError = errorFrom !== 'rename' && errorFrom !== 'load' ? error : null;
  return (
    <section className="panel sync-panel" aria-labelledby="sync-heading">
      {/* Focusable so focus has somewhere to go when the part that held it goes (after stopping). */}
      <h2 id="sync-heading" tabIndex={-1}>
        One plan on two computers
      </h2>
      {state ? <SyncContent state={state} /> : <p className="meta">{error ?? 'Loading…'}</p>}
      {state && actionError && (
        <p className="field-problem" role="alert">
          {actionError}
        </p>
      )}
    </section>
  );
}

function SyncContent({ state }: { state: SyncState }) {
  const { folder } = state;
  return (
    <>
      {folder === null ? (
        <>
          <p>Keep your plan in a folder your sync service copies — Dropbox, OneDrive, iCloud Drive, Google Drive or Syncthing — and choose the same folder on your other computer.</p>
          <SyncFolderForm canPickFolder={state.canPickFolder} />
        </>
      ) : (
        <SyncFolderInUse state={{ ...state, folder }} />
      )}
      {state.problem && (
        <p className="notice notice-warning" role="alert">
          {state.problem}
        </p>
      )}
      {state.skipped.length > 0 && (
        <div className="sync-skipped" role="status">
          <p className="meta">Passed over this time (read again at the next change or check):</p>
          <ul>
            {state.skipped.map((skipped) => (
              <li key={skipped.file}>{skipped.words}</li>
            ))}
          </ul>
        </div>
      )}
      {state.conflicts.length > 0 && <SyncConflicts conflicts={state.conflicts} />}
    </>
  );
}
