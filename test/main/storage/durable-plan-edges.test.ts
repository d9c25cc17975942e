import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLAN_SCHEMA_VERSION, type Plan } from '../../../shared/model';
import { BackupStore } from '../../../main/storage/backups';
import { openDurablePlan, type DurablePlan, type DurablePlanOptions } from '../../../main/storage/durable-plan';
import { realFs, type StorageFs } from '../../../main/storage/fs-port';
import { READ_ONLY, type StorageError } from '../../../main/storage/storage-error';
import { cleanupTempDirs, errno, planJson, samplePlan, tempDir } from './helpers';

/** What openDurablePlan reports, in words, when the folder, a backup or a set-aside fails; and what it leaves alone. */

const opened: DurablePlan[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.writer.close();
  cleanupTempDirs();
});

const NOW = new Date(Date.UTC(2025, 5, 15, 12));

function open(dataDir: string, extra: Partial<DurablePlanOptions> = {}) {
  const errors: StorageError[] = [];
  const saved: Plan[] = [];
  const storage = openDurablePlan({ dataDir, now: () => NOW, onError: (e) => errors.push(e), onSaved: (p) => saved.push(p), debounceMs: 5, ...extra });
  opened.push(storage);
  return { storage, errors, saved };
}

describe('openDurablePlan, at the edges', () => {
  it('says it could not create the data folder, and carries on', () => {
    const dataDir = join(tempDir(), 'userData');
    const fs: StorageFs = { ...realFs, mkdirSync: () => { throw errno('EACCES'); } };
    const { errors, storage } = open(dataDir, { fs });
    expect(errors[0]).toMatchObject({ code: 'EACCES', step: 'mkdir', path: dataDir, message: `PMO Pathway could not create its data folder at ${dataDir}.` });
    expect(storage.loaded.source).toBe('new');
  });

  it('names a folder failure without an errno code EUNKNOWN', () => {
    const fs: StorageFs = { ...realFs, mkdirSync: () => { throw new Error('odd'); } };
    expect(open(join(tempDir(), 'x'), { fs }).errors[0]?.code).toBe('EUNKNOWN');
  });

  it('tells whoever listens about each acknowledged save, with the plan saved', () => {
    const { storage, saved } = open(tempDir());
    storage.writer.schedule(samplePlan(2, 'saved'));
    expect(storage.writer.flush()).toBe(true);
    expect(saved).toEqual([samplePlan(2, 'saved')]);
  });

  it('reports a backup that failed after a save as saved-but-not-backed-up, and keeps the save', () => {
    const dataDir = tempDir();
    const fs: StorageFs = {
      ...realFs,
      openSync: (path, flags, mode) => {
        if (path.startsWith(join(dataDir, 'backups'))) throw errno('ENOSPC');
        return realFs.openSync(path, flags, mode);
      },
    };
    const { storage, errors } = open(dataDir, { fs });
    storage.writer.schedule(samplePlan(2));
    expect(storage.writer.flush()).toBe(true);
    expect(errors.map((e) => [e.code, e.step, e.message])).toEqual([
      ['ENOSPC', 'write', 'Your change was saved, but a backup copy could not be made (ENOSPC). PMO Pathway will try again later.'],
    ]);
  });

  it('refuses saves of a read-only plan with the first thing it told the person', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'plan.json'), JSON.stringify({ ...samplePlan(1), schemaVersion: PLAN_SCHEMA_VERSION + 1 }));
    const { storage, errors } = open(dataDir);
    storage.writer.schedule(samplePlan(1));
    storage.writer.flush();
    expect(errors.map((e) => [e.code, e.message])).toEqual([[READ_ONLY, storage.loaded.notices[0]!.message]]);
  });

  it('in a folder that cannot be written: creates nothing, sweeps nothing and takes no start-up backup', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'plan.json'), planJson(samplePlan(2)));
    mkdirSync(join(dataDir, 'backups'));
    writeFileSync(join(dataDir, 'backups', 'plan-20250101T000000000Z-auto.json.tmp-1-0a1b2c3d'), 'left by a crash');
    const made: string[] = [];
    const fs: StorageFs = { ...realFs, mkdirSync: (path, options) => { made.push(path); return realFs.mkdirSync(path, options); } };
    const { storage } = open(dataDir, { fs, unwritableReason: 'The disk is read-only.' });
    expect(storage.loaded).toMatchObject({ source: 'file', readOnly: true });
    expect(made).toEqual([]);
    expect(readdirSync(join(dataDir, 'backups'))).toEqual(['plan-20250101T000000000Z-auto.json.tmp-1-0a1b2c3d']);
  });

  it('in a writable folder: sweeps a crash’s temp files from the backups folder', () => {
    const dataDir = tempDir();
    mkdirSync(join(dataDir, 'backups'));
    writeFileSync(join(dataDir, 'backups', 'plan-20250101T000000000Z-auto.json.tmp-1-0a1b2c3d'), 'left by a crash');
    open(dataDir);
    expect(existsSync(join(dataDir, 'backups', 'plan-20250101T000000000Z-auto.json.tmp-1-0a1b2c3d'))).toBe(false);
  });
});

describe('openNewestBackupInstead, in words', () => {
  it('says there is nothing to set aside for a plan that is fine', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'plan.json'), planJson(samplePlan(1)));
    expect(open(dataDir).storage.openNewestBackupInstead()).toEqual({
      kind: 'not-offered',
      message: 'There is no plan from a newer version to set aside, so nothing was changed.',
    });
  });

  it('says there is no backup to open, leaving the plan read-only', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'plan.json'), JSON.stringify({ ...samplePlan(1), schemaVersion: PLAN_SCHEMA_VERSION + 1 }));
    expect(open(dataDir).storage.openNewestBackupInstead()).toEqual({
      kind: 'no-backup',
      message: 'No backup can be opened, so your plan was left as it is, read-only.',
    });
  });

  it('says why the newer file could not be moved, naming an unknown failure EUNKNOWN', () => {
    const dataDir = tempDir();
    new BackupStore({ dataDir, now: () => new Date(Date.UTC(2025, 5, 14)) }).snapshotNow(samplePlan(3), 'auto');
    writeFileSync(join(dataDir, 'plan.json'), JSON.stringify({ ...samplePlan(1), schemaVersion: PLAN_SCHEMA_VERSION + 1 }));
    const fs: StorageFs = {
      ...realFs,
      renameSync: (from, to) => {
        if (from === join(dataDir, 'plan.json')) throw new Error('odd');
        realFs.renameSync(from, to);
      },
    };
    expect(open(dataDir, { fs }).storage.openNewestBackupInstead()).toEqual({
      kind: 'failed',
      code: 'EUNKNOWN',
      message: 'The plan from the newer version could not be moved aside (the file system reported EUNKNOWN), so nothing was changed.',
    });
  });

  it('uses the real clock for the set-aside name when none is given', () => {
    const dataDir = tempDir();
    new BackupStore({ dataDir, now: () => new Date(Date.UTC(2025, 5, 14)) }).snapshotNow(samplePlan(3), 'auto');
    writeFileSync(join(dataDir, 'plan.json'), JSON.stringify({ ...samplePlan(1), schemaVersion: PLAN_SCHEMA_VERSION + 1 }));
    const errors: StorageError[] = [];
    const storage = openDurablePlan({ dataDir, onError: (e) => errors.push(e), debounceMs: 5 });
    opened.push(storage);
    const year = new Date().getUTCFullYear();
    const outcome = storage.openNewestBackupInstead();
    expect(outcome.kind).toBe('opened');
    expect(outcome.kind === 'opened' && outcome.movedTo).toMatch(new RegExp(`plan-newer-version-v${PLAN_SCHEMA_VERSION + 1}-${year}\\d{4}T\\d{9}Z\\.json$`));
  });
});
