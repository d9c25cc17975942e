import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { DataDirLockedError, LOCK_FILE_NAME, type LockFs } from '../../main/bridge/data-dir-lock';
import { startBridge, type StartedBridge } from '../../main/bridge/start-bridge';
import { serializePlan } from '../../main/storage';
import { flushOnExit } from '../../main/storage/exit-flush';
import { createEmptyPlan } from '../../shared/model';
import { PLAN_FILE_NAME, fixedClock, folderContents, makeTempDir, manualTimers, putMilestone, recordingPlatform, removeTempDirs, switchableFs } from '../support/temp-plan';

/**
 * What `npm run web` does before it listens (startBridge, which serve.ts calls): a folder it cannot
 * write starts it read-only with the app's plain message instead of stopping it, and on a signal it
 * says what really happened to the plan. Failures are injected through the lock's fs port: tests run
 * as root in CI, where a read-only chmod does not stop writes.
 */

const started: StartedBridge[] = [];
afterEach(() => {
  for (const bridge of started.splice(0)) bridge.releaseLock();
  removeTempDirs();
});

/** The real file system, except that creating any file throws `code` (a read-only folder, a full disk). */
function cannotCreate(code: string): LockFs {
  const refuse = () => {
    throw Object.assign(new Error(`${code}: injected`), { code });
  };
  return { ...fs, openSync: refuse, linkSync: refuse } as unknown as LockFs;
}

function start(dataDir: string, extra: Partial<Parameters<typeof startBridge>[0]> = {}): StartedBridge {
  const bridge = startBridge({
    dataDir,
    port: 0,
    rendererDir: path.join(dataDir, 'no-renderer'),
    version: '1.0.0-test',
    clock: fixedClock,
    platform: recordingPlatform(),
    storage: { timers: manualTimers() },
    ...extra,
  });
  started.push(bridge);
  return bridge;
}

function dataDirWithPlan(): string {
  const dir = makeTempDir('pmo-bridge-start-');
  fs.writeFileSync(path.join(dir, PLAN_FILE_NAME), serializePlan(createEmptyPlan('2025-01-01T00:00:00.000Z')));
  fs.writeFileSync(path.join(dir, 'plan.json.tmp-77-89abcdef'), 'a temp file: must not be swept when nothing may be written');
  return dir;
}

describe('startBridge: a data folder it cannot write', () => {
  it.each([
    ['EACCES', `PMO Pathway is not allowed to write in its data folder`],
    ['EROFS', `is read-only, so your plan is open read-only`],
    ['ENOSPC', `is full, so your plan is open read-only`],
  ])('%s on the lock: starts anyway, the plan read-only with the plain reason, and the folder untouched', (code, words) => {
    const dir = dataDirWithPlan();
    const before = folderContents(dir);

    const bridge = start(dir, { lockFs: cannotCreate(code) });

    expect(bridge.unwritableReason).toContain(words);
    expect(bridge.unwritableReason).toContain(dir);
    const snapshot = bridge.services.plan.snapshot();
    expect(snapshot.readOnly).toBe(true);
    expect(snapshot.notices[0]).toEqual({ level: 'error', message: bridge.unwritableReason });
    expect(() => bridge.services.plan.apply(putMilestone('m1', 'x'))).toThrow(expect.objectContaining({ code: 'read-only' }));
    expect(bridge.services.plan.flush()).toBe(true);
    expect(folderContents(dir)).toEqual(before); // no lock, no temp file, no backup, nothing swept
    expect(bridge.stopMessage('SIGTERM', true)).toBe('Received SIGTERM. The plan was open read-only, so there was nothing to save. Stopping.');
  });

  it('a folder it can write: takes the lock (holding its pid), and a second server on it is refused', async () => {
    const dir = dataDirWithPlan();
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      const first = start(dir, { pid: sleeper.pid });
      expect(first.unwritableReason).toBeNull();
      expect(first.services.plan.snapshot().readOnly).toBe(false);
      expect(fs.readFileSync(path.join(dir, LOCK_FILE_NAME), 'utf8')).toBe(String(sleeper.pid));
      expect(() => start(dir)).toThrow(DataDirLockedError);
      first.releaseLock();
      expect(fs.existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);
    } finally {
      sleeper.kill('SIGKILL');
    }
  });
});

describe('startBridge: what it says when told to stop', () => {
  /** A stand-in for `process`: signals are emitted by the test, exit is recorded. */
  function fakeProcess() {
    const emitter = new EventEmitter();
    return Object.assign(emitter, { exit: vi.fn() });
  }

  it('everything saved: says so', () => {
    const bridge = start(dataDirWithPlan());
    const proc = fakeProcess();
    const said: string[] = [];
    flushOnExit({ flush: () => bridge.services.plan.flush() }, { process: proc, onSignal: (signal, saved) => said.push(bridge.stopMessage(signal, saved)) });
    bridge.services.plan.apply(putMilestone('m1', 'Saved on the way out'));
    proc.emit('SIGTERM', 'SIGTERM');
    expect(said).toEqual(['Received SIGTERM. Every change is saved. Stopping.']);
  });

  it('the last save failed (disk full): says the changes were not saved, and why — never "saved"', () => {
    const disk = switchableFs();
    const bridge = start(dataDirWithPlan(), { storage: { timers: manualTimers(), fs: disk.fs } });
    const proc = fakeProcess();
    const said: { line: string; saved: boolean }[] = [];
    flushOnExit({ flush: () => bridge.services.plan.flush() }, { process: proc, onSignal: (signal, saved) => said.push({ line: bridge.stopMessage(signal, saved), saved }) });
    disk.fail('write', 'ENOSPC', (p) => path.basename(p).startsWith(`${PLAN_FILE_NAME}.tmp-`));
    bridge.services.plan.apply(putMilestone('m1', 'Typed while the disk was full'));

    proc.emit('SIGTERM', 'SIGTERM');

    expect(said).toEqual([{
      saved: false,
      line: 'Received SIGTERM. Your latest changes could not be saved: The disk is full, so your latest change could not be saved. Free some space; nothing already saved was lost. Stopping now, so those changes are lost.',
    }]);
    disk.heal();
  });
});
