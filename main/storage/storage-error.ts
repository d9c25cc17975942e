import { ApiError } from '../../shared/ipc/errors';
import { errnoOf } from './fs-port';

/** Which step of saving or loading failed; kept so logs and tests can tell them apart. */
export type StorageStep = 'open' | 'write' | 'fsync' | 'close' | 'rename' | 'dir-fsync' | 'read' | 'mkdir' | 'validate';

/** Codes the storage layer raises itself, beside the operating system's errno codes. */
export const READ_ONLY = 'EREADONLY';
export const INVALID_PLAN = 'EINVALIDPLAN';

/**
 * A save or load that failed, with a message written for the person using the app (shown as is)
 * and the errno code (ENOSPC, EACCES ...) for logs and for code that branches on it.
 */
export class StorageError extends Error {
  constructor(
    readonly code: string,
    readonly step: StorageStep,
    readonly path: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }

  /** The error as it crosses IPC: the message is already plain English. */
  toApiError(): ApiError {
    return new ApiError(this.code === READ_ONLY ? 'read-only' : 'io', this.message);
  }
}

const NOT_SAVED = 'so your latest change could not be saved.';
const KEPT = 'Nothing already saved was lost.';

/** Plain-English text for a failed save, by errno code. */
function saveMessage(code: string, step: StorageStep, path: string): string {
  if (step === 'dir-fsync') {
    return `Your change was written, but the disk did not confirm it is stored safely (${code}). PMO Pathway will try again.`;
  }
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `The disk is full, ${NOT_SAVED} Free some space; ${KEPT.toLowerCase()}`;
    case 'EACCES':
    case 'EPERM':
      return `PMO Pathway is not allowed to write in its data folder (${dirOf(path)}), ${NOT_SAVED} Check the folder's permissions; ${KEPT.toLowerCase()}`;
    case 'EBUSY':
      return `Another program (often antivirus or a sync tool) is holding the plan file, ${NOT_SAVED} Close it and try again; ${KEPT.toLowerCase()}`;
    case 'EROFS':
      return `The disk holding your plan is read-only, ${NOT_SAVED} ${KEPT}`;
    case 'EXDEV':
      return `The plan could not be replaced safely because its temporary copy ended up on another drive, ${NOT_SAVED} ${KEPT}`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `The data folder (${dirOf(path)}) is missing, ${NOT_SAVED} ${KEPT}`;
    case 'EIO':
      return `The disk reported a hardware error, ${NOT_SAVED} ${KEPT} Consider exporting a copy of your plan.`;
    case 'EMFILE':
    case 'ENFILE':
      return `The computer has too many files open, ${NOT_SAVED} Close some programs and try again; ${KEPT.toLowerCase()}`;
    default:
      return `The plan file could not be written (${code}), ${NOT_SAVED} ${KEPT}`;
  }
}

function dirOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut > 0 ? path.slice(0, cut) : path;
}

/** Wrap whatever a save step threw into a StorageError (kept as is when it already is one). */
export function saveError(error: unknown, step: StorageStep, path: string): StorageError {
  if (error instanceof StorageError) return error;
  const code = errnoOf(error) ?? 'EUNKNOWN';
  return new StorageError(code, step, path, saveMessage(code, step, path), { cause: error });
}

/** The error for a write refused because the plan is open read-only. */
export function readOnlyError(path: string, reason: string): StorageError {
  return new StorageError(READ_ONLY, 'open', path, reason);
}

/** The cause alone, for messages about something other than saving (e.g. a backup before a restore). */
export function storageCause(code: string): string {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'EACCES':
    case 'EPERM':
      return 'PMO Pathway is not allowed to write in its data folder';
    case 'EBUSY':
      return 'another program is holding the file';
    case 'EROFS':
      return 'the disk is read-only';
    case 'EIO':
      return 'the disk reported a hardware error';
    default:
      return `the file system reported ${code}`;
  }
}

/**
 * The notice for a data folder that cannot be written at all, found at start-up before any save (the
 * browser bridge could not create its lock file there). Worded like the save failures above.
 */
export function unwritableFolderMessage(code: string, dir: string): string {
  const openReadOnly = 'so your plan is open read-only and nothing you change can be saved.';
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `The disk holding PMO Pathway's data folder (${dir}) is full, ${openReadOnly} Free some space, then restart PMO Pathway.`;
    case 'EACCES':
    case 'EPERM':
      return `PMO Pathway is not allowed to write in its data folder (${dir}), ${openReadOnly} Check the folder's permissions, then restart PMO Pathway.`;
    case 'EROFS':
      return `The disk holding PMO Pathway's data folder (${dir}) is read-only, ${openReadOnly} Choose a folder on a writable disk, then restart PMO Pathway.`;
    default:
      return `PMO Pathway cannot write in its data folder (${dir}; ${storageCause(code)}), ${openReadOnly} Fix the folder, then restart PMO Pathway.`;
  }
}
