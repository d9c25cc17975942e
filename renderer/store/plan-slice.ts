import type { StateCreator } from 'zustand';
import type { PlanSnapshot } from '../../shared/ipc/contract';
import { PlanChangeSchema, describeIssues, type PlanChangeInput } from '../../shared/model';
import { api, errorMessage } from '../lib/api';
import { ChangeQueue } from './change-queue';
import type { AppState } from './index';

/**
 * The renderer's cached copy of the plan. Main owns the data: every edit goes to api.applyChange, and the
 * page shows it at once (optimistically, through ChangeQueue) until main stores or refuses it.
 */
export interface PlanSlice {
  snapshot: PlanSnapshot | null;
  loadState: 'idle' | 'loading' | 'ready' | 'failed';
  loadError: string | null;
  /** Changes not yet stored; the UI shows "Saving…" while above zero. */
  pendingChanges: number;
  hydrate(): Promise<void>;
  /**
   * Make one change. Resolves true once stored; on failure tells the person why and resolves false, so
   * forms keep what was typed.
   */
  applyChange(change: PlanChangeInput): Promise<boolean>;
  /** Called when main says the plan changed elsewhere (import, restore). */
  onPlanChanged(revision: number): void;
}

export const createPlanSlice: StateCreator<AppState, [], [], PlanSlice> = (set, get) => {
  const queue = new ChangeQueue(
    (change) => api.applyChange(change),
    (snapshot) => set({ snapshot, pendingChanges: queue.size }),
  );

  return {
    snapshot: null,
    loadState: 'idle',
    loadError: null,
    pendingChanges: 0,

    async hydrate() {
      if (get().loadState !== 'ready') set({ loadState: 'loading', loadError: null });
      try {
        queue.reset(await api.getPlan());
        set({ loadState: 'ready', loadError: null });
      } catch (error) {
        set({ loadState: 'failed', loadError: errorMessage(error) });
      }
    },

    async applyChange(input) {
      // The same schema main applies, checked here first so a mistake is explained without a round trip.
      const parsed = PlanChangeSchema.safeParse(input);
      if (!parsed.success) {
        get().notify({ level: 'error', message: describeIssues(parsed.error, 'change') });
        return false;
      }
      try {
        await queue.enqueue(parsed.data);
        return true;
      } catch (error) {
        get().notify({ level: 'error', message: errorMessage(error) });
        return false;
      }
    },

    onPlanChanged(revision) {
      const current = get().snapshot?.revision ?? -1;
      if (revision > current && queue.size === 0) void get().hydrate();
    },
  };
};
