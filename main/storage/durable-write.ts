import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { errnoOf, realFs, sleepSync, type StorageFs } from './fs-port';
import { saveError, type StorageStep } from './storage-error';

/**
 * Replace a file so that, whatever happens (crash, kill -9, power cut, full disk), the path holds
 * either the complete old content or the complete new content, never a mix:
 *   temp file in the SAME folder -> write all -> fsync -> close -> rename over the target -> fsync the folder.
 * The target is never opened for writing. There is deliberately no fallback to an in-place write
 * (electron-store/conf fall back to writeFileSync on EXDEV and under Snap): if the rename cannot happen,
 * the save fails with a clear StorageError and the old file stays as it was.
 */

export interface DurableWriteOptions {
  fs?: StorageFs;
  /** Decides the retry policy and whether folders can be fsynced; injected so tests can act as Windows. */
  platform?: NodeJS.Platform;
  /** Waits between rename attempts; tests pass a recorder instead of really sleeping. */
  sleep?: (ms: number) => void;
  /** Waits before each rename retry; its length bounds the retries (default ~0.8 s in all). */
  retryDelaysMs?: readonly number[];
  /** Permissions of a newly created file: the plan is personal, so owner-only by default. */
  mode?: number;
}

export const DEFAULT_RENAME_RETRY_DELAYS_MS: readonly number[] = [10, 25, 50, 100, 200, 400];

/**
 * Errors a rename can throw while another program briefly holds the file: on Windows, antivirus,
 * search indexers and sync clients open files for a moment and rename then fails with EPERM, EACCES
 * or EBUSY. On POSIX, EPERM and EACCES are real permission problems, so only EBUSY is retried there.
 */
export function isTransientRenameError(code: string | undefined, platform: NodeJS.Platform): boolean {
  if (code === 'EBUSY') return true;
  return platform === 'win32' && (code === 'EPERM' || code === 'EACCES');
}

/** Some file systems (network shares, a few FUSE mounts) cannot fsync a folder; that is not a failure. */
const DIR_FSYNC_UNSUPPORTED = new Set(['EINVAL', 'ENOTSUP', 'EOPNOTSUPP', 'EISDIR', 'EBADF']);

const TEMP_MARK = '.tmp-';

/** A fresh temp name beside `target`; the pid and random part keep two writers from colliding. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `${basename(target)}${TEMP_MARK}${process.pid}-${randomBytes(4).toString('hex')}`);
}

const TEMP_SUFFIX = /\.tmp-\d+-[0-9a-f]{8}$/;

/** Whether a file name is one of our temp files, for `targetBase` (e.g. "plan.json") when given. */
export function isTempFileName(name: string, targetBase?: string): boolean {
  if (!TEMP_SUFFIX.test(name)) return false;
  return targetBase === undefined || name.slice(0, name.lastIndexOf(TEMP_MARK)) === targetBase;
}

/**
 * Write `data` to `target` durably (see the module comment). Throws a StorageError naming the step
 * that failed; the temp file is always removed on failure and the old target is untouched unless the
 * failure is the final folder fsync (then the target already holds the complete new content, but the
 * disk has not confirmed it, so the caller must not treat the save as done).
 */
export function durableWriteFileSync(target: string, data: string | Uint8Array, options: DurableWriteOptions = {}): void {
  const fs = options.fs ?? realFs;
  const platform = options.platform ?? process.platform;
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const temp = tempPathFor(target);

  let step: StorageStep = 'open';
  let fd: number | null = null;
  let created = false;
  let renamed = false;
  try {
    fd = fs.openSync(temp, 'wx', options.mode ?? 0o600);
    created = true;
    step = 'write';
    writeAll(fs, fd, bytes);
    step = 'fsync';
    fs.fsyncSync(fd);
    step = 'close';
    const closing = fd;
    fd = null; // a failed close must not be retried: the descriptor is gone either way
    fs.closeSync(closing);
    step = 'rename';
    renameWithRetry(fs, temp, target, platform, options);
    renamed = true;
    step = 'dir-fsync';
    if (platform !== 'win32') fsyncDir(fs, dirname(target));
  } catch (error) {
    if (fd !== null) ignoreErrors(() => fs.closeSync(fd as number));
    // Only our own temp file: with 'wx' a failed open created nothing, and an unknown file is not ours to delete.
    if (created && !renamed) ignoreErrors(() => fs.unlinkSync(temp));
    throw saveError(error, step, target);
  }
}

function writeAll(fs: StorageFs, fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) {
    const written = fs.writeSync(fd, bytes, offset, bytes.length - offset, null);
    // A write that makes no progress would loop forever; the OS reports a full disk this way on some systems.
    if (written <= 0) throw Object.assign(new Error('The write made no progress.'), { code: 'ENOSPC' });
    offset += written;
  }
}

function renameWithRetry(fs: StorageFs, from: string, to: string, platform: NodeJS.Platform, options: DurableWriteOptions): void {
  const delays = options.retryDelaysMs ?? DEFAULT_RENAME_RETRY_DELAYS_MS;
  const sleep = options.sleep ?? sleepSync;
  for (let attempt = 0; ; attempt++) {
    try {
      fs.renameSync(from, to);
      return;
    } catch (error) {
      const delay = delays[attempt];
      if (delay === undefined || !isTransientRenameError(errnoOf(error), platform)) throw error;
      sleep(delay);
    }
  }
}

/** Make the rename itself durable: without this a power cut can bring back the old directory entry. */
function fsyncDir(fs: StorageFs, dir: string): void {
  let fd: number;
  try {
    fd = fs.openSync(dir, 'r');
  } catch (error) {
    if (DIR_FSYNC_UNSUPPORTED.has(errnoOf(error) ?? '')) return;
    throw error;
  }
  try {
    fs.fsyncSync(fd);
  } catch (error) {
    if (!DIR_FSYNC_UNSUPPORTED.has(errnoOf(error) ?? '')) throw error;
  } finally {
    ignoreErrors(() => fs.closeSync(fd));
  }
}

/**
 * Remove temp files a crash left behind (a kill between open and rename leaves one). They never held
 * an acknowledged save: a save is acknowledged only after its temp file was renamed away. Call this
 * only before the writer for `target` starts, e.g. while loading.
 */
export function sweepStaleTemps(target: string, fs: StorageFs = realFs): string[] {
  return sweepTempsIn(dirname(target), basename(target), fs);
}

/** Like sweepStaleTemps, for every target in `dir` when `targetBase` is omitted (the backups folder). */
export function sweepTempsIn(dir: string, targetBase: string | undefined, fs: StorageFs = realFs): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!isTempFileName(name, targetBase)) continue;
    ignoreErrors(() => {
      fs.unlinkSync(join(dir, name));
      removed.push(name);
    });
  }
  return removed;
}

function ignoreErrors(action: () => void): void {
  try {
    action();
  } catch {
    // Best effort clean-up: the original error is the one worth reporting.
  }
}
