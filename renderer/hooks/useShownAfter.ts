import { useEffect, useState } from 'react';

/**
 * True once `active` has stayed true for `ms`: a progress indicator that appears only for work that
 * takes long enough to notice, so a quick read does not flash one.
 */
export function useShownAfter(active: boolean, ms = 300): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!active) return setShown(false);
    const timer = setTimeout(() => setShown(true), ms);
    return () => clearTimeout(timer);
  }, [active, ms]);
  return active && shown;
}
