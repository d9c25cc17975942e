import { useEffect } from 'react';
import { useAppStore } from '../../store';

/** Applies the theme choice: 'system' follows the OS (prefers-color-scheme), otherwise the override. */
export function ThemeController() {
  const theme = useAppStore((state) => state.snapshot?.plan.preferences.theme ?? 'system');
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
  return null;
}
