import type { StateCreator } from 'zustand';
import type { AppState } from './index';

export interface Toast {
  id: number;
  level: 'info' | 'error';
  message: string;
  /** e.g. Undo after a delete. */
  action?: { label: string; run: () => void };
}

/** Transient messages: failures in plain words, confirmations with an Undo. */
export interface UiSlice {
  toasts: Toast[];
  notify(toast: Omit<Toast, 'id'>): number;
  dismiss(id: number): void;
}

let nextToastId = 1;

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  toasts: [],
  notify(toast) {
    const id = nextToastId++;
    set((state) => ({ toasts: [...state.toasts.slice(-4), { ...toast, id }] }));
    return id;
  },
  dismiss(id) {
    set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) }));
  },
});
