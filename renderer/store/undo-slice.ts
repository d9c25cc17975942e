import type { StateCreator } from 'zustand';
import type { PlanChange } from '../../shared/model';
import type { AppState } from './index';

export interface HistoryEntry {
  /** What the person did, e.g. "Delete milestone"; shown as "Undo Delete milestone". */
  label: string;
  /** The change that reverses it (computed by inverseChange when it was made). */
  change: PlanChange;
}

/** Undo and redo of plan edits. Entries are recorded by PlanSlice.applyChange. */
export interface UndoSlice {
  undoStack: HistoryEntry[];
  redoStack: HistoryEntry[];
  undo(): Promise<void>;
  redo(): Promise<void>;
}

export const HISTORY_LIMIT = 100;

export const createUndoSlice: StateCreator<AppState, [], [], UndoSlice> = (set, get) => ({
  undoStack: [],
  redoStack: [],

  async undo() {
    const entry = get().undoStack.at(-1);
    if (!entry) {
      get().notify({ level: 'info', message: 'Nothing to undo.' });
      return;
    }
    set((state) => ({ undoStack: state.undoStack.slice(0, -1) }));
    const done = await get().applyChange(entry.change, { label: entry.label, history: 'undo' });
    if (done) get().notify({ level: 'info', message: `Undone: ${entry.label}.` });
    else set((state) => ({ undoStack: [...state.undoStack, entry] }));
  },

  async redo() {
    const entry = get().redoStack.at(-1);
    if (!entry) {
      get().notify({ level: 'info', message: 'Nothing to redo.' });
      return;
    }
    set((state) => ({ redoStack: state.redoStack.slice(0, -1) }));
    const done = await get().applyChange(entry.change, { label: entry.label, history: 'redo' });
    if (done) get().notify({ level: 'info', message: `Redone: ${entry.label}.` });
    else set((state) => ({ redoStack: [...state.redoStack, entry] }));
  },
});
