import nodeFs from 'node:fs';
import path from 'node:path';
import { errnoOf } from '../storage/fs-port';
import { unwritableFolderMessage } from '../storage/storage-error';

/**
 * One browser bridge per data folder. The desktop app has Electron's single-instance lock; two
 * `npm run web` processes pointed at the same PMO_PATHWAY_DATA_DIR would otherwise both write plan.json.
 * A lock file holds the owner's pid; a lock whose process is gone (a crash, kill -9) is taken over.
 *
 * The lock file appears complete or not at all: the pid is written to a temp file first, which is then
 * hard-linked to the lock's name (atomic, and refused when the lock exists). A full disk or a read-only
 * folder therefore never leaves an empty or half-written lock behind; it raises DataDirUnwritableError,
 * on which the bridge starts read-only (it writes nothing, so it needs no lock).
 */
export const LOCK_FILE_NAME = '.bridge.lock';

/** The slice of node:fs the lock uses, injected so tests can make any step fail (tests run as root, where chmod does not). */
export interface LockFs {
  mkdirSync(dir: string, options: { recursive: true }): unknown;
  openSync(file: string, flags: string): number;
  writeSync(fd: number, data: string): number;
  closeSync(fd: number): void;
  linkSync(existing: string, newPath: string): void;
  readFileSync(file: string, encoding: 'utf8'): string;
  unlinkSync(file: string): void;
}

export class DataDirLockedError extends Error {}

/** The folder cannot be written (no permission, read-only disk, disk full); `message` is plain words for the person. */
export class DataDirUnwritableError extends Error {
  constructor(
    readonly code: string,
    readonly dataDir: string,
  ) {
    super(unwritableFolderMessage(code, dataDir));
  }
}

/** File systems without hard links (FAT, exFAT, some network shares) answer link() with one of these. */
const LINK_UNSUPPORTED = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/** Creates the folder if needed and takes its lock; returns the function that releases it. */
export function lockDataDir(dataDir: string, pid = process.pid, fs: LockFs = nodeFs): () => void {
  const lockPath = path.join(dataDir, LOCK_FILE_NAME);
  try {
    fs.mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new DataDirUnwritableError(errnoOf(error) ?? 'EUNKNOWN', dataDir);
  }
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (createLock(fs, lockPath, pid, dataDir)) return () => release(fs, lockPath, pid);
    let owner: number;
    try {
      owner = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10);
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') continue; // released meanwhile: try again
      throw new DataDirUnwritableError(errnoOf(error) ?? 'EUNKNOWN', dataDir);
    }
    if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) {
      throw new DataDirLockedError(`Another PMO Pathway server (process ${owner}) is already using ${dataDir}. Stop it first, or choose another PMO_PATHWAY_DATA_DIR.`);
    }
    try {
      fs.unlinkSync(lockPath); // stale: its process is gone
    } catch (error) {
      if (errnoOf(error) !== 'ENOENT') throw new DataDirUnwritableError(errnoOf(error) ?? 'EUNKNOWN', dataDir);
    }
  }
  throw new DataDirLockedError(`Could not lock ${dataDir}: another server keeps taking it.`);
}

/** True when the lock is now ours, false when one already exists; throws DataDirUnwritableError otherwise. */
function createLock(fs: LockFs, lockPath: string, pid: number, dataDir: string): boolean {
  const temp = `${lockPath}.${pid}.tmp`;
  try {
    writeWhole(fs, temp, 'w', String(pid));
  } catch (error) {
    removeQuietly(fs, temp);
    throw new DataDirUnwritableError(errnoOf(error) ?? 'EUNKNOWN', dataDir);
  }
  try {
    fs.linkSync(temp, lockPath);
    return true;
  } catch (error) {
    const code = errnoOf(error) ?? 'EUNKNOWN';
    if (code === 'EEXIST') return false;
    if (!LINK_UNSUPPORTED.has(code)) throw new DataDirUnwritableError(code, dataDir);
    return createLockWithoutLink(fs, lockPath, pid, dataDir);
  } finally {
    removeQuietly(fs, temp);
  }
}

/** Where link() is unsupported: exclusive create, and the file removed again if writing the pid fails. */
function createLockWithoutLink(fs: LockFs, lockPath: string, pid: number, dataDir: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(lockPath, 'wx');
  } catch (error) {
    if (errnoOf(error) === 'EEXIST') return false;
    throw new DataDirUnwritableError(errnoOf(error) ?? 'EUNKNOWN', dataDir);
  }
  try {
    writeAllAndClose(fs, fd, String(pid));
    return true;
  } catch (error) {
    removeQuietly(fs, lockPath); // created by us a moment ago: never leave it empty or half-written
    throw new DataDirUnwritableError(errnoOf(error) ?? 'EUNKNOWN', dataDir);
  }
}

function writeWhole(fs: LockFs, file: string, flags: string, text: string): void {
  writeAllAndClose(fs, fs.openSync(file, flags), text);
}

function writeAllAndClose(fs: LockFs, fd: number, text: string): void {
  try {
    if (fs.writeSync(fd, text) !== Buffer.byteLength(text)) throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
  } finally {
    fs.closeSync(fd);
  }
}

function removeQuietly(fs: LockFs, file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    // Already gone, or never made.
  }
}

function release(fs: LockFs, lockPath: string, pid: number): void {
  try {
    if (fs.readFileSync(lockPath, 'utf8') === String(pid)) fs.unlinkSync(lockPath);
  } catch {
    // Already gone.
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else — still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
