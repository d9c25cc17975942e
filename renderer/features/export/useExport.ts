import { useCallback, useRef, useState } from 'react';
import { EXPORT_FORMAT_INFO, type ExportFormat, type ExportOptions } from '../../../shared/cv/export';
import { api, errorMessage } from '../../lib/api';
import { useAppStore } from '../../store';

export type ExportStatus =
  | { kind: 'idle' }
  | { kind: 'busy'; message: string }
  | { kind: 'success' | 'info'; message: string }
  | { kind: 'error'; message: string };

/**
 * Runs one export (or a copy) at a time and says how it went in words: where the file went, that the
 * save was cancelled, or why it failed. The file itself is made in main from the same options.
 */
export function useExport() {
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });
  const [busy, setBusy] = useState<ExportFormat | 'copy' | null>(null);
  // A ref as well as state: two quick presses (or a shortcut during a click) must not start two exports.
  const running = useRef(false);

  /** Resolves true when the file was saved or downloaded. */
  const exportAs = useCallback(async (options: ExportOptions, format: ExportFormat): Promise<boolean> => {
    if (running.current) return false;
    running.current = true;
    setBusy(format);
    setStatus({ kind: 'busy', message: `Exporting ${EXPORT_FORMAT_INFO[format].label}…` });
    try {
      // Main builds the file from its copy of the plan: let edits still on their way reach it first.
      await useAppStore.getState().changesSettled();
      const result = await api.exportAchievements(options, format);
      if (result.outcome === 'saved') setStatus({ kind: 'success', message: `Saved to ${result.location}` });
      else if (result.outcome === 'downloaded') setStatus({ kind: 'success', message: `Downloaded “${result.fileName}”.` });
      else setStatus({ kind: 'info', message: 'Export cancelled: nothing was saved.' });
      return result.outcome !== 'cancelled';
    } catch (error) {
      setStatus({ kind: 'error', message: `The ${EXPORT_FORMAT_INFO[format].label} export failed. ${errorMessage(error)}` });
      return false;
    } finally {
      running.current = false;
      setBusy(null);
    }
  }, []);

  /** Resolves false when the clipboard was refused, so the screen can offer the selected text instead. */
  const copy = useCallback(async (text: string, bulletCount: number): Promise<boolean> => {
    if (running.current) return true;
    running.current = true;
    setBusy('copy');
    try {
      if (!navigator.clipboard?.writeText) throw new Error('No clipboard');
      await navigator.clipboard.writeText(text);
      setStatus({ kind: 'success', message: `Copied ${bulletCount} ${bulletCount === 1 ? 'bullet' : 'bullets'} as plain text.` });
      return true;
    } catch {
      setStatus({ kind: 'error', message: 'Copying was not allowed here. The plain text is selected below: press Ctrl+C (⌘C on a Mac) to copy it.' });
      return false;
    } finally {
      running.current = false;
      setBusy(null);
    }
  }, []);

  return { status, busy, exportAs, copy };
}
