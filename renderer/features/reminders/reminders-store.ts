import { create } from 'zustand';
import type { RemindersState } from '../../../shared/ipc/reminders';
import { api, errorMessage } from '../../lib/api';
import { useAppStore } from '../../store';

/**
 * The reminders list as main last told it, and whether its panel is open. Main owns what is due and what
 * was dismissed; this is a cache fetched again whenever main says the list changed.
 */
interface RemindersStore {
  state: RemindersState | null;
  panelOpen: boolean;
  load(): Promise<void>;
  setPanelOpen(open: boolean): void;
  /** Dismiss some reminders, with Undo in a toast. */
  dismiss(keys: string[], what: string): Promise<void>;
  clearAway(): Promise<void>;
}

export const useRemindersStore = create<RemindersStore>((set, get) => ({
  state: null,
  panelOpen: false,

  async load() {
    try {
      set({ state: await api.getReminders() });
    } catch {
      // The list stays as it was; the next change event or opening the panel tries again.
    }
  },

  setPanelOpen(open) {
    set({ panelOpen: open });
    if (open) void get().load();
  },

  async dismiss(keys, what) {
    const notify = useAppStore.getState().notify;
    try {
      set({ state: await api.dismissReminders(keys) });
    } catch (error) {
      notify({ level: 'error', message: errorMessage(error) });
      void get().load();
      return;
    }
    notify({
      level: 'info',
      message: `Dismissed ${what}.`,
      action: {
        label: 'Undo',
        run: () =>
          void api.restoreReminders(keys).then(
            (state) => set({ state }),
            (error: unknown) => notify({ level: 'error', message: errorMessage(error) }),
          ),
      },
    });
  },

  async clearAway() {
    try {
      set({ state: await api.clearRemindersAway() });
    } catch {
      set((current) => (current.state ? { state: { ...current.state, away: null } } : current));
    }
  },
}));
