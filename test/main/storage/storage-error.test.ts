import { errnoOf } from '../../../main/storage/fs-port';
import {
  INVALID_PLAN,
  READ_ONLY,
  readOnlyError,
  saveError,
  StorageError,
  storageCause,
  unwritableFolderMessage,
} from '../../../main/storage/storage-error';
import { ApiError } from '../../../shared/ipc/errors';
import { errno } from './helpers';

/**
 * What a person reads when saving fails: each errno code gets its own plain-English cause and what to
 * do, and every message says that nothing already saved was lost. These are the words the app shows.
 */

const PLAN = '/home/sam/.config/PMO Pathway/plan.json';
const FOLDER = '/home/sam/.config/PMO Pathway';
const message = (code: string, path = PLAN) => saveError(errno(code), 'write', path).message;

describe('saveError: the message for a failed save', () => {
  it.each([
    ['ENOSPC', 'The disk is full, so your latest change could not be saved. Free some space; nothing already saved was lost.'],
    ['EDQUOT', 'The disk is full, so your latest change could not be saved. Free some space; nothing already saved was lost.'],
    [
      'EACCES',
      `PMO Pathway is not allowed to write in its data folder (${FOLDER}), so your latest change could not be saved. Check the folder's permissions; nothing already saved was lost.`,
    ],
    [
      'EPERM',
      `PMO Pathway is not allowed to write in its data folder (${FOLDER}), so your latest change could not be saved. Check the folder's permissions; nothing already saved was lost.`,
    ],
    [
      'EBUSY',
      'Another program (often antivirus or a sync tool) is holding the plan file, so your latest change could not be saved. Close it and try again; nothing already saved was lost.',
    ],
    ['EROFS', 'The disk holding your plan is read-only, so your latest change could not be saved. Nothing already saved was lost.'],
    [
      'EXDEV',
      'The plan could not be replaced safely because its temporary copy ended up on another drive, so your latest change could not be saved. Nothing already saved was lost.',
    ],
    ['ENOENT', `The data folder (${FOLDER}) is missing, so your latest change could not be saved. Nothing already saved was lost.`],
    ['ENOTDIR', `The data folder (${FOLDER}) is missing, so your latest change could not be saved. Nothing already saved was lost.`],
    [
      'EIO',
      'The disk reported a hardware error, so your latest change could not be saved. Nothing already saved was lost. Consider exporting a copy of your plan.',
    ],
    [
      'EMFILE',
      'The computer has too many files open, so your latest change could not be saved. Close some programs and try again; nothing already saved was lost.',
    ],
    [
      'ENFILE',
      'The computer has too many files open, so your latest change could not be saved. Close some programs and try again; nothing already saved was lost.',
    ],
    ['EWHATEVER', 'The plan file could not be written (EWHATEVER), so your latest change could not be saved. Nothing already saved was lost.'],
  ])('%s', (code, expected) => {
    expect(message(code)).toBe(expected);
  });

  it('names an unknown failure EUNKNOWN rather than leaving the code out', () => {
    const error = saveError(new Error('something odd'), 'rename', PLAN);
    expect(error.code).toBe('EUNKNOWN');
    expect(error.message).toBe('The plan file could not be written (EUNKNOWN), so your latest change could not be saved. Nothing already saved was lost.');
  });

  it('says a change was written but not confirmed when only the folder fsync failed, whatever the code', () => {
    for (const code of ['EIO', 'ENOSPC']) {
      expect(saveError(errno(code), 'dir-fsync', PLAN).message).toBe(
        `Your change was written, but the disk did not confirm it is stored safely (${code}). PMO Pathway will try again.`,
      );
    }
  });

  it('keeps the step, the path, the code and the original error', () => {
    const original = errno('ENOSPC');
    const error = saveError(original, 'fsync', PLAN);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ name: 'StorageError', code: 'ENOSPC', step: 'fsync', path: PLAN, cause: original });
  });

  it('passes a StorageError through unchanged', () => {
    const already = new StorageError(INVALID_PLAN, 'validate', PLAN, 'The plan did not validate.');
    expect(saveError(already, 'write', '/elsewhere')).toBe(already);
  });

  it('names the folder from a Windows path too, and a bare name as it is', () => {
    expect(message('ENOENT', 'C:\\Users\\Sam\\AppData\\Roaming\\PMO Pathway\\plan.json')).toBe(
      'The data folder (C:\\Users\\Sam\\AppData\\Roaming\\PMO Pathway) is missing, so your latest change could not be saved. Nothing already saved was lost.',
    );
    expect(message('ENOENT', 'plan.json')).toBe('The data folder (plan.json) is missing, so your latest change could not be saved. Nothing already saved was lost.');
    // A path whose only separator is the first character has no folder part to cut off.
    expect(message('ENOENT', '/plan.json')).toBe('The data folder (/plan.json) is missing, so your latest change could not be saved. Nothing already saved was lost.');
  });
});

describe('StorageError across IPC', () => {
  it('is read-only for a refused write and io for everything else, with the message unchanged', () => {
    const readOnly = readOnlyError(PLAN, 'This plan was saved by a newer version, so it is open read-only.').toApiError();
    expect(readOnly).toBeInstanceOf(ApiError);
    expect(readOnly).toMatchObject({ code: 'read-only', message: 'This plan was saved by a newer version, so it is open read-only.' });
    expect(saveError(errno('ENOSPC'), 'write', PLAN).toApiError()).toMatchObject({ code: 'io', message: message('ENOSPC') });
  });

  it('the storage layer’s own codes are errno-shaped, and tell apart from each other and from any errno', () => {
    // Logs show them and code branches on them, so neither may be blank or collide with the other.
    expect(READ_ONLY).toMatch(/^E[A-Z]+$/);
    expect(INVALID_PLAN).toMatch(/^E[A-Z]+$/);
    expect(READ_ONLY).not.toBe(INVALID_PLAN);
    expect(saveError(new Error('no code'), 'write', PLAN).code).not.toBe(READ_ONLY);
  });

  it('a read-only refusal carries its own code and the reason given', () => {
    expect(readOnlyError(PLAN, 'why')).toMatchObject({ code: READ_ONLY, step: 'open', path: PLAN, message: 'why' });
  });
});

describe('storageCause: the cause alone', () => {
  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EDQUOT', 'the disk is full'],
    ['EACCES', 'PMO Pathway is not allowed to write in its data folder'],
    ['EPERM', 'PMO Pathway is not allowed to write in its data folder'],
    ['EBUSY', 'another program is holding the file'],
    ['EROFS', 'the disk is read-only'],
    ['EIO', 'the disk reported a hardware error'],
    ['ENAMETOOLONG', 'the file system reported ENAMETOOLONG'],
  ])('%s', (code, expected) => {
    expect(storageCause(code)).toBe(expected);
  });
});

describe('unwritableFolderMessage: a data folder that cannot be written at start-up', () => {
  const tail = 'so your plan is open read-only and nothing you change can be saved.';
  it.each([
    ['ENOSPC', `The disk holding PMO Pathway's data folder (${FOLDER}) is full, ${tail} Free some space, then restart PMO Pathway.`],
    ['EDQUOT', `The disk holding PMO Pathway's data folder (${FOLDER}) is full, ${tail} Free some space, then restart PMO Pathway.`],
    ['EACCES', `PMO Pathway is not allowed to write in its data folder (${FOLDER}), ${tail} Check the folder's permissions, then restart PMO Pathway.`],
    ['EPERM', `PMO Pathway is not allowed to write in its data folder (${FOLDER}), ${tail} Check the folder's permissions, then restart PMO Pathway.`],
    ['EROFS', `The disk holding PMO Pathway's data folder (${FOLDER}) is read-only, ${tail} Choose a folder on a writable disk, then restart PMO Pathway.`],
    ['EBUSY', `PMO Pathway cannot write in its data folder (${FOLDER}; another program is holding the file), ${tail} Fix the folder, then restart PMO Pathway.`],
  ])('%s', (code, expected) => {
    expect(unwritableFolderMessage(code, FOLDER)).toBe(expected);
  });
});

describe('errnoOf', () => {
  it('reads a string code and nothing else', () => {
    expect(errnoOf(errno('EIO'))).toBe('EIO');
    expect(errnoOf({ code: 5 })).toBeUndefined();
    expect(errnoOf(null)).toBeUndefined();
    expect(errnoOf(undefined)).toBeUndefined();
    expect(errnoOf('EIO')).toBeUndefined();
  });
});
