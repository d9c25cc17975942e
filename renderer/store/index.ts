import { create } from 'zustand';
import { createDraftsSlice, type DraftsSlice } from './drafts-slice';
import { createNavigationSlice, type NavigationSlice } from './navigation-slice';
import { createPlanSlice, type PlanSlice } from './plan-slice';
import { createUiSlice, type UiSlice } from './ui-slice';
import { createUndoSlice, type UndoSlice } from './undo-slice';

/** One store made of feature slices (ARCHITECTURE rule 7). Components read it through ./selectors. */
export type AppState = PlanSlice & UiSlice & UndoSlice & NavigationSlice & DraftsSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createPlanSlice(...a),
  ...createUiSlice(...a),
  ...createUndoSlice(...a),
  ...createNavigationSlice(...a),
  ...createDraftsSlice(...a),
}));
