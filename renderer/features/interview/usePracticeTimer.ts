import { useCallback, useEffect, useRef, useState } from 'react';

/** Two minutes: how long a spoken answer should run (pmo-facts.md). */
export const ANSWER_SECONDS = 120;

/**
 * A pausable countdown for one answer, read from the clock (not by counting ticks), so a busy page or a
 * throttled background tab never makes it drift. It keeps counting past zero, which the page shows as
 * time over; it never makes a sound.
 */
export function usePracticeTimer(limit = ANSWER_SECONDS) {
  const startedAt = useRef<number | null>(Date.now());
  const banked = useRef(0);
  const [elapsed, setElapsed] = useState(0);
  const [running, setRunning] = useState(true);

  const read = useCallback(() => banked.current + (startedAt.current === null ? 0 : (Date.now() - startedAt.current) / 1000), []);

  useEffect(() => {
    if (!running) return;
    const tick = window.setInterval(() => setElapsed(read()), 250);
    return () => window.clearInterval(tick);
  }, [running, read]);

  const pause = useCallback(() => {
    banked.current = read();
    startedAt.current = null;
    setElapsed(banked.current);
    setRunning(false);
  }, [read]);
  const resume = useCallback(() => {
    startedAt.current = Date.now();
    setRunning(true);
  }, []);
  const restart = useCallback(() => {
    banked.current = 0;
    startedAt.current = Date.now();
    setElapsed(0);
    setRunning(true);
  }, []);

  return { elapsed, remaining: limit - elapsed, running, pause, resume, toggle: running ? pause : resume, restart, read };
}
