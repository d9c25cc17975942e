import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataDirLockedError, DataDirUnwritableError, LOCK_FILE_NAME, lockDataDir, type LockFs } from '../../main/bridge/data-dir-lock';

describe('one browser bridge per data folder', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pmo-lock-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses a second owner while the first is alive, and frees the folder on release', async () => {
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      const release = lockDataDir(dir, sleeper.pid);
      expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
      expect(() => lockDataDir(dir)).toThrow(`Another PMO Pathway server (process ${sleeper.pid}) is already using ${dir}`);
      release();
      expect(fs.existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);
      lockDataDir(dir)();
    } finally {
      sleeper.kill('SIGKILL');
    }
  });

  it('takes over a lock left by a process that died (kill -9)', async () => {
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => dead.on('exit', resolve));
    fs.writeFileSync(path.join(dir, LOCK_FILE_NAME), String(dead.pid));
    const release = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, LOCK_FILE_NAME), 'utf8')).toBe(String(process.pid));
    release();
  });

  it('release never removes a lock that another process has taken since', () => {
    const release = lockDataDir(dir);
    fs.writeFileSync(path.join(dir, LOCK_FILE_NAME), '12345678');
    release();
    expect(fs.readFileSync(path.join(dir, LOCK_FILE_NAME), 'utf8')).toBe('12345678');
  });
});

describe('a data folder the lock cannot be written in', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pmo-lock-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

  /** The real file system, with `fail` deciding per call whether it throws (tests run as root: chmod would not stop writes). */
  function lockFs(fail: (call: keyof LockFs, file: string) => string | null, writes?: { bytes: number }): LockFs {
    const fdFiles = new Map<number, string>();
    const check = (call: keyof LockFs, file: string) => {
      const code = fail(call, file);
      if (code) throw errno(code);
    };
    return {
      mkdirSync: (file, options) => (check('mkdirSync', file), fs.mkdirSync(file, options)),
      openSync: (file, flags) => {
        check('openSync', file);
        const fd = fs.openSync(file, flags);
        fdFiles.set(fd, file);
        return fd;
      },
      writeSync: (fd, data) => {
        check('writeSync', fdFiles.get(fd) ?? '');
        // A full disk: part of the pid goes in, then the write stops short.
        return writes ? fs.writeSync(fd, data.slice(0, writes.bytes)) : fs.writeSync(fd, data);
      },
      closeSync: (fd) => fs.closeSync(fd),
      linkSync: (from, to) => (check('linkSync', to), fs.linkSync(from, to)),
      readFileSync: (file, encoding) => (check('readFileSync', file), fs.readFileSync(file, encoding)),
      unlinkSync: (file) => (check('unlinkSync', file), fs.unlinkSync(file)),
    };
  }

  it.each([
    ['EACCES', 'PMO Pathway is not allowed to write in its data folder'],
    ['EROFS', 'is read-only'],
    ['ENOSPC', 'is full'],
  ])('%s creating it: DataDirUnwritableError in plain words, and no lock or temp file left', (code, words) => {
    const attempt = () => lockDataDir(dir, process.pid, lockFs((call) => (call === 'openSync' ? code : null)));
    expect(attempt).toThrow(DataDirUnwritableError);
    expect(attempt).toThrow(words);
    expect(attempt).toThrow(`so your plan is open read-only and nothing you change can be saved`);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('a disk that fills up half-way through the pid leaves no empty or partial lock behind', () => {
    expect(() => lockDataDir(dir, 123456, lockFs(() => null, { bytes: 2 }))).toThrow(/is full/);
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(() => lockDataDir(dir, 123456, lockFs((call) => (call === 'writeSync' ? 'ENOSPC' : null)))).toThrow(DataDirUnwritableError);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('the lock appears complete or not at all: it is a link to a finished temp file, which is then removed', () => {
    const release = lockDataDir(dir, 4242, lockFs(() => null));
    expect(fs.readdirSync(dir)).toEqual([LOCK_FILE_NAME]);
    expect(fs.readFileSync(path.join(dir, LOCK_FILE_NAME), 'utf8')).toBe('4242');
    release();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('where hard links are not supported (FAT, exFAT), it creates the lock directly, and removes it again if the write fails', () => {
    const noLinks = (extra: (call: keyof LockFs) => string | null) => lockFs((call) => (call === 'linkSync' ? 'EPERM' : extra(call)));
    const release = lockDataDir(dir, 4242, noLinks(() => null));
    expect(fs.readdirSync(dir)).toEqual([LOCK_FILE_NAME]);
    expect(fs.readFileSync(path.join(dir, LOCK_FILE_NAME), 'utf8')).toBe('4242');
    release();
    let writes = 0;
    expect(() => lockDataDir(dir, 4242, noLinks((call) => (call === 'writeSync' && ++writes === 2 ? 'ENOSPC' : null)))).toThrow(/is full/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('a stale lock it cannot remove (read-only folder) is reported as unwritable, not as locked', () => {
    fs.writeFileSync(path.join(dir, LOCK_FILE_NAME), '');
    expect(() => lockDataDir(dir, process.pid, lockFs((call) => (call === 'unlinkSync' ? 'EROFS' : null)))).toThrow(DataDirUnwritableError);
  });

  it('an empty lock left by an older version is stale and taken over', () => {
    fs.writeFileSync(path.join(dir, LOCK_FILE_NAME), '');
    const release = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, LOCK_FILE_NAME), 'utf8')).toBe(String(process.pid));
    release();
  });
});
