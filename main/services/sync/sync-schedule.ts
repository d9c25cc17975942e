/**
 * When sync passes run (docs/sync.md, "When it happens"): soon after a local edit (edits come in bursts),
 * a little after the folder watcher reports a change (services write in bursts and fire duplicate
 * events), and every 45 seconds whatever the watcher says, because watchers miss events on network
 * drives and cloud placeholders. One timer: an earlier reason never waits for a later one.
 */

export interface SyncTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Starts watching a folder; `changed` may be called many times per change. */
export type WatchFolder = (folder: string, changed: () => void) => { close(): void };

export const SYNC_DELAYS_MS = { local: 1_500, watcher: 2_000, periodic: 45_000 } as const;

const realTimers: SyncTimers = {
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    // A pending check must not keep the process (a test, the bridge at shutdown) alive.
    (handle as { unref?: () => void }).unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class SyncSchedule {
  private timer: unknown = null;
  private dueAt = Infinity;
  private urgent = false;
  private watcher: { close(): void } | null = null;
  private stopped = false;

  constructor(
    private readonly run: () => void,
    private readonly timers: SyncTimers = realTimers,
    private readonly watchFolder?: WatchFolder,
    private readonly delays: { local: number; watcher: number; periodic: number } = SYNC_DELAYS_MS,
    private readonly nowMs: () => number = () => Date.now(),
  ) {}

  /** True when an edit or a folder change is waiting for its pass. */
  get pending(): boolean {
    return this.urgent;
  }

  soon(reason: 'local' | 'watcher'): void {
    this.stopped = false;
    this.urgent = true;
    this.arm(this.delays[reason]);
  }

  /** The next periodic check (called after every pass). */
  periodic(): void {
    if (this.stopped) return;
    if (this.timer === null || !this.urgent) {
      this.clear();
      this.arm(this.delays.periodic);
    }
  }

  watch(folder: string): void {
    this.stopped = false;
    this.watcher?.close();
    this.watcher = this.watchFolder ? this.watchFolder(folder, () => this.soon('watcher')) : null;
  }

  stop(): void {
    this.stopped = true;
    this.clear();
    this.urgent = false;
    this.watcher?.close();
    this.watcher = null;
  }

  private arm(ms: number): void {
    const at = this.nowMs() + ms;
    if (this.timer !== null && this.dueAt <= at) return;
    this.clear();
    this.dueAt = at;
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      this.dueAt = Infinity;
      this.urgent = false;
      this.run();
    }, ms);
  }

  private clear(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    this.dueAt = Infinity;
  }
}
