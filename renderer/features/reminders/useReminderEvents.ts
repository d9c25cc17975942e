import { useEffect } from 'react';
import { api } from '../../lib/api';
import { useAppStore } from '../../store';
import { useRemindersStore } from './reminders-store';

/**
 * Load the reminders once the plan is on screen (not alongside it: the first screen comes first), again
 * whenever main says they changed, and follow a clicked notification.
 */
export function useReminderEvents(): void {
  const planShown = useAppStore((state) => state.loadState === 'ready');
  useEffect(() => {
    const { load, setPanelOpen } = useRemindersStore.getState();
    const unsubscribers = [
      api.on('remindersChanged', () => void load()),
      api.on('openReminder', ({ target }) => {
        if (target) useAppStore.getState().go(target.screen, target.itemId);
        else setPanelOpen(true);
      }),
    ];
    return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
  }, []);
  useEffect(() => {
    if (planShown) void useRemindersStore.getState().load();
  }, [planShown]);
}
