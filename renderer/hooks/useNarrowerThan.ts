import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether an element is narrower than `rem` root ems, kept up to date as it resizes. For the few places
 * where JavaScript must agree with a CSS container query (a virtual list's row height follows the
 * layout the query picks). False where ResizeObserver is missing (tests in jsdom).
 */
export function useNarrowerThan(ref: RefObject<HTMLElement | null>, rem: number): boolean {
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const rootEm = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const observer = new ResizeObserver(([entry]) => setNarrow((entry?.contentRect.width ?? Infinity) < rem * rootEm));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, rem]);
  return narrow;
}
