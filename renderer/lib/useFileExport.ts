import { useCallback, useRef, useState } from 'react';
import type { ExportResult } from '../../shared/cv/export/formats';
import { errorMessage } from './api';
import { useAppStore } from '../store';

export interface FileExportStatus {
  kind: 'success' | 'info' | 'error';
  message: string;
}

/**
 * One export of a file built by main at a time, reported in words: where it went, cancelled, or why it
 * failed. `what` names the file in those words ("the comparison", "the prep sheet").
 */
export function useFileExport<A extends unknown[]>(what: string, run: (...args: A) => Promise<ExportResult>) {
  const [status, setStatus] = useState<FileExportStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const latest = useRef(run);
  latest.current = run;
  const exportAs = useCallback(
    async (...args: A) => {
      if (running.current) return;
      running.current = true;
      setBusy(true);
      try {
        // Main builds the file from its copy of the plan: let edits still on their way reach it first.
        await useAppStore.getState().changesSettled();
        const result = await latest.current(...args);
        if (result.outcome === 'saved') setStatus({ kind: 'success', message: `Saved ${what} to ${result.location}` });
        else if (result.outcome === 'downloaded') setStatus({ kind: 'success', message: `Downloaded “${result.fileName}”.` });
        else setStatus({ kind: 'info', message: 'Export cancelled: nothing was saved.' });
      } catch (error) {
        setStatus({ kind: 'error', message: `${what.charAt(0).toUpperCase()}${what.slice(1)} could not be exported. ${errorMessage(error)}` });
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [what],
  );
  return { status, busy, exportAs };
}

