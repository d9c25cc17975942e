import { resolve } from 'node:path';
import type { Plan } from '../../shared/model';
import { safeParsePlan } from '../../shared/model/validated-plan';
import { durableWriteFileSync, type DurableWriteOptions } from './durable-write';
import { realFs, type StorageFs } from './fs-port';
import { encodePlan } from './plan-encoding';
import { INVALID_PLAN, readOnlyError, saveError, StorageError } from './storage-error';

/**
 * The one writer of the plan file. Changes arriving in a burst (typing, dragging) are coalesced:
 * the first `schedule` opens a short window and the latest plan at its end is written. The window is
 * not restarted by later changes, so steady editing still saves every `debounceMs` and at most that
 * much work is ever only in memory. `flush()` writes synchronously (quit, OS shutdown, SIGTERM).
 *
 * A save is acknowledged (`onSaved`) only after the durable write returned, i.e. after the rename and
 * the folder fsync. A failed save keeps the pending plan, reports a StorageError through `onError`
 * and retries with backoff, so nothing is lost from memory while the disk is full or locked.
 */

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface PlanWriterOptions {
  path: string;
  onError: (error: StorageError) => void;
  /** Called after each acknowledged save with the plan as written (e.g. to take a throttled backup). */
  onSaved?: (plan: Plan) => void;
  /** When set, the file must never be written; every save is refused with this reason. */
  readOnlyReason?: string | null;
  debounceMs?: number;
  /** Waits before retrying after a failed save; the last one repeats. */
  retryDelaysMs?: readonly number[];
  timers?: Timers;
  fs?: StorageFs;
  write?: Omit<DurableWriteOptions, 'fs'>;
}

export interface PlanWriter {
  /** Remember `plan` as the newest state and save it within `debounceMs`. */
  schedule(plan: Plan): void;
  /** Save the pending plan now, synchronously. True when nothing is left unsaved. */
  flush(): boolean;
  /** True while a plan is waiting to be saved (or to be retried after a failure). */
  readonly pending: boolean;
  /** Flush, stop the timers and release the file, so another writer may be created for it. */
  close(): boolean;
  /**
   * Lift the read-only refusal the writer was created with: only once the file that made it read-only
   * (a newer version's plan) has been moved aside, so what is written next can replace nothing of value.
   */
  makeWritable(): void;
}

export const DEFAULT_DEBOUNCE_MS = 300;
export const DEFAULT_SAVE_RETRY_DELAYS_MS: readonly number[] = [1_000, 2_000, 5_000, 10_000, 30_000];

/** Files that have a writer now. Two writers for one file could interleave renames of stale data. */
const openFiles = new Set<string>();

export function createPlanWriter(options: PlanWriterOptions): PlanWriter {
  const path = resolve(options.path);
  if (openFiles.has(path)) throw new Error(`A writer for ${path} is already open; close it first.`);
  openFiles.add(path);

  const timers = options.timers ?? realTimers;
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const retryDelays = options.retryDelaysMs ?? DEFAULT_SAVE_RETRY_DELAYS_MS;
  const writeOptions: DurableWriteOptions = { ...options.write, fs: options.fs ?? realFs };
  let pendingPlan: Plan | null = null;
  let timer: unknown = null;
  let failures = 0;
  let closed = false;
  let readOnlyReason = options.readOnlyReason ?? null;

  const arm = (ms: number) => {
    timer = timers.setTimeout(() => {
      timer = null;
      flush();
    }, ms);
  };

  const disarm = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };

  const report = (error: StorageError) => {
    try {
      options.onError(error);
    } catch (listenerError) {
      console.error('PlanWriter onError listener threw', listenerError);
    }
  };

  function schedule(plan: Plan): void {
    if (closed) throw new Error(`The writer for ${path} is closed.`);
    if (readOnlyReason) {
      report(readOnlyError(path, readOnlyReason));
      return;
    }
    pendingPlan = plan;
    // While a retry is waiting, the new plan simply rides on it: no burst of failing writes.
    if (timer === null) arm(debounceMs);
  }

  function flush(): boolean {
    disarm();
    const plan = pendingPlan;
    if (plan === null) return true;
    // A plan PlanService already validated is not parsed again (that second parse was ~7 ms per MB).
    const checked = safeParsePlan(plan);
    if (!checked.success) {
      // Writing it would make the next start quarantine the file; keep the last good save instead.
      if (pendingPlan === plan) pendingPlan = null;
      report(new StorageError(INVALID_PLAN, 'validate', path, 'A change could not be saved because the plan failed its checks. Your last saved plan is unchanged.'));
      return pendingPlan === null;
    }
    try {
      durableWriteFileSync(path, encodePlan(checked.data), writeOptions);
    } catch (error) {
      const delay = retryDelays[Math.min(failures, retryDelays.length - 1)];
      failures += 1;
      if (!closed && delay !== undefined) arm(delay);
      report(saveError(error, 'write', path));
      return false;
    }
    failures = 0;
    if (pendingPlan === plan) pendingPlan = null;
    try {
      options.onSaved?.(checked.data);
    } catch (listenerError) {
      console.error('PlanWriter onSaved listener threw', listenerError);
    }
    return pendingPlan === null;
  }

  return {
    schedule,
    flush,
    get pending() {
      return pendingPlan !== null;
    },
    close() {
      if (closed) return pendingPlan === null; // a second close must not release another writer's file
      const done = flush();
      closed = true;
      disarm();
      openFiles.delete(path);
      return done;
    },
    makeWritable() {
      readOnlyReason = null;
    },
  };
}
