import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataDirLockedError, LOCK_FILE_NAME, lockDataDir } from '../../main/bridge/data-dir-lock';

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
