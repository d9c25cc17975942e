import { useCallback, useRef, useState } from 'react';
import type { PrepSheetFormat } from '../../../shared/ipc/interview';
import { api, errorMessage } from '../../lib/api';
import { useAppStore } from '../../store';

export interface PrepSheetExportStatus {
  kind: 'success' | 'info' | 'error';
  message: string;
}

/** One prep-sheet export at a time, reported in words: where it went, cancelled, or why it failed. */
export function usePrepSheetExport() {
  const [status, setStatus] = useState<PrepSheetExportStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const exportAs = useCallback(async (questionIds: string[], subtitle: string, format: PrepSheetFormat) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      // Main builds the sheet from its copy of the plan: let edits still on their way reach it first.
      await useAppStore.getState().changesSettled();
      const result = await api.exportPrepSheet({ questionIds, subtitle }, format);
      if (result.outcome === 'saved') setStatus({ kind: 'success', message: `Saved the prep sheet to ${result.location}` });
      else if (result.outcome === 'downloaded') setStatus({ kind: 'success', message: `Downloaded “${result.fileName}”.` });
      else setStatus({ kind: 'info', message: 'Export cancelled: nothing was saved.' });
    } catch (error) {
      setStatus({ kind: 'error', message: `The prep sheet could not be exported. ${errorMessage(error)}` });
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { status, busy, exportAs };
}
