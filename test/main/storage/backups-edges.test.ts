import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { backupFileName, BackupStore, parseBackupFileName } from '../../../main/storage/backups';
import { realFs, type StorageFs } from '../../../main/storage/fs-port';
import { INVALID_PLAN } from '../../../main/storage/storage-error';
import { PlanSchema } from '../../../shared/model';
import { cleanupTempDirs, faultyFs, samplePlan, tempDir } from './helpers';

/** The backup store's small rules at their edges: names, reasons, the throttle, the injected file system. */

afterEach(cleanupTempDirs);

const MIN = 60_000;
const T = Date.UTC(2025, 2, 1, 9, 0);

describe('backup names', () => {
  it('read back exactly what backupFileName wrote, and nothing that only looks like it', () => {
    const at = new Date(Date.UTC(2025, 2, 1, 9, 30, 15, 42));
    expect(parseBackupFileName(backupFileName(at, 'before-import'))).toEqual({ at, reason: 'before-import' });
    for (const name of [
      `x${backupFileName(at, 'auto')}`,
      `${backupFileName(at, 'auto')}.bak`,
      'plan-20250301T093015042Z-auto.txt',
      'plan-20251301T093015042Z-auto.json', // month 13
      'plan-20250301T093015042Z-Auto.json',
      'README.txt',
    ]) {
      expect(parseBackupFileName(name), name).toBeNull();
    }
  });
});

describe('backup reasons', () => {
  const store = () => new BackupStore({ dataDir: tempDir(), now: () => new Date(T) });

  it('take lowercase words joined by dashes, up to 32 characters', () => {
    for (const reason of ['auto', 'before-restore', 'a-b-c', 'a'.repeat(32)]) {
      expect(store().snapshotNow(samplePlan(1), reason).reason).toBe(reason);
    }
  });

  it('refuse anything else, naming the reason refused', () => {
    for (const reason of ['Auto', 'Xauto', 'auto!', 'before restore', 'auto-', '-auto', '', 'a'.repeat(33), '../x']) {
      expect(() => store().snapshotNow(samplePlan(1), reason), reason).toThrow(`Not a backup reason: "${reason}"`);
    }
  });
});

describe('snapshots', () => {
  it('refuse a plan that does not validate, saying no backup was taken', () => {
    const invalid = { ...samplePlan(1), milestones: [{ id: 'bad id' }] } as unknown as ReturnType<typeof samplePlan>;
    expect(() => new BackupStore({ dataDir: tempDir() }).snapshotNow(invalid, 'auto')).toThrow(
      expect.objectContaining({ code: INVALID_PLAN, message: 'The plan in memory did not validate, so no backup was taken from it.' }),
    );
  });

  it('use the real clock when none is given', () => {
    const before = Date.now();
    const info = new BackupStore({ dataDir: tempDir() }).snapshotNow(samplePlan(1), 'auto');
    const at = Date.parse(info.createdAt);
    expect(at).toBeGreaterThanOrEqual(before - 1);
    expect(at).toBeLessThanOrEqual(Date.now() + 1);
  });

  it('write through the file system they were given', () => {
    const store = new BackupStore({ dataDir: tempDir(), fs: faultyFs([{ step: 'write', code: 'ENOSPC' }]), now: () => new Date(T) });
    expect(() => store.snapshotNow(samplePlan(1), 'auto')).toThrow(expect.objectContaining({ code: 'ENOSPC' }));
    expect(store.list()).toEqual([]);
  });

  it('are taken automatically at most every five minutes by default', () => {
    const dataDir = tempDir();
    const clock = { t: T };
    const store = new BackupStore({ dataDir, now: () => new Date(clock.t) });
    expect(store.maybeSnapshot(samplePlan(1, 'a'))).not.toBeNull();
    clock.t = T + 5 * MIN - 1;
    expect(store.maybeSnapshot(samplePlan(1, 'b'))).toBeNull();
    clock.t = T + 5 * MIN;
    expect(store.maybeSnapshot(samplePlan(1, 'c'))).not.toBeNull();
  });

  it('keep to the throttle across a restart even when other files sit in the backups folder', () => {
    const dataDir = tempDir();
    new BackupStore({ dataDir, now: () => new Date(T) }).snapshotNow(samplePlan(1, 'a'), 'auto');
    // Sorts after every backup name: a store that counted it as the newest backup would lose the throttle.
    writeFileSync(join(dataDir, 'backups', 'zz-notes.txt'), 'mine');
    const restarted = new BackupStore({ dataDir, now: () => new Date(T + MIN) });
    expect(restarted.maybeSnapshot(samplePlan(1, 'b'))).toBeNull();
    expect(restarted.list()).toHaveLength(1);
  });
});

describe('choosing a backup to fall back on', () => {
  it('says a backup that vanished while being read disappeared, and goes on to the next', () => {
    const dataDir = tempDir();
    const good = new BackupStore({ dataDir, now: () => new Date(T) }).snapshotNow(samplePlan(2, 'good'), 'auto');
    mkdirSync(join(dataDir, 'backups'), { recursive: true });
    const ghost = backupFileName(new Date(T + MIN), 'auto');
    // The folder listing names a newer backup that is gone by the time it is read.
    const fs: StorageFs = { ...realFs, readdirSync: (dir) => [...realFs.readdirSync(dir), ghost] };
    const { found, skipped } = new BackupStore({ dataDir, fs, now: () => new Date(T) }).newestValidAndSkipped();
    expect(found?.info.id).toBe(good.id);
    expect(PlanSchema.parse(found?.plan)).toEqual(samplePlan(2, 'good'));
    expect(skipped).toEqual([{ id: ghost.slice(0, -'.json'.length), reason: 'it disappeared while being read' }]);
  });
});
