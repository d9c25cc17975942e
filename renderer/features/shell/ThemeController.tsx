import { useEffect } from 'react';
import { applyTheme } from '../../lib/theme';
import { useAppStore } from '../../store';

/** Keeps the page's palette in step with the theme preference stored in the plan. */
export function ThemeController() {
  const theme = useAppStore((state) => state.snapshot?.plan.preferences.theme ?? 'system');
  useEffect(() => applyTheme(theme), [theme]);
  return null;
}
