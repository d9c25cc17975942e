import { create } from 'zustand';
import { ApiError } from '../../../shared/ipc/errors';
import type { SyncState } from '../../../shared/ipc/sync';
import { api, errorMessage } from '../../lib/api';

/** A step the page has asked main for and main has not answered yet. */
export type SyncAction = 'folder' | 'stop' | 'check' | 'rename' | 'dismiss';

/** The contract takes at most this many conflict keys in one call (SyncConflictKeysSchema). */
const KEYS_PER_CALL = 500;

/**
 * Keeping the plan in a sync folder, as main last told (main owns the folder, the device files and the
 * merge; this is a cache kept fresh by the `syncChanged` event). Each action answers with the new state,
 * or keeps main's refusal as plain words to show beside the panel: nothing here is thrown to React.
 */
interface SyncStore {
  state: SyncState | null;
  busy: SyncAction | null;
  /** Why the last action (or the first load) did not happen, in main's words; null when it did. */
  error: string | null;
  /** Which action `error` is about, so a refused rename is shown under the name it refused. */
  errorFrom: SyncAction | 'load' | null;
  load(): Promise<void>;
  /** null: main shows its folder picker (desktop only); a path: the browser version's typed folder. */
  useFolder(folder: string | null): Promise<boolean>;
  stop(): Promise<boolean>;
  checkNow(): Promise<boolean>;
  rename(name: string): Promise<boolean>;
  dismiss(keys: string[]): Promise<boolean>;
}

export const useSyncStore = create<SyncStore>((set, get) => {
  /** Runs one step at a time; resolves whether main did it. */
  const ask = async (action: SyncAction, call: () => Promise<SyncState>): Promise<boolean> => {
    if (get().busy) return false;
    set({ busy: action, error: null, errorFrom: null });
    try {
      set({ state: await call(), busy: null });
      return true;
    } catch (error) {
      // Closing the folder picker is a choice, not a failure: nothing changed, and there is nothing to say.
      const cancelled = error instanceof ApiError && error.code === 'cancelled';
      set(cancelled ? { busy: null } : { busy: null, error: errorMessage(error), errorFrom: action });
      return false;
    }
  };

  return {
    state: null,
    busy: null,
    error: null,
    errorFrom: null,

    async load() {
      try {
        const state = await api.getSyncState();
        // A reload must not wipe the words of a refusal the person has not read yet.
        set((current) => (current.errorFrom === 'load' ? { state, error: null, errorFrom: null } : { state }));
      } catch (error) {
        // Shown in place of the panel's content only while there is no state to show.
        if (!get().state) set({ error: errorMessage(error), errorFrom: 'load' });
      }
    },

    useFolder: (folder) => ask('folder', () => api.useSyncFolder({ folder })),
    stop: () => ask('stop', () => api.stopSyncFolder()),
    checkNow: () => ask('check', () => api.syncNow()),
    rename: (name) => ask('rename', () => api.renameDevice(name)),

    dismiss: (keys) =>
      ask('dismiss', async () => {
        let state = get().state;
        for (let start = 0; start < keys.length; start += KEYS_PER_CALL) state = await api.dismissSyncConflicts(keys.slice(start, start + KEYS_PER_CALL));
        return state ?? api.getSyncState();
      }),
  };
});
