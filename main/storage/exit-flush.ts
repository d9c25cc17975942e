import { constants } from 'node:os';

/**
 * Save what is pending when the process is told to end. Electron's own quit path (`before-quit`,
 * `will-quit`, powerMonitor `shutdown`, `session-end` on Windows) should call `writer.flush()` too;
 * this covers what reaches Node directly: SIGTERM / SIGINT / SIGHUP (logout, `kill`, a service manager)
 * and a plain `process.exit()`. Handlers are synchronous because nothing awaits a promise here.
 */

interface ProcessLike {
  on(event: string, listener: (signal: NodeJS.Signals) => void): unknown;
  off(event: string, listener: (signal: NodeJS.Signals) => void): unknown;
  exit(code?: number): void;
}

export interface FlushOnExitOptions {
  process?: ProcessLike;
  /**
   * What to do after flushing on a signal; Electron passes `() => app.quit()`. Default: exit 128 + signal.
   * `saved` is what the flush answered: false when something could not be written (say so, never "saved").
   */
  onSignal?: (signal: NodeJS.Signals, saved: boolean) => void;
}

const SIGNALS: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT', 'SIGHUP'];

/** Install the handlers; returns a function that removes them. */
export function flushOnExit(writer: { flush(): boolean }, options: FlushOnExitOptions = {}): () => void {
  const proc: ProcessLike = options.process ?? process;
  const onExit = () => {
    writer.flush();
  };
  const onSignal = (signal: NodeJS.Signals) => {
    const saved = writer.flush();
    // A signal listener replaces Node's default "terminate", so end the process ourselves.
    if (options.onSignal) options.onSignal(signal, saved);
    else proc.exit(128 + (constants.signals[signal] ?? 0));
  };
  proc.on('exit', onExit);
  for (const signal of SIGNALS) proc.on(signal, onSignal);
  return () => {
    proc.off('exit', onExit);
    for (const signal of SIGNALS) proc.off(signal, onSignal);
  };
}
