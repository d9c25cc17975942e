import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLAN_SCHEMA_VERSION, PlanSchema } from '../../../shared/model';
import { BackupStore } from '../../../main/storage/backups';
import { openDurablePlan, type DurablePlan } from '../../../main/storage/durable-plan';
import { READ_ONLY, type StorageError } from '../../../main/storage/storage-error';
import { folderContents } from '../../support/temp-plan';
import { cleanupTempDirs, faultyFs, planJson, samplePlan, tempDir } from './helpers';

const opened: DurablePlan[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.writer.close();
  cleanupTempDirs();
});

function open(dataDir: string, clock = { t: Date.UTC(2025, 5, 15, 12) }) {
  const errors: StorageError[] = [];
  const storage = openDurablePlan({ dataDir, now: () => new Date(clock.t), onError: (e) => errors.push(e), debounceMs: 5 });
  opened.push(storage);
  return { storage, errors, clock };
}

const fileOf = (dataDir: string) => PlanSchema.parse(JSON.parse(readFileSync(join(dataDir, 'plan.json'), 'utf8')));
const backupsOf = (dataDir: string) => readdirSync(join(dataDir, 'backups')).sort();

describe('openDurablePlan', () => {
  it('starts a new plan in an empty folder, saves changes and backs the first save up', () => {
    const dataDir = join(tempDir(), 'nested', 'userData');
    const { storage, errors } = open(dataDir);
    expect(storage.loaded.source).toBe('new');
    expect(storage.location).toBe(join(dataDir, 'plan.json'));
    storage.writer.schedule(samplePlan(2));
    storage.writer.flush();
    expect(fileOf(dataDir)).toEqual(samplePlan(2));
    expect(storage.backups.list().map((b) => b.counts.milestones)).toEqual([2]);
    expect(errors).toEqual([]);
  });

  it('writes a recovered plan at once, so plan.json is valid again before any change', () => {
    const dataDir = tempDir();
    new BackupStore({ dataDir, now: () => new Date(Date.UTC(2025, 5, 14)) }).snapshotNow(samplePlan(3, 'b'), 'auto');
    writeFileSync(join(dataDir, 'plan.json'), '\u0000\u0000\u0000');
    const { storage } = open(dataDir);
    expect(storage.loaded.source).toBe('backup');
    expect(fileOf(dataDir)).toEqual(samplePlan(3, 'b'));
    expect(readFileSync(storage.loaded.quarantinedTo ?? '', 'utf8')).toBe('\u0000\u0000\u0000');
  });

  it('writes a migrated plan at once, after keeping the original', () => {
    const dataDir = tempDir();
    const v1 = JSON.stringify({ schemaVersion: 1, targetRole: 'PMO lead', milestones: [], createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' });
    writeFileSync(join(dataDir, 'plan.json'), v1);
    open(dataDir);
    expect(fileOf(dataDir).schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(readFileSync(join(dataDir, 'pre-migration-v1.json'), 'utf8')).toBe(v1);
  });

  it('never writes a plan from a newer version, whatever is scheduled or flushed', () => {
    const dataDir = tempDir();
    const future = JSON.stringify({ ...samplePlan(1), schemaVersion: PLAN_SCHEMA_VERSION + 1 });
    writeFileSync(join(dataDir, 'plan.json'), future);
    const { storage, errors } = open(dataDir);
    expect(storage.loaded.readOnly).toBe(true);
    storage.writer.schedule(samplePlan(5));
    storage.writer.close();
    expect(readFileSync(join(dataDir, 'plan.json'), 'utf8')).toBe(future);
    expect(errors.map((e) => e.code)).toEqual([READ_ONLY]);
    expect(errors[0]?.message).toMatch(/newer version/);
  });

  it('keeps the state the last session ended with, then throttles automatic backups', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'plan.json'), planJson(samplePlan(2, 'last session')));
    const { storage, clock } = open(dataDir);
    expect(backupsOf(dataDir)).toEqual(['plan-20250615T120000000Z-session-start.json']);
    storage.writer.schedule(samplePlan(3));
    storage.writer.flush();
    expect(backupsOf(dataDir)).toHaveLength(1); // within 5 minutes of the last one
    clock.t += 5 * 60_000;
    storage.writer.schedule(samplePlan(4));
    storage.writer.flush();
    expect(storage.backups.list().map((b) => b.counts.milestones)).toEqual([4, 2]);
  });

  it('backs up the plan on disk at every start unless the newest backup already holds it, even minutes apart', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'plan.json'), planJson(samplePlan(2)));
    const first = open(dataDir);
    first.storage.writer.schedule(samplePlan(3));
    first.storage.writer.close();
    expect(backupsOf(dataDir)).toHaveLength(1); // the 3-milestone save was throttled

    // A restart a moment later: the 3-milestone plan on disk is backed up despite the throttle.
    open(dataDir).storage.writer.close();
    const afterRestart = backupsOf(dataDir);
    expect(afterRestart).toHaveLength(2);

    // Another restart with nothing changed adds no copy.
    open(dataDir).storage.writer.close();
    expect(backupsOf(dataDir)).toEqual(afterRestart);
  });

  it('snapshots before a restore or an import regardless of the throttle, so either can be undone', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'plan.json'), planJson(samplePlan(2)));
    const { storage } = open(dataDir);
    const before = storage.snapshotBefore('restore', samplePlan(2));
    expect(before.reason).toBe('before-restore');
    const undo = storage.backups.read(before.id);
    expect(undo.kind === 'ok' && undo.plan).toEqual(samplePlan(2));
    expect(storage.snapshotBefore('import', samplePlan(2)).reason).toBe('before-import');
  });
});

describe('openDurablePlan: plan.json as a symbolic link', () => {
  it('saves through the link to its target (temp file beside the target); the link stays a link', () => {
    const dataDir = tempDir();
    const syncDir = tempDir();
    const target = join(syncDir, 'plan.json');
    writeFileSync(target, planJson(samplePlan(1, 'synced')));
    symlinkSync(target, join(dataDir, 'plan.json'));
    const { storage, errors } = open(dataDir);
    storage.writer.schedule(samplePlan(3, 'edited'));
    expect(storage.writer.flush()).toBe(true);
    expect(lstatSync(join(dataDir, 'plan.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dataDir, 'plan.json'))).toBe(target);
    expect(PlanSchema.parse(JSON.parse(readFileSync(target, 'utf8')))).toEqual(samplePlan(3, 'edited'));
    expect(readdirSync(syncDir)).toEqual(['plan.json']); // the temp file was renamed away, beside the target
    expect(errors).toEqual([]);
  });

  it('a dangling link is never written over, even with a backup to recover', () => {
    const dataDir = tempDir();
    new BackupStore({ dataDir, now: () => new Date(Date.UTC(2025, 5, 14)) }).snapshotNow(samplePlan(3, 'b'), 'auto');
    const target = join(tempDir(), 'unmounted', 'plan.json');
    symlinkSync(target, join(dataDir, 'plan.json'));
    const { storage, errors } = open(dataDir);
    expect(storage.loaded).toMatchObject({ readOnly: true, source: 'backup' });
    storage.writer.schedule(samplePlan(5));
    storage.writer.close();
    expect(readlinkSync(join(dataDir, 'plan.json'))).toBe(target);
    expect(existsSync(target)).toBe(false);
    expect(errors.map((e) => e.code)).toEqual([READ_ONLY]);
    expect(errors[0]?.message).toContain(`is a link to ${target}, which is not there`);
  });
});

describe('openDurablePlan: a folder that cannot be written', () => {
  it('opens read-only with the reason, touches nothing, and refuses every save with it', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'plan.json'), '{"damaged');
    const before = folderContents(dataDir);
    const errors: StorageError[] = [];
    const reason = 'The disk holding PMO Pathway\u2019s data folder is full, so your plan is open read-only.';
    const storage = openDurablePlan({ dataDir, onError: (e) => errors.push(e), unwritableReason: reason });
    opened.push(storage);
    expect(storage.loaded).toMatchObject({ readOnly: true, notices: [{ level: 'error', message: reason }, expect.anything()] });
    storage.writer.schedule(samplePlan(1));
    storage.writer.flush();
    expect(errors.map((e) => [e.code, e.message])).toEqual([[READ_ONLY, reason]]);
    expect(folderContents(dataDir)).toEqual(before);
  });
});

describe('openDurablePlan: opening the newest backup instead of a newer version’s plan', () => {
  function newerWithBackup() {
    const dataDir = tempDir();
    new BackupStore({ dataDir, now: () => new Date(Date.UTC(2025, 5, 14, 8)) }).snapshotNow(samplePlan(3, 'backup'), 'auto');
    const future = JSON.stringify({ ...samplePlan(1, 'future'), schemaVersion: PLAN_SCHEMA_VERSION + 1, newField: true });
    writeFileSync(join(dataDir, 'plan.json'), future);
    return { dataDir, future, inode: statSync(join(dataDir, 'plan.json')).ino };
  }

  it('moves the newer file, unchanged and by one rename, into quarantine, and lets the writer write', () => {
    const { dataDir, future, inode } = newerWithBackup();
    const { storage, errors } = open(dataDir);
    const outcome = storage.openNewestBackupInstead();
    const movedTo = join(dataDir, 'quarantine', `plan-newer-version-v${PLAN_SCHEMA_VERSION + 1}-20250615T120000000Z.json`);
    expect(outcome).toEqual({
      kind: 'opened',
      plan: samplePlan(3, 'backup'),
      backup: expect.objectContaining({ createdAt: '2025-06-14T08:00:00.000Z' }),
      movedTo,
      message: `PMO Pathway opened your most recent backup, from 2025-06-14 08:00 UTC. The plan saved by the newer version was moved, unchanged, to ${movedTo}; a newer version of PMO Pathway can still open it from there.`,
    });
    expect(readFileSync(movedTo, 'utf8')).toBe(future);
    expect(statSync(movedTo).ino).toBe(inode);
    expect(existsSync(join(dataDir, 'plan.json'))).toBe(false);
    storage.writer.schedule(samplePlan(3, 'backup'));
    expect(storage.writer.flush()).toBe(true);
    expect(fileOf(dataDir)).toEqual(samplePlan(3, 'backup'));
    expect(errors).toEqual([]);
    expect(storage.openNewestBackupInstead().kind).toBe('not-offered'); // once only
  });

  it('without a readable backup, or when the file cannot be moved, nothing changes and the writer stays read-only', () => {
    const dataDir = tempDir();
    const future = JSON.stringify({ ...samplePlan(1), schemaVersion: PLAN_SCHEMA_VERSION + 1 });
    writeFileSync(join(dataDir, 'plan.json'), future);
    const alone = open(dataDir);
    expect(alone.storage.loaded.notices[0]?.action).toBeUndefined(); // nothing to offer
    expect(alone.storage.openNewestBackupInstead().kind).toBe('no-backup');
    alone.storage.writer.close();

    const { dataDir: other, future: otherFuture } = newerWithBackup();
    const errors: StorageError[] = [];
    const storage = openDurablePlan({ dataDir: other, now: () => new Date(Date.UTC(2025, 5, 15, 12)), onError: (e) => errors.push(e), fs: faultyFs([{ step: 'rename', code: 'EXDEV' }]) });
    opened.push(storage);
    expect(storage.openNewestBackupInstead()).toMatchObject({ kind: 'failed', code: 'EXDEV', message: expect.stringContaining('could not be moved aside') });
    storage.writer.schedule(samplePlan(9));
    storage.writer.flush();
    expect(errors.map((e) => e.code)).toEqual([READ_ONLY]);
    expect(readFileSync(join(other, 'plan.json'), 'utf8')).toBe(otherFuture);
    expect(readFileSync(join(dataDir, 'plan.json'), 'utf8')).toBe(future);
  });

  it('is not offered for a plan that is fine', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'plan.json'), planJson(samplePlan(2)));
    expect(open(dataDir).storage.openNewestBackupInstead().kind).toBe('not-offered');
  });
});
