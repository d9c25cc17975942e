import type { AppState } from './index';

/** Narrow selectors: a component re-renders only when what it reads changes. */
export const selectPlan = (state: AppState) => state.snapshot?.plan ?? null;
export const selectProfile = (state: AppState) => state.snapshot?.plan.profile ?? null;
export const selectMilestones = (state: AppState) => state.snapshot?.plan.milestones ?? EMPTY;
export const selectRoles = (state: AppState) => state.snapshot?.plan.roles ?? EMPTY;
export const selectReadOnly = (state: AppState) => state.snapshot?.readOnly ?? false;
export const selectNotices = (state: AppState) => state.snapshot?.notices ?? EMPTY;
export const selectToasts = (state: AppState) => state.toasts;

// One shared empty array, so "no plan yet" does not produce a new reference on every render.
const EMPTY: never[] = [];
