import { useCallback, useRef, useState } from 'react';
import type { ComparisonFormat } from '../../../shared/listings';
import { api, errorMessage } from '../../lib/api';
import { useAppStore } from '../../store';

export interface ComparisonExportStatus {
  kind: 'success' | 'info' | 'error';
  message: string;
}

/** One comparison export at a time, reported in words: where it went, cancelled, or why it failed. */
export function useComparisonExport() {
  const [status, setStatus] = useState<ComparisonExportStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const exportAs = useCallback(async (listingId: string, format: ComparisonFormat) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      // Main builds the file from its copy of the plan: let edits still on their way reach it first.
      await useAppStore.getState().changesSettled();
      const result = await api.exportListingComparison(listingId, format);
      if (result.outcome === 'saved') setStatus({ kind: 'success', message: `Saved the comparison to ${result.location}` });
      else if (result.outcome === 'downloaded') setStatus({ kind: 'success', message: `Downloaded “${result.fileName}”.` });
      else setStatus({ kind: 'info', message: 'Export cancelled: nothing was saved.' });
    } catch (error) {
      setStatus({ kind: 'error', message: `The comparison could not be exported. ${errorMessage(error)}` });
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { status, busy, exportAs };
}
