import { useEffect, useState } from 'react';

/**
 * How many of `total` rows to draw: the first `first` at once, then `step` more on each following
 * task, so a list of hundreds (a long CV's lines) appears at once and fills in without one long task
 * that would freeze the page. Starts again when `resetKey` changes (another file).
 */
export function useProgressiveCount(total: number, resetKey: unknown, first = 80, step = 120): number {
  const [state, setState] = useState({ resetKey, shown: Math.min(total, first) });
  const current = state.resetKey === resetKey ? state : { resetKey, shown: Math.min(total, first) };
  if (current !== state) setState(current);
  useEffect(() => {
    if (current.shown >= total) return;
    const timer = setTimeout(() => setState((s) => (s.resetKey === resetKey ? { resetKey, shown: Math.min(total, s.shown + step) } : s)), 0);
    return () => clearTimeout(timer);
  }, [current.shown, total, resetKey, step]);
  return Math.min(current.shown, total);
}
