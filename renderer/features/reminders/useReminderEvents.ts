import { useEffect } from 'react';
import { api } from '../../lib/api';
import { useAppStore } from '../../store';
import { useRemindersStore } from './reminders-store';

/** Load the reminders at start, again whenever main says they changed, and follow a clicked notification. */
export function useReminderEvents(): void {
  useEffect(() => {
    const { load, setPanelOpen } = useRemindersStore.getState();
    void load();
    const unsubscribers = [
      api.on('remindersChanged', () => void load()),
      api.on('openReminder', ({ target }) => {
        if (target) useAppStore.getState().go(target.screen, target.itemId);
        else setPanelOpen(true);
      }),
    ];
    return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
  }, []);
}
