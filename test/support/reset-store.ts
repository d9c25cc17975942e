import { useAppStore } from '../../renderer/store';

/** A fresh store for each renderer test: zustand stores are module singletons. */
export function resetStore(): void {
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
  });
}
