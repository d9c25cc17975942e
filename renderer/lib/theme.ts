import type { Theme } from '../../shared/model';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The palette to show: the person's choice, or the OS's when they chose to follow it. */
export function resolveTheme(preference: Theme, systemPrefersDark: boolean): 'light' | 'dark' {
  if (preference === 'system') return systemPrefersDark ? 'dark' : 'light';
  return preference;
}

/**
 * Apply a theme preference to the page and keep following the OS while it is 'system'.
 * Returns a function that stops following.
 */
export function applyTheme(preference: Theme): () => void {
  const media = typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null;
  const apply = () => {
    document.documentElement.dataset.theme = resolveTheme(preference, media?.matches ?? false);
  };
  apply();
  if (preference !== 'system' || !media) return () => undefined;
  media.addEventListener('change', apply);
  return () => media.removeEventListener('change', apply);
}
