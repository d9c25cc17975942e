import { useCallback, useRef, useState } from 'react';
import type { AtsReport } from '../../../shared/ats/checks';
import type { ExportOptions } from '../../../shared/cv/export';
import type { AtsFormat } from '../../../shared/ipc/ats';
import { api, errorMessage } from '../../lib/api';
import { useAppStore } from '../../store';

export type AtsCheckState =
  | { kind: 'idle' }
  | { kind: 'checking'; format: AtsFormat }
  | { kind: 'done'; report: AtsReport; options: ExportOptions }
  | { kind: 'failed'; format: AtsFormat; message: string };

/**
 * One self-check at a time, run by main (it renders and reads back the file, off the page's thread).
 * The report keeps the options it was made for, so the screen can say when they have changed since.
 */
export function useAtsCheck() {
  const [state, setState] = useState<AtsCheckState>({ kind: 'idle' });
  const running = useRef(false);
  const run = useCallback(async (options: ExportOptions, format: AtsFormat) => {
    if (running.current) return;
    running.current = true;
    setState({ kind: 'checking', format });
    try {
      await useAppStore.getState().changesSettled();
      setState({ kind: 'done', report: await api.checkExportForAts(options, format), options });
    } catch (error) {
      setState({ kind: 'failed', format, message: errorMessage(error) });
    } finally {
      running.current = false;
    }
  }, []);
  return { state, run };
}
