import * as nodeFs from 'node:fs';

/**
 * The slice of node:fs the storage layer uses, injected so tests can make any single step throw
 * (ENOSPC on write, EPERM on rename, EIO on the folder fsync ...).
 *
 * Why synchronous: the plan is small (kilobytes to a few megabytes), there is exactly one writer, and
 * a synchronous write is the only kind that can still finish inside `process.on('exit')`, Electron's
 * `will-quit` or a SIGTERM handler, none of which wait for promises. Blocking the main process for the
 * few milliseconds a save takes is the price, and it buys "the last change is on disk when we exit".
 */
export interface StorageFs {
  openSync(path: string, flags: string, mode?: number): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(oldPath: string, newPath: string): void;
  unlinkSync(path: string): void;
  readFileSync(path: string): Buffer;
  statSync(path: string): { size: number; isFile(): boolean };
  /** Like statSync, but about a link itself: used to tell a plan.json symlink from the file it points to. */
  lstatSync(path: string): { isSymbolicLink(): boolean };
  /** The path with every link resolved; throws ENOENT when the end of the chain is missing. */
  realpathSync(path: string): string;
  /** Where one link points, as written in the link (may be relative to the link's folder). */
  readlinkSync(path: string): string;
  readdirSync(path: string): string[];
  mkdirSync(path: string, options: { recursive: true }): unknown;
}

/** The real file system. */
export const realFs: StorageFs = nodeFs;

/** Block the thread for `ms` (used only for the short, bounded rename retries). */
export function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The errno code of a thrown value, or undefined. */
export function errnoOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
