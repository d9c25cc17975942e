import type { StateCreator } from 'zustand';
import type { AppState } from './index';

export const SCREEN_IDS = ['dashboard', 'milestones', 'skills', 'certifications', 'achievements', 'listings', 'interview', 'export', 'backups', 'cv-import', 'settings'] as const;
export type ScreenId = (typeof SCREEN_IDS)[number];

/** Which screen is shown. Kept in the store so any feature (a dashboard card, a shortcut) can navigate. */
export interface NavigationSlice {
  screen: ScreenId;
  /** An item to open when the screen appears, e.g. the milestone clicked on the dashboard. */
  focusItemId: string | null;
  go(screen: ScreenId, focusItemId?: string | null): void;
}

/** The dashboard, unless the address names a screen (`#milestones`): lets the benchmark open a list directly. */
function initialScreen(): ScreenId {
  const named = typeof location === 'undefined' ? '' : location.hash.slice(1);
  return (SCREEN_IDS as readonly string[]).includes(named) ? (named as ScreenId) : 'dashboard';
}

export const createNavigationSlice: StateCreator<AppState, [], [], NavigationSlice> = (set) => ({
  screen: initialScreen(),
  focusItemId: null,
  go(screen, focusItemId = null) {
    set({ screen, focusItemId });
  },
});
