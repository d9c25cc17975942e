import type { StateCreator } from 'zustand';
import type { PlanSnapshot, SaveStatus } from '../../shared/ipc/contract';
import { PlanChangeSchema, describeIssues, inverseChange, type PlanChange, type PlanChangeInput } from '../../shared/model';
import { api, errorMessage } from '../lib/api';
import { ChangeQueue } from './change-queue';
import type { AppState } from './index';
import { HISTORY_LIMIT, type HistoryEntry } from './undo-slice';

export interface ChangeOptions {
  /** How the edit reads in the undo history, e.g. "Delete milestone". */
  label?: string;
  /** 'record' for a new edit (default); 'undo'/'redo' when replaying history; 'skip' to keep it out. */
  history?: 'record' | 'undo' | 'redo' | 'skip';
  /**
   * Which contract method stores it: 'edit' (applyChange, the default) or 'cv-import' (applyCvImport,
   * which backs the plan up first and accepts only additions). Undo and redo of it are plain edits.
   */
  via?: 'edit' | 'cv-import';
}

/**
 * The renderer's cached copy of the plan. Main owns the data: every edit goes to api.applyChange, and the
 * page shows it at once (optimistically, through ChangeQueue) until main stores or refuses it.
 */
export interface PlanSlice {
  snapshot: PlanSnapshot | null;
  loadState: 'idle' | 'loading' | 'ready' | 'failed';
  loadError: string | null;
  /** Changes not yet accepted by main; the UI shows "Saving…" while above zero. */
  pendingChanges: number;
  /** Whether main has written the plan to disk (it saves a moment after each change). */
  saveStatus: SaveStatus;
  hydrate(): Promise<void>;
  /**
   * Make one change. Resolves true once stored; on failure tells the person why and resolves false, so
   * forms keep what was typed.
   */
  applyChange(change: PlanChangeInput, options?: ChangeOptions): Promise<boolean>;
  /** Called when main says the plan changed elsewhere (import, restore). */
  onPlanChanged(revision: number): void;
  onSaveStatus(status: SaveStatus): void;
  /** Resolves once main has answered every edit made so far (before an export reads main's copy). */
  changesSettled(): Promise<void>;
}

/** The redo history a new edit cleared, and the empty one it left (to tell whether anything came since). */
interface RedoCleared {
  before: HistoryEntry[];
  after: HistoryEntry[];
}

export const createPlanSlice: StateCreator<AppState, [], [], PlanSlice> = (set, get) => {
  const sender = (method: 'applyChange' | 'applyCvImport') => async (change: PlanChange) => {
    const stored = await api[method](change);
    set({ saveStatus: stored.save });
    return stored;
  };
  const SEND = { edit: sender('applyChange'), 'cv-import': sender('applyCvImport') } as const;
  const queue = new ChangeQueue(SEND.edit, (snapshot) => set({ snapshot, pendingChanges: queue.size }));

  // An undo of an edit is recorded as a redo, and the other way round. A new edit clears the redo
  // history; what it cleared is returned so a refusal of that edit can put it back.
  function recordHistory(entry: HistoryEntry, history: ChangeOptions['history']): RedoCleared | null {
    const push = (stack: HistoryEntry[]) => [...stack, entry].slice(-HISTORY_LIMIT);
    if (history === 'undo') set((state) => ({ redoStack: push(state.redoStack) }));
    else if (history === 'redo') set((state) => ({ undoStack: push(state.undoStack) }));
    else {
      const cleared: RedoCleared = { before: get().redoStack, after: [] };
      set((state) => ({ undoStack: push(state.undoStack), redoStack: cleared.after }));
      return cleared;
    }
    return null;
  }
  // Main refused the edit: it never happened, so the history goes back to how it was (the redo
  // history too, unless another edit has cleared it since).
  function forgetHistory(entry: HistoryEntry, cleared: RedoCleared | null) {
    set((state) => ({
      undoStack: state.undoStack.filter((candidate) => candidate !== entry),
      redoStack: cleared && state.redoStack === cleared.after ? cleared.before : state.redoStack.filter((candidate) => candidate !== entry),
    }));
  }

  return {
    snapshot: null,
    loadState: 'idle',
    loadError: null,
    pendingChanges: 0,
    saveStatus: { state: 'saved', message: null },

    async hydrate() {
      if (get().loadState !== 'ready') set({ loadState: 'loading', loadError: null });
      try {
        const snapshot = await api.getPlan();
        queue.reset(snapshot);
        // A plan loaded afresh (start-up, import, restore) makes earlier undo steps meaningless.
        set({ loadState: 'ready', loadError: null, undoStack: [], redoStack: [], saveStatus: snapshot.save });
      } catch (error) {
        set({ loadState: 'failed', loadError: errorMessage(error) });
      }
    },

    async applyChange(input, { label = 'Edit', history = 'record', via = 'edit' } = {}) {
      // The same schema main applies, checked here first so a mistake is explained without a round trip.
      const parsed = PlanChangeSchema.safeParse(input);
      if (!parsed.success) {
        get().notify({ level: 'error', message: describeIssues(parsed.error, 'change') });
        return false;
      }
      const before = get().snapshot?.plan;
      const stored = queue.enqueue(parsed.data, SEND[via]);
      const after = get().snapshot?.plan;
      const inverse = before && after ? inverseChange(before, after) : null;
      const entry: HistoryEntry | null = inverse && history !== 'skip' ? { label, change: inverse } : null;
      const cleared = entry ? recordHistory(entry, history) : null;
      try {
        await stored;
        return true;
      } catch (error) {
        if (entry) forgetHistory(entry, cleared);
        get().notify({ level: 'error', message: errorMessage(error) });
        return false;
      }
    },

    changesSettled() {
      return queue.settled();
    },

    onSaveStatus(status) {
      set({ saveStatus: status });
    },

    onPlanChanged(revision) {
      const current = get().snapshot?.revision ?? -1;
      if (revision > current && queue.size === 0) void get().hydrate();
    },
  };
};
