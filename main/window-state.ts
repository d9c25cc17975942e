import type { BrowserWindow, Rectangle } from 'electron';

/**
 * The window comes back where the person left it. Kept in electron-store (a small settings file beside
 * the plan, not the plan itself, which has its own durable storage in ./storage).
 */
export interface WindowState {
  bounds: Rectangle | null;
  maximized: boolean;
}

export interface WindowStateStore {
  get(key: 'window'): WindowState | undefined;
  set(key: 'window', value: WindowState): void;
}

export const DEFAULT_BOUNDS = { width: 1200, height: 800 };
const MIN_VISIBLE = 100;

/**
 * Saved bounds, if enough of the window would be visible on one of today's displays (a monitor may have
 * been unplugged since); otherwise null, and the window opens at the default size, centred.
 */
export function usableBounds(saved: Rectangle | null | undefined, displays: readonly Rectangle[]): Rectangle | null {
  if (!saved || saved.width < 200 || saved.height < 200) return null;
  const visible = displays.some((area) => {
    const width = Math.min(saved.x + saved.width, area.x + area.width) - Math.max(saved.x, area.x);
    const height = Math.min(saved.y + saved.height, area.y + area.height) - Math.max(saved.y, area.y);
    return width >= MIN_VISIBLE && height >= MIN_VISIBLE;
  });
  return visible ? saved : null;
}

/** Remember the window's normal bounds and maximised state when it closes. */
export function rememberWindowState(window: BrowserWindow, store: WindowStateStore): void {
  window.on('close', () => {
    store.set('window', { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  });
}
