import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { saveFailureMessage, writeFileAtomically } from '../../../main/platform/save-file';
import { realFs, type StorageFs } from '../../../main/storage';
import { ApiError } from '../../../shared/ipc/errors';

/**
 * Saving an export where the person chose: all or nothing under the chosen name, no temp file left
 * behind, and a failure reported as ApiError('io') in plain words. Faults are injected through the
 * storage layer's fs port at the step named.
 */

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pmo-export-save-'));
  dirs.push(dir);
  return dir;
}

const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

/** The real fs, except that `step` throws `code`. */
function failingAt(step: 'writeSync' | 'renameSync' | 'openSync' | 'fsyncSync', code: string): StorageFs {
  return {
    ...realFs,
    [step]: (...args: unknown[]) => {
      // The folder fsync opens the folder read-only; only the temp file's open should fail.
      if (step === 'openSync' && args[1] === 'r') return (realFs.openSync as (...a: unknown[]) => number)(...args);
      throw errno(code);
    },
  } as StorageFs;
}

const bytes = new TextEncoder().encode('Alex Morgan\n\nEXPERIENCE\n');

function caught(action: () => void): ApiError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected a failure');
}

describe('writeFileAtomically', () => {
  it('writes the whole file under the chosen name and nothing else', () => {
    const dir = tempDir();
    const target = path.join(dir, 'Achievements - Alex Morgan - 2026-11.txt');
    writeFileAtomically(target, bytes);
    expect(fs.readFileSync(target, 'utf8')).toBe('Alex Morgan\n\nEXPERIENCE\n');
    expect(fs.readdirSync(dir)).toEqual(['Achievements - Alex Morgan - 2026-11.txt']);
  });

  it.each([
    ['writeSync', 'ENOSPC', /The disk is full, so “cv\.docx” was not saved\. Free some space/],
    ['renameSync', 'ENOSPC', /The disk is full/],
    ['renameSync', 'EACCES', /not allowed to save in .*Choose another folder/],
    ['openSync', 'EROFS', /read-only disk/],
    ['fsyncSync', 'EIO', /The disk reported an error/],
  ] as const)('a failure at %s (%s) leaves no file under the name and no temp file', (step, code, message) => {
    const dir = tempDir();
    const target = path.join(dir, 'cv.docx');
    const error = caught(() => writeFileAtomically(target, bytes, failingAt(step, code)));
    expect(error.code).toBe('io');
    expect(error.message).toMatch(message);
    expect(error.message).not.toMatch(/\n|at Object|node:|injected/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('leaves a file already under the name exactly as it was when the new one fails', () => {
    const dir = tempDir();
    const target = path.join(dir, 'cv.docx');
    fs.writeFileSync(target, 'the earlier export');
    const error = caught(() => writeFileAtomically(target, bytes, failingAt('renameSync', 'ENOSPC')));
    expect(error.message).toContain('Any file already there was left as it was.');
    expect(fs.readFileSync(target, 'utf8')).toBe('the earlier export');
    expect(fs.readdirSync(dir)).toEqual(['cv.docx']);
  });

  it('reports a folder that is gone, and an unknown code, in plain words', () => {
    const missing = path.join(tempDir(), 'gone', 'cv.pdf');
    expect(caught(() => writeFileAtomically(missing, bytes)).message).toMatch(/The folder .*gone no longer exists/);
    expect(saveFailureMessage('EWHAT', '/x/cv.pdf')).toBe('“cv.pdf” could not be saved (EWHAT). Try another folder. Any file already there was left as it was.');
  });
});
