import { create } from 'zustand';
import { createPlanSlice, type PlanSlice } from './plan-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

/** One store made of feature slices (ARCHITECTURE rule 7). Components read it through ./selectors. */
export type AppState = PlanSlice & UiSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createPlanSlice(...a),
  ...createUiSlice(...a),
}));
