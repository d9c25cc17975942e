import type { BrowserWindow, Rectangle } from 'electron';

/**
 * The window comes back where the person left it. Kept in window-state.json (a small settings file beside
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

/**
 * The window's size and position live in electron-store (`window-state.json` in userData): the small
 * settings file it is made for. The plan does not: it has its own durable storage in ./storage.
 * electron-store (with conf and its JSON-schema validator) is imported on demand, in its own chunk, so
 * it stays out of main's start-up bundle (`npm run bench`: main <= 300 KB). Settings this unimportant may
 * be reset when damaged (clearInvalidConfig), which the plan's storage never does; any failure here only
 * means the window opens at the default size.
 */
export async function openWindowStateStore(): Promise<WindowStateStore> {
  let saved: WindowState | undefined;
  try {
    const { default: ElectronStore } = await import('electron-store');
    const store = new ElectronStore<{ window?: unknown }>({ name: 'window-state', clearInvalidConfig: true, watch: false });
    saved = asWindowState(store.get('window'));
    return {
      get: () => saved,
      set(_key, value) {
        saved = value;
        try {
          store.set('window', value);
        } catch {
          // Not worth interrupting a quit for: only the window's position is lost.
        }
      },
    };
  } catch {
    return { get: () => saved, set: (_key, value) => void (saved = value) };
  }
}

function asWindowState(value: unknown): WindowState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { bounds, maximized } = value as { bounds?: unknown; maximized?: unknown };
  const isRect = (b: unknown): b is Rectangle =>
    typeof b === 'object' && b !== null && (['x', 'y', 'width', 'height'] as const).every((k) => Number.isFinite((b as Record<string, unknown>)[k]));
  return { bounds: isRect(bounds) ? { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height } : null, maximized: maximized === true };
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
