import type { BrowserWindow, Rectangle } from 'electron';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { durableWriteFileSync } from './storage';

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
 * `window-state.json` in the data folder: read once at start, written when the window closes. The file
 * keeps electron-store's format (`{"window": {...}}`, tab-indented), so an existing one still works; the
 * store itself is not used because it, conf and the JSON-schema validator they bundle were half of
 * main's code (`npm run bench`, main <= 300 KB) for a few numbers. A missing or damaged file means the
 * default size; a failed write is ignored (the window merely opens at the default size next time).
 */
export function openWindowStateFile(dataDir: string): WindowStateStore {
  const path = join(dataDir, 'window-state.json');
  let saved: WindowState | undefined;
  try {
    saved = asWindowState((JSON.parse(readFileSync(path, 'utf8')) as { window?: unknown } | null)?.window);
  } catch {
    saved = undefined;
  }
  return {
    get: () => saved,
    set(_key, value) {
      saved = value;
      try {
        durableWriteFileSync(path, JSON.stringify({ window: value }, undefined, '\t'));
      } catch {
        // Not worth interrupting a quit for: only the window's position is lost.
      }
    },
  };
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
