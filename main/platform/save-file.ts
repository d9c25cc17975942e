import { basename, dirname } from 'node:path';
import { ApiError } from '../../shared/ipc/errors';
import { durableWriteFileSync, realFs, StorageError, type StorageFs } from '../storage';

/**
 * Write an exported file where the person chose, atomically: the storage layer's durable write (temp
 * file in the same folder, fsync, rename) so the chosen name holds either the complete new file or
 * whatever was there before, and a failure leaves no temp file behind. Failures become ApiError('io')
 * with words about *this* file (the storage layer's own messages talk about the plan).
 */
export function writeFileAtomically(target: string, bytes: Uint8Array, fs: StorageFs = realFs): void {
  try {
    // Not owner-only like the plan: an exported CV is meant to be opened, attached and shared.
    durableWriteFileSync(target, bytes, { fs, mode: 0o644 });
  } catch (error) {
    // The folder fsync is the last step: the complete file is already under its name, only the disk's
    // confirmation is missing. For an export that is a success, not something to alarm anyone with.
    if (error instanceof StorageError && error.step === 'dir-fsync') return;
    const code = error instanceof StorageError ? error.code : 'EUNKNOWN';
    throw new ApiError('io', saveFailureMessage(code, target));
  }
}

export function saveFailureMessage(code: string, target: string): string {
  const name = `“${basename(target)}”`;
  const folder = dirname(target);
  const unchanged = 'Any file already there was left as it was.';
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `The disk is full, so ${name} was not saved. Free some space and export again. ${unchanged}`;
    case 'EACCES':
    case 'EPERM':
      return `PMO Pathway is not allowed to save in ${folder}, so ${name} was not saved. Choose another folder. ${unchanged}`;
    case 'EROFS':
      return `${folder} is on a read-only disk, so ${name} was not saved. Choose another folder.`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `The folder ${folder} no longer exists, so ${name} was not saved. Choose another folder.`;
    case 'EBUSY':
      return `Another program is using ${name}, so it was not replaced. Close it and export again. ${unchanged}`;
    case 'ENAMETOOLONG':
      return `The name or folder is too long for the disk, so ${name} was not saved. Choose a shorter name or folder.`;
    case 'EIO':
      return `The disk reported an error, so ${name} was not saved. Try another folder or drive. ${unchanged}`;
    default:
      return `${name} could not be saved (${code}). Try another folder. ${unchanged}`;
  }
}
