import { create } from 'zustand';
import type { UpdateState } from '../../../shared/ipc/updates';
import { api, errorMessage } from '../../lib/api';
import { useAppStore } from '../../store';
import { hasUnsavedEditors, saveUnsavedEditors } from '../drafts/open-editors';

/**
 * Where updates stand, as main last told (main owns the updater; this is a cache kept fresh by the
 * `updateStatus` event). The page only asks for the next step; whatever main answers is shown as it is.
 */
interface UpdatesStore {
  state: UpdateState | null;
  /** A step the page has asked for and main has not answered yet. */
  busy: 'check' | 'download' | 'install' | null;
  /** Why the page could not even ask (main unreachable, editors that could not be saved), in words. */
  problem: string | null;
  load(): Promise<void>;
  received(state: UpdateState): void;
  /** Ask now (a button or Help → Check for Updates…); answers with the state after the check. */
  check(): Promise<UpdateState | null>;
  download(): Promise<void>;
  /** Save every open editor and wait for the plan's edits to reach main, then ask main to install. */
  install(): Promise<void>;
}

export const useUpdatesStore = create<UpdatesStore>((set, get) => {
  const ask = async (step: NonNullable<UpdatesStore['busy']>, call: () => Promise<UpdateState>): Promise<UpdateState | null> => {
    set({ busy: step, problem: null });
    try {
      const state = await call();
      set({ state, busy: null });
      return state;
    } catch (error) {
      set({ busy: null, problem: errorMessage(error) });
      return null;
    }
  };

  return {
    state: null,
    busy: null,
    problem: null,

    async load() {
      try {
        set({ state: await api.getUpdateState() });
      } catch {
        // Not essential: the Updates section says it could not be reached and offers the check.
      }
    },

    received(state) {
      set({ state });
    },

    check: () => ask('check', () => api.checkForUpdates()),

    async download() {
      await ask('download', () => api.downloadUpdate());
    },

    async install() {
      if (get().busy) return;
      set({ busy: 'install', problem: null });
      try {
        // An editor's unsaved work would otherwise stop the restart with a "Save your changes?" question.
        if (hasUnsavedEditors() && !(await saveUnsavedEditors())) {
          set({ busy: null, problem: 'An open editor has changes that could not be saved. Save or discard them, then choose Restart and install again.' });
          return;
        }
        const app = useAppStore.getState();
        await app.changesSettled();
        await app.flushDrafts();
        // Main saves the plan and backs it up before it quits to install; if it cannot, it says why.
        set({ state: await api.installUpdate(), busy: null });
      } catch (error) {
        set({ busy: null, problem: errorMessage(error) });
      }
    },
  };
});
