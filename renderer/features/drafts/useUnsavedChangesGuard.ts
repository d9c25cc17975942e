import { useEffect } from 'react';
import { api } from '../../lib/api';
import { useAppStore } from '../../store';
import { hasUnsavedEditors, saveUnsavedEditors } from './open-editors';

/**
 * Closing or reloading with an editor that has unsaved changes: the waiting draft goes to main at once,
 * and the page asks first (beforeunload). In the app, main turns that into Save / Discard / Cancel;
 * Save comes back here as `saveBeforeClose`, and the window closes only if every editor saved.
 */
export function useUnsavedChangesGuard(): void {
  useEffect(() => {
    const flush = () => void useAppStore.getState().flushDrafts();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      flush();
      if (!hasUnsavedEditors()) return;
      event.preventDefault();
      event.returnValue = ''; // older Chromium (and Electron's will-prevent-unload) still read this
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    const unsubscribe = api.on('saveBeforeClose', () => {
      void saveUnsavedEditors().then((allSaved) => {
        if (allSaved) window.close();
      });
    });
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      unsubscribe();
    };
  }, []);
}
