import { resetOpenEditors } from '../../renderer/features/drafts/open-editors';
import { useAppStore } from '../../renderer/store';

type StoreState = ReturnType<typeof useAppStore.getState>;

/**
 * A fresh store for each renderer test: zustand stores are module singletons. `overrides` set what the
 * test starts from instead (say, the screen it opens on).
 */
export function resetStore(overrides: Partial<StoreState> = {}): void {
  resetOpenEditors();
  useAppStore.getState().dropWaitingDrafts();
  useAppStore.setState({
    snapshot: null,
    loadState: 'idle',
    loadError: null,
    pendingChanges: 0,
    toasts: [],
    appInfo: null,
    undoStack: [],
    redoStack: [],
    screen: 'dashboard',
    focusItemId: null,
    drafts: [],
    ...overrides,
  });
}
