import { useEffect } from 'react';
import type { UpdateState } from '../../../shared/ipc/updates';
import { api } from '../../lib/api';
import { useAppCommand } from '../../lib/app-commands';
import { useAppStore } from '../../store';
import { useUpdatesStore } from './updates-store';

/**
 * Keeps the updates cache fresh from main's `updateStatus` events, and carries out Help → Check for
 * Updates…: the check runs and its result is said in a polite message, with a way to the offer when
 * there is one. A check at start that finds a new version says so once; one that fails says nothing.
 */
export function useUpdateEvents(): void {
  useEffect(
    () =>
      api.on('updateStatus', (state) => {
        const before = useUpdatesStore.getState().state;
        useUpdatesStore.getState().received(state);
        const foundAtStart = state.status.kind === 'available' && before?.status.kind === 'checking' && before.status.automatic;
        if (foundAtStart) tell(state);
      }),
    [],
  );
  useAppCommand('check-for-updates', () => void checkFromMenu());
}

async function checkFromMenu(): Promise<void> {
  const state = await useUpdatesStore.getState().check();
  if (state) return tell(state);
  const problem = useUpdatesStore.getState().problem ?? 'Could not check for updates. Try again later.';
  useAppStore.getState().notify({ level: 'info', message: problem });
}

function tell(state: UpdateState): void {
  const { notify, go } = useAppStore.getState();
  const hasOffer = 'offer' in state.status;
  notify({ level: 'info', message: state.status.message, action: hasOffer ? { label: 'See the update', run: () => go('settings') } : undefined });
}
