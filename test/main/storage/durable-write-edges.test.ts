import { readdirSync, readFileSync, statSync } from 'node:fs';
import { DEFAULT_RENAME_RETRY_DELAYS_MS, durableWriteFileSync, isTempFileName } from '../../../main/storage/durable-write';
import { realFs, type StorageFs } from '../../../main/storage/fs-port';
import { cleanupTempDirs, faultyFs, catchStorageError, folderWithPlan } from './helpers';

/**
 * The durable writer's promises at their edges: exactly the bytes given, a private file, every
 * descriptor closed, and nothing deleted but its own temp file; folder fsyncs a file system cannot do
 * are accepted, real failures of them are not.
 */

afterEach(cleanupTempDirs);

const OLD = '{"old":true}';

const setup = () => folderWithPlan(OLD);

/** The real file system, recording which descriptors were opened and closed and which files unlinked. */
function recordingFs(base: StorageFs = realFs) {
  const opened: number[] = [];
  const closed: number[] = [];
  const unlinked: string[] = [];
  const fs: StorageFs = {
    ...base,
    openSync(path, flags, mode) {
      const fd = base.openSync(path, flags, mode);
      opened.push(fd);
      return fd;
    },
    closeSync(fd) {
      closed.push(fd);
      base.closeSync(fd);
    },
    unlinkSync(path) {
      unlinked.push(path);
      base.unlinkSync(path);
    },
  };
  return { fs, opened, closed, unlinked };
}

describe('durableWriteFileSync, at the edges', () => {
  it('writes bytes exactly as given, and text as UTF-8', () => {
    const { target } = setup();
    const bytes = Uint8Array.from([0x7b, 0x7d, 0x0a, 0xff]);
    durableWriteFileSync(target, bytes);
    expect(readFileSync(target)).toEqual(Buffer.from(bytes));
    durableWriteFileSync(target, 'Café 🚀');
    expect(readFileSync(target)).toEqual(Buffer.from('Café 🚀', 'utf8'));
  });

  it('makes the file readable by its owner only, unless told otherwise', () => {
    const { target } = setup();
    durableWriteFileSync(target, 'private');
    expect(statSync(target).mode & 0o777).toBe(0o600);
    durableWriteFileSync(target, 'shared', { mode: 0o640 });
    expect(statSync(target).mode & 0o777).toBe(0o640);
  });

  it('closes every descriptor it opened, on success and after each kind of failure', () => {
    for (const faults of [[], [{ step: 'write', code: 'EIO' }], [{ step: 'fsync', code: 'EIO' }], [{ step: 'rename', code: 'EXDEV' }], [{ step: 'dir-fsync', code: 'EIO' }]] as const) {
      const { target } = setup();
      const record = recordingFs(faultyFs([...faults]));
      try {
        durableWriteFileSync(target, 'new', { fs: record.fs, platform: 'linux' });
      } catch {
        // The failure itself is tested elsewhere; here only the descriptors matter.
      }
      expect([...record.closed].sort(), JSON.stringify(faults)).toEqual([...record.opened].sort());
    }
  });

  it('deletes nothing when the temp file could not even be created', () => {
    const { dir, target } = setup();
    const record = recordingFs(faultyFs([{ step: 'open', code: 'EACCES' }]));
    expect(catchStorageError(() => durableWriteFileSync(target, 'new', { fs: record.fs })).code).toBe('EACCES');
    expect(record.unlinked).toEqual([]);
    expect(readdirSync(dir)).toEqual(['plan.json']);
  });

  it('deletes nothing once the rename is done, even when the folder fsync then fails', () => {
    const { dir, target } = setup();
    const record = recordingFs(faultyFs([{ step: 'dir-fsync', code: 'EIO' }]));
    expect(catchStorageError(() => durableWriteFileSync(target, 'new', { fs: record.fs, platform: 'linux' })).step).toBe('dir-fsync');
    expect(record.unlinked).toEqual([]);
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['plan.json']);
  });

  it('removes its temp file, and only that, after a failed write', () => {
    const { dir, target } = setup();
    const record = recordingFs(faultyFs([{ step: 'fsync', code: 'EIO' }]));
    catchStorageError(() => durableWriteFileSync(target, 'new', { fs: record.fs }));
    expect(record.unlinked).toHaveLength(1);
    expect(isTempFileName(record.unlinked[0]!.slice(dir.length + 1), 'plan.json')).toBe(true);
    expect(readdirSync(dir)).toEqual(['plan.json']);
  });

  it.each(['EINVAL', 'ENOTSUP', 'EOPNOTSUPP', 'EISDIR', 'EBADF'])('accepts a file system that cannot open or fsync a folder (%s)', (code) => {
    for (const step of ['dir-open', 'dir-fsync'] as const) {
      const { target } = setup();
      const record = recordingFs(faultyFs([{ step, code }]));
      durableWriteFileSync(target, `new ${step}`, { fs: record.fs, platform: 'linux' });
      expect(readFileSync(target, 'utf8')).toBe(`new ${step}`);
      expect([...record.closed].sort()).toEqual([...record.opened].sort());
    }
  });

  it('reports a real failure to open or fsync the folder as not confirmed', () => {
    for (const step of ['dir-open', 'dir-fsync'] as const) {
      const { target } = setup();
      const error = catchStorageError(() => durableWriteFileSync(target, 'new', { fs: faultyFs([{ step, code: 'EACCES' }]), platform: 'linux' }));
      expect(error).toMatchObject({ code: 'EACCES', step: 'dir-fsync' });
      expect(error.message).toMatch(/did not confirm/);
    }
  });

  it('by default retries a held file a few times with growing waits, under a second in all', () => {
    const { target } = setup();
    const waits: number[] = [];
    const error = catchStorageError(() =>
      durableWriteFileSync(target, 'new', { fs: faultyFs([{ step: 'rename', code: 'EBUSY' }]), platform: 'win32', sleep: (ms) => waits.push(ms) }),
    );
    expect(error.code).toBe('EBUSY');
    expect(waits).toEqual([...DEFAULT_RENAME_RETRY_DELAYS_MS]);
    expect(waits.length).toBeGreaterThanOrEqual(3);
    expect(waits.every((ms, i) => i === 0 || ms > waits[i - 1]!)).toBe(true);
    expect(waits.reduce((a, b) => a + b, 0)).toBeLessThan(1000);
  });
});

describe('isTempFileName', () => {
  it('recognises exactly our temp names, for the given target', () => {
    expect(isTempFileName('plan.json.tmp-4242-0a1b2c3d')).toBe(true);
    expect(isTempFileName('plan.json.tmp-7-0a1b2c3d', 'plan.json')).toBe(true);
    expect(isTempFileName('plan.json.tmp-4242-0a1b2c3d', 'drafts.json')).toBe(false);
    for (const name of [
      'plan.json',
      'plan.json.tmp-4242-0a1b2c3',
      'plan.json.tmp-4242-0a1b2c3g',
      'plan.json.tmp-4242-0A1B2C3D',
      'plan.json.tmp--0a1b2c3d',
      'plan.json.tmp-42x-0a1b2c3d',
      'plan.json.tmp-4242-0a1b2c3d.bak',
      'plan.json.tmp4242-0a1b2c3d',
    ]) {
      expect(isTempFileName(name), name).toBe(false);
    }
  });
});
