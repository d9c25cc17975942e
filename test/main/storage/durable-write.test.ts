import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  DEFAULT_RENAME_RETRY_DELAYS_MS,
  durableWriteFileSync,
  isTempFileName,
  sweepStaleTemps,
} from '../../../main/storage/durable-write';
import { realFs, type StorageFs } from '../../../main/storage/fs-port';
import { StorageError } from '../../../main/storage/storage-error';
import { cleanupTempDirs, extraFiles, faultyFs, tempDir, type FaultStep, catchStorageError, folderWithPlan } from './helpers';

afterEach(cleanupTempDirs);

const OLD = '{"old":true,"text":"the plan as last saved"}';
const NEW = '{"new":true,"text":"the latest change, a little longer than before"}';

const setup = () => folderWithPlan(OLD);

const noSleep = () => {};

describe('durableWriteFileSync', () => {
  it('replaces the file with the new content and leaves no temp file', () => {
    const { dir, target } = setup();
    durableWriteFileSync(target, NEW);
    expect(readFileSync(target, 'utf8')).toBe(NEW);
    expect(extraFiles(dir, ['plan.json'])).toEqual([]);
  });

  it('creates the file when it does not exist yet', () => {
    const dir = tempDir();
    durableWriteFileSync(join(dir, 'plan.json'), NEW);
    expect(readFileSync(join(dir, 'plan.json'), 'utf8')).toBe(NEW);
  });

  it('writes through a temp file in the same folder, never opening the target itself', () => {
    const { dir, target } = setup();
    const opened: string[] = [];
    const renames: [string, string][] = [];
    const spy: StorageFs = {
      ...realFs,
      openSync: (p, flags, mode) => (opened.push(`${p}|${flags}`), realFs.openSync(p, flags, mode)),
      renameSync: (a, b) => (renames.push([a, b]), realFs.renameSync(a, b)),
    };
    durableWriteFileSync(target, NEW, { fs: spy, platform: 'linux' });
    const [temp, into] = renames[0] ?? [];
    expect(renames).toHaveLength(1);
    expect(into).toBe(target);
    expect(temp?.startsWith(join(dir, 'plan.json.tmp-'))).toBe(true);
    expect(opened).toEqual([`${temp}|wx`, `${dir}|r`]); // the temp file, then the folder for its fsync
  });

  it('fsyncs the data before the rename and the folder after it', () => {
    const { target } = setup();
    const calls: string[] = [];
    durableWriteFileSync(target, NEW, { fs: faultyFs([], calls), platform: 'linux' });
    expect(calls).toEqual(['open', 'write', 'fsync', 'close', 'rename', 'dir-open', 'dir-fsync']);
  });

  it('completes a write the OS accepts a few bytes at a time', () => {
    const { target } = setup();
    const trickle: StorageFs = { ...realFs, writeSync: (fd, b, off, len, pos) => realFs.writeSync(fd, b, off, Math.min(len, 7), pos) };
    durableWriteFileSync(target, NEW, { fs: trickle });
    expect(readFileSync(target, 'utf8')).toBe(NEW);
  });

  it('reports a write that makes no progress as a full disk instead of looping', () => {
    const { target } = setup();
    const stuck: StorageFs = { ...realFs, writeSync: () => 0 };
    const error = catchStorageError(() => durableWriteFileSync(target, NEW, { fs: stuck }));
    expect(error.code).toBe('ENOSPC');
    expect(readFileSync(target, 'utf8')).toBe(OLD);
  });

  describe('a fault at any step before the rename leaves the original byte-identical', () => {
    const steps: FaultStep[] = ['open', 'write', 'fsync', 'close', 'rename'];
    const codes = ['ENOSPC', 'EACCES', 'EPERM', 'EXDEV', 'EIO'];
    for (const step of steps) {
      for (const code of codes) {
        it(`${code} at ${step}`, () => {
          const { dir, target } = setup();
          const calls: string[] = [];
          const error = catchStorageError(() =>
            durableWriteFileSync(target, NEW, { fs: faultyFs([{ step, code }], calls), platform: 'linux', sleep: noSleep }),
          );
          expect(readFileSync(target, 'utf8')).toBe(OLD);
          expect(extraFiles(dir, ['plan.json'])).toEqual([]); // the temp file was removed
          expect(error.code).toBe(code);
          expect(error.step).toBe(step);
          expect(error.path).toBe(target);
          expect(error.message).not.toMatch(/injected|Error:/); // plain English, not the raw system text
          expect(error.message).toMatch(/could not be saved/);
          expect(calls.filter((c) => c === 'rename').length).toBeLessThanOrEqual(1); // no retry on Linux
        });
      }
    }
  });

  it('says the disk is full in plain English on ENOSPC', () => {
    const { target } = setup();
    const error = catchStorageError(() => durableWriteFileSync(target, NEW, { fs: faultyFs([{ step: 'write', code: 'ENOSPC' }]) }));
    expect(error.message).toBe('The disk is full, so your latest change could not be saved. Free some space; nothing already saved was lost.');
  });

  it('fails clearly on EXDEV, even on Windows, without falling back to an in-place write', () => {
    const { target } = setup();
    const calls: string[] = [];
    const error = catchStorageError(() =>
      durableWriteFileSync(target, NEW, { fs: faultyFs([{ step: 'rename', code: 'EXDEV' }], calls), platform: 'win32', sleep: noSleep }),
    );
    expect(error.message).toMatch(/another drive/);
    expect(calls).toEqual(['open', 'write', 'fsync', 'close', 'rename']); // one rename, and no open of anything after it
    expect(readFileSync(target, 'utf8')).toBe(OLD);
  });

  describe('a fault at the folder fsync (after the rename)', () => {
    it('reports the save as not confirmed; the file holds the complete new content, never a mix', () => {
      const { dir, target } = setup();
      for (const step of ['dir-open', 'dir-fsync'] as const) {
        writeFileSync(target, OLD);
        const error = catchStorageError(() => durableWriteFileSync(target, NEW, { fs: faultyFs([{ step, code: 'EIO' }]), platform: 'linux' }));
        expect(error.step).toBe('dir-fsync');
        expect(error.code).toBe('EIO');
        expect(error.message).toMatch(/did not confirm/);
        expect(readFileSync(target, 'utf8')).toBe(NEW);
        expect(extraFiles(dir, ['plan.json'])).toEqual([]);
      }
    });

    it('accepts file systems that cannot fsync a folder (EINVAL)', () => {
      const { target } = setup();
      durableWriteFileSync(target, NEW, { fs: faultyFs([{ step: 'dir-fsync', code: 'EINVAL' }]), platform: 'linux' });
      expect(readFileSync(target, 'utf8')).toBe(NEW);
    });

    it('skips the folder fsync on Windows, where folders cannot be opened for it', () => {
      const { target } = setup();
      const calls: string[] = [];
      durableWriteFileSync(target, NEW, { fs: faultyFs([], calls), platform: 'win32' });
      expect(calls).not.toContain('dir-open');
      expect(calls).not.toContain('dir-fsync');
    });
  });

  describe('rename retries for files briefly held by another program', () => {
    for (const code of ['EPERM', 'EBUSY', 'EACCES']) {
      it(`retries ${code} on Windows with growing waits and then succeeds`, () => {
        const { target } = setup();
        const waits: number[] = [];
        durableWriteFileSync(target, NEW, {
          fs: faultyFs([{ step: 'rename', code, times: 3 }]),
          platform: 'win32',
          sleep: (ms) => waits.push(ms),
        });
        expect(readFileSync(target, 'utf8')).toBe(NEW);
        expect(waits).toEqual(DEFAULT_RENAME_RETRY_DELAYS_MS.slice(0, 3));
      });
    }

    it('retries EBUSY on Linux too, but not EPERM (a real permission problem there)', () => {
      const { target } = setup();
      const waits: number[] = [];
      durableWriteFileSync(target, NEW, { fs: faultyFs([{ step: 'rename', code: 'EBUSY', times: 2 }]), platform: 'linux', sleep: (ms) => waits.push(ms) });
      expect(waits).toHaveLength(2);
      waits.length = 0;
      const error = catchStorageError(() =>
        durableWriteFileSync(target, OLD, { fs: faultyFs([{ step: 'rename', code: 'EPERM', times: 1 }]), platform: 'linux', sleep: (ms) => waits.push(ms) }),
      );
      expect(error.code).toBe('EPERM');
      expect(waits).toEqual([]);
    });

    it('gives up after the bounded retries, leaving the original intact', () => {
      const { dir, target } = setup();
      const calls: string[] = [];
      const waits: number[] = [];
      const error = catchStorageError(() =>
        durableWriteFileSync(target, NEW, { fs: faultyFs([{ step: 'rename', code: 'EBUSY' }], calls), platform: 'win32', sleep: (ms) => waits.push(ms), retryDelaysMs: [1, 2, 3] }),
      );
      expect(error.code).toBe('EBUSY');
      expect(waits).toEqual([1, 2, 3]);
      expect(calls.filter((c) => c === 'rename')).toHaveLength(4);
      expect(readFileSync(target, 'utf8')).toBe(OLD);
      expect(extraFiles(dir, ['plan.json'])).toEqual([]);
    });
  });

  it('property: after any single fault the file is exactly the old or (only on success) the new content', () => {
    const steps: FaultStep[] = ['open', 'write', 'fsync', 'close', 'rename', 'dir-open', 'dir-fsync'];
    const { dir, target } = setup();
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.option(fc.record({ step: fc.constantFrom(...steps), code: fc.constantFrom('ENOSPC', 'EACCES', 'EPERM', 'EXDEV', 'EBUSY', 'EIO'), times: fc.integer({ min: 1, max: 8 }) })),
        fc.constantFrom<NodeJS.Platform>('linux', 'win32', 'darwin'),
        (next, fault, platform) => {
          const before = readFileSync(target, 'utf8');
          let failed: StorageError | null = null;
          try {
            durableWriteFileSync(target, next, { fs: faultyFs(fault ? [fault] : []), platform, sleep: noSleep });
          } catch (error) {
            failed = error as StorageError;
          }
          const after = readFileSync(target, 'utf8');
          expect(extraFiles(dir, ['plan.json'])).toEqual([]);
          if (!failed) return after === next;
          if (failed.step === 'dir-fsync') return after === next; // renamed, only the confirmation failed
          return after === before;
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('sweepStaleTemps', () => {
  it('removes only our temp files for that target', () => {
    const { dir, target } = setup();
    writeFileSync(join(dir, 'plan.json.tmp-123-abcdef01'), 'half a pla');
    writeFileSync(join(dir, 'other.json.tmp-123-abcdef01'), 'x');
    writeFileSync(join(dir, 'plan.json.tmp-notes.txt'), 'a person might name a file like this');
    expect(sweepStaleTemps(target)).toEqual(['plan.json.tmp-123-abcdef01']);
    expect(extraFiles(dir, ['plan.json']).sort()).toEqual(['other.json.tmp-123-abcdef01', 'plan.json.tmp-notes.txt']);
    expect(isTempFileName('other.json.tmp-123-abcdef01')).toBe(true);
    expect(isTempFileName('other.json.tmp-123-abcdef01', 'plan.json')).toBe(false);
  });
});
