import { useEffect } from 'react';
import { api } from '../../lib/api';
import { useAppStore } from '../../store';
import { useSyncStore } from './sync-store';

/**
 * Keeps the sync cache fresh from main's `syncChanged` events, and says once what a merge brought in
 * ("Merged 3 changes from Home PC"). The plan itself arrives through `planChanged`, as for any change
 * main makes; this only tells the person why it changed under them.
 */
export function useSyncEvents(): void {
  useEffect(() => {
    void useSyncStore.getState().load();
    return api.on('syncChanged', ({ merged, conflicts }) => {
      void useSyncStore.getState().load();
      if (merged) useAppStore.getState().notify({ level: 'info', message: merged });
      if (conflicts > 0) {
        // Said once, where the person is; the list itself stays in Settings until restored or dismissed.
        const versions = conflicts === 1 ? 'A version' : `${conflicts} versions`;
        useAppStore.getState().notify({
          level: 'info',
          message: `Merged with conflicts: ${versions} lost to an edit made at the same time on another computer. Each can be restored.`,
          action: { label: 'Show', run: () => useAppStore.getState().go('settings', null) },
        });
      }
    });
  }, []);
}
