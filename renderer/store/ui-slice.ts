import type { StateCreator } from 'zustand';
import type { AppInfo } from '../../shared/ipc/contract';
import type { PlanCollection } from '../../shared/model';
import { api } from '../lib/api';
import type { AppState } from './index';

export interface Toast {
  id: number;
  level: 'info' | 'error';
  message: string;
  /** e.g. Undo after a delete. */
  action?: { label: string; run: () => void };
  /** The plan item it is about: once that item changes (or comes back, or goes), the message is stale and goes. */
  subject?: { collection: PlanCollection; id: string };
}

/** Transient messages: failures in plain words, confirmations with an Undo. */
export interface UiSlice {
  toasts: Toast[];
  /** Version, plan file location and shell; null until loaded. */
  appInfo: AppInfo | null;
  loadAppInfo(): Promise<void>;
  notify(toast: Omit<Toast, 'id'>): number;
  dismiss(id: number): void;
}

let nextToastId = 1;

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  toasts: [],
  appInfo: null,
  async loadAppInfo() {
    try {
      set({ appInfo: await api.getAppInfo() });
    } catch {
      // Not essential: without it the browser-only shortcuts stay off and Settings omits the file path.
    }
  },
  notify(toast) {
    const id = nextToastId++;
    set((state) => ({ toasts: [...state.toasts.slice(-4), { ...toast, id }] }));
    return id;
  },
  dismiss(id) {
    set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) }));
  },
});
