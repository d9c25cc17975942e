import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLAN_SCHEMA_VERSION } from '../../../shared/model';
import { BackupStore } from '../../../main/storage/backups';
import { realFs, type StorageFs } from '../../../main/storage/fs-port';
import { loadPlanFile, type LoadedPlan } from '../../../main/storage/plan-file';
import { cleanupTempDirs, errno, planJson, samplePlan, tempDir } from './helpers';

/**
 * What loading tells the person, word for word, in each case it can meet, and what it leaves on disk.
 * The notices are the only way a person learns that their plan was not what they expected, so each
 * names what happened, what was opened, and where the files are.
 */

afterEach(cleanupTempDirs);

const NOW = new Date(Date.UTC(2025, 5, 15, 12, 0, 0, 0));
const BACKUP_AT = new Date(Date.UTC(2025, 5, 14, 8, 30));
const BACKUP_LABEL = 'your most recent backup, from 2025-06-14 08:30 UTC';

function load(dataDir: string, extra: { fs?: StorageFs; unwritableReason?: string } = {}): LoadedPlan {
  const fs = extra.fs ?? realFs;
  const backups = new BackupStore({ dataDir, fs, now: () => NOW, sweepTemps: false });
  return loadPlanFile({ dataDir, backups, fs, now: () => NOW, unwritableReason: extra.unwritableReason });
}

/** A data folder with, optionally, plan.json and one valid backup. */
function folder(options: { plan?: string | Buffer; backup?: boolean } = {}): string {
  const dataDir = tempDir();
  if (options.backup) new BackupStore({ dataDir, now: () => BACKUP_AT }).snapshotNow(samplePlan(4, 'backup'), 'auto');
  if (options.plan !== undefined) writeFileSync(join(dataDir, 'plan.json'), options.plan);
  return dataDir;
}

const V1 = JSON.stringify({ schemaVersion: 1, targetRole: 'PMO analyst', milestones: [], createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-02T00:00:00.000Z' });
const whereToLook = (dataDir: string) =>
  `Nothing was deleted: the Backups screen lists the backups that can be restored, and every file is kept in ${join(dataDir, 'backups')} and ${join(dataDir, 'quarantine')}.`;

describe('loading: a plan file that is missing', () => {
  it('opens the backup, to be saved at once, with a warning that says so', () => {
    const dataDir = folder({ backup: true });
    const loaded = load(dataDir);
    expect(loaded).toMatchObject({ source: 'backup', readOnly: false, needsSave: true, quarantinedTo: null });
    expect(loaded.plan.milestones).toHaveLength(4);
    expect(loaded.notices).toEqual([{ level: 'warning', message: `Your plan file was missing, so PMO Pathway opened ${BACKUP_LABEL}.` }]);
  });

  it('with only a damaged backup, says so and where everything is kept', () => {
    const dataDir = folder();
    mkdirSync(join(dataDir, 'backups'));
    const name = 'plan-20250614T083000000Z-auto.json';
    writeFileSync(join(dataDir, 'backups', name), '');
    const loaded = load(dataDir);
    expect(loaded).toMatchObject({ source: 'new', readOnly: false, needsSave: false });
    expect(loaded.notices).toEqual([{
      level: 'error',
      message: `No plan file was found at ${join(dataDir, 'plan.json')}, and a backup copy of your plan could not be read (${join('backups', name)}: it is empty (0 bytes)), so PMO Pathway started a new, empty plan. ${whereToLook(dataDir)}`,
    }]);
  });
});

describe('loading: a plan file that cannot be read', () => {
  const refusing = (dataDir: string): StorageFs => ({
    ...realFs,
    statSync: (path) => {
      if (path === join(dataDir, 'plan.json')) throw errno('EACCES');
      return realFs.statSync(path);
    },
  });

  it('opens the backup read-only and leaves the file alone', () => {
    const dataDir = folder({ plan: planJson(samplePlan(2, 'latest')), backup: true });
    const loaded = load(dataDir, { fs: refusing(dataDir) });
    expect(loaded).toMatchObject({ source: 'backup', readOnly: true, needsSave: false });
    expect(loaded.notices).toEqual([{
      level: 'error',
      message: `PMO Pathway could not read your plan file at ${join(dataDir, 'plan.json')} (PMO Pathway is not allowed to read it). It opened ${BACKUP_LABEL} read-only, so the file is not overwritten. Fix the problem, then restart PMO Pathway.`,
    }]);
  });

  it('with no backup, opens an empty plan read-only and says that', () => {
    const dataDir = folder({ plan: planJson(samplePlan(2, 'latest')) });
    const loaded = load(dataDir, { fs: refusing(dataDir) });
    expect(loaded).toMatchObject({ source: 'new', readOnly: true });
    expect(loaded.plan.milestones).toEqual([]);
    expect(loaded.notices[0]!.message).toBe(
      `PMO Pathway could not read your plan file at ${join(dataDir, 'plan.json')} (PMO Pathway is not allowed to read it). It opened an empty plan read-only, so the file is not overwritten. Fix the problem, then restart PMO Pathway.`,
    );
  });
});

describe('loading: a damaged plan file', () => {
  it('is moved to quarantine and the backup opened, with a warning naming both', () => {
    const dataDir = folder({ plan: '{"cut off', backup: true });
    const loaded = load(dataDir);
    const moved = join(dataDir, 'quarantine', 'plan-20250615T120000000Z.json');
    expect(loaded).toMatchObject({ source: 'backup', readOnly: false, needsSave: true, quarantinedTo: moved });
    expect(loaded.notices).toEqual([{
      level: 'warning',
      message: `Your plan file was damaged (it is not complete JSON (it may have been cut off)). It was moved to ${moved} and PMO Pathway opened ${BACKUP_LABEL}. Changes made after that may be missing.`,
    }]);
    expect(readFileSync(moved, 'utf8')).toBe('{"cut off');
  });

  it('with no backup, starts empty and says where the damaged file was kept', () => {
    const dataDir = folder({ plan: '' });
    const loaded = load(dataDir);
    const moved = join(dataDir, 'quarantine', 'plan-20250615T120000000Z.json');
    expect(loaded).toMatchObject({ source: 'new', needsSave: true, quarantinedTo: moved });
    expect(loaded.notices).toEqual([{
      level: 'error',
      message: `Your plan file was damaged (it is empty (0 bytes)) and no backup could be opened, so PMO Pathway started a new, empty plan. The damaged file was kept at ${moved}.`,
    }]);
  });

  it('that cannot be moved aside stays put, and the backup opens read-only, naming the reason', () => {
    const dataDir = folder({ plan: 'not json', backup: true });
    const fs: StorageFs = {
      ...realFs,
      renameSync: (from, to) => {
        if (from === join(dataDir, 'plan.json')) throw errno('EPERM');
        realFs.renameSync(from, to);
      },
    };
    const loaded = load(dataDir, { fs });
    expect(loaded).toMatchObject({ source: 'backup', readOnly: true, quarantinedTo: null });
    expect(loaded.notices).toEqual([{
      level: 'error',
      message: `Your plan file at ${join(dataDir, 'plan.json')} is damaged (it is not complete JSON (it may have been cut off)) and could not be moved aside (EPERM). PMO Pathway opened ${BACKUP_LABEL} read-only so the damaged file is not overwritten.`,
    }]);
    expect(readFileSync(join(dataDir, 'plan.json'), 'utf8')).toBe('not json');
  });
});

describe('loading: a plan from a newer version', () => {
  const newer = (extra: object = {}) => JSON.stringify({ ...samplePlan(3, 'newer'), schemaVersion: PLAN_SCHEMA_VERSION + 1, ...extra });

  it('shows it read-only, offering the backup when there is one', () => {
    const dataDir = folder({ plan: newer(), backup: true });
    const loaded = load(dataDir);
    expect(loaded).toMatchObject({ source: 'newer-version', readOnly: true, newerVersion: PLAN_SCHEMA_VERSION + 1 });
    expect(loaded.plan.milestones).toHaveLength(3);
    expect(loaded.notices).toEqual([{
      level: 'error',
      message: `Your plan was saved by a newer version of PMO Pathway (plan version ${PLAN_SCHEMA_VERSION + 1}; this version understands up to ${PLAN_SCHEMA_VERSION}). It is open read-only and will not be changed. Update PMO Pathway to edit it. Or open your most recent backup, from 2025-06-14 08:30 UTC, to keep working here: the newer file is then moved, unchanged, to ${join(dataDir, 'quarantine')}.`,
      action: { id: 'open-newest-backup', label: 'Open my most recent backup' },
    }]);
  });

  it('without a backup, offers nothing, and says when it cannot show the contents', () => {
    const dataDir = folder({ plan: newer({ milestones: 'a new shape' }) });
    const loaded = load(dataDir);
    expect(loaded.plan.milestones).toEqual([]);
    expect(loaded.notices).toEqual([{
      level: 'error',
      message: `Your plan was saved by a newer version of PMO Pathway (plan version ${PLAN_SCHEMA_VERSION + 1}; this version understands up to ${PLAN_SCHEMA_VERSION}). It is open read-only and will not be changed. This version cannot show its contents. Update PMO Pathway to edit it.`,
    }]);
  });
});

describe('loading: a plan that needs an upgrade', () => {
  it('keeps the original first and says where', () => {
    const dataDir = folder({ plan: V1 });
    const loaded = load(dataDir);
    const copy = join(dataDir, 'pre-migration-v1.json');
    expect(loaded).toMatchObject({ source: 'migrated', readOnly: false, needsSave: true });
    expect(loaded.notices[0]).toEqual({ level: 'info', message: `Your plan was upgraded from version 1 to ${PLAN_SCHEMA_VERSION}. A copy of the original is kept at ${copy}.` });
    expect(loaded.notices.slice(1).every((n) => n.level === 'info' && n.message !== '')).toBe(true);
    expect(readFileSync(copy, 'utf8')).toBe(V1);
  });

  it('reuses an identical copy, and never replaces a different one', () => {
    const dataDir = folder({ plan: V1 });
    writeFileSync(join(dataDir, 'pre-migration-v1.json'), V1);
    expect(load(dataDir).notices[0]!.message).toContain(`kept at ${join(dataDir, 'pre-migration-v1.json')}.`);
    expect(readdirSync(dataDir).filter((n) => n.startsWith('pre-migration'))).toEqual(['pre-migration-v1.json']);

    writeFileSync(join(dataDir, 'pre-migration-v1.json'), 'an older original');
    writeFileSync(join(dataDir, 'plan.json'), V1);
    const stamped = join(dataDir, 'pre-migration-v1-20250615T120000000Z.json');
    expect(load(dataDir).notices[0]!.message).toContain(`kept at ${stamped}.`);
    expect(readFileSync(join(dataDir, 'pre-migration-v1.json'), 'utf8')).toBe('an older original');
    expect(readFileSync(stamped, 'utf8')).toBe(V1);
  });

  it('opens read-only when an existing copy cannot even be read, saying why', () => {
    const dataDir = folder({ plan: V1 });
    const fs: StorageFs = {
      ...realFs,
      readFileSync: (path) => {
        if (path === join(dataDir, 'pre-migration-v1.json')) throw errno('EIO');
        return realFs.readFileSync(path);
      },
    };
    const loaded = load(dataDir, { fs });
    expect(loaded).toMatchObject({ source: 'migrated', readOnly: true, needsSave: false });
    expect(loaded.notices).toEqual([{
      level: 'error',
      message: 'Your plan needs upgrading from version 1, but PMO Pathway could not keep a copy of the original first (EIO). It is open read-only and the file is unchanged.',
    }]);
  });
});

describe('loading a folder that cannot be written', () => {
  const REASON = 'PMO Pathway cannot write in its data folder, so your plan is open read-only.';

  it('opens a good plan read-only with the reason, writing nothing', () => {
    const dataDir = folder({ plan: planJson(samplePlan(2, 'latest')) });
    writeFileSync(join(dataDir, 'plan.json.tmp-1-0a1b2c3d'), 'left by a crash');
    const loaded = load(dataDir, { unwritableReason: REASON });
    expect(loaded).toMatchObject({ source: 'file', readOnly: true, needsSave: false, notices: [{ level: 'error', message: REASON }] });
    expect(existsSync(join(dataDir, 'plan.json.tmp-1-0a1b2c3d'))).toBe(true);
  });

  it('shows an old-version plan upgraded in memory only', () => {
    const dataDir = folder({ plan: V1 });
    const loaded = load(dataDir, { unwritableReason: REASON });
    expect(loaded).toMatchObject({ source: 'migrated', readOnly: true, notices: [{ level: 'error', message: REASON }] });
    expect(existsSync(join(dataDir, 'pre-migration-v1.json'))).toBe(false);
  });

  it('names a newer version', () => {
    const dataDir = folder({ plan: JSON.stringify({ ...samplePlan(1), schemaVersion: PLAN_SCHEMA_VERSION + 1 }) });
    const loaded = load(dataDir, { unwritableReason: REASON });
    expect(loaded).toMatchObject({ source: 'newer-version', readOnly: true, newerVersion: PLAN_SCHEMA_VERSION + 1 });
    expect(loaded.plan.milestones).toHaveLength(1);
    expect(loaded.notices).toEqual([
      { level: 'error', message: REASON },
      { level: 'error', message: `Your plan was saved by a newer version of PMO Pathway (plan version ${PLAN_SCHEMA_VERSION + 1}). Update PMO Pathway to edit it.` },
    ]);
  });

  it('opens the backup for a missing plan, and leaves a damaged one where it is', () => {
    const missing = folder({ backup: true });
    expect(load(missing, { unwritableReason: REASON })).toMatchObject({
      source: 'backup',
      readOnly: true,
      notices: [
        { level: 'error', message: REASON },
        { level: 'warning', message: `No plan file was found at ${join(missing, 'plan.json')}, so PMO Pathway opened ${BACKUP_LABEL}.` },
      ],
    });

    const damaged = folder({ plan: '{' });
    const loaded = load(damaged, { unwritableReason: REASON });
    expect(loaded).toMatchObject({ source: 'new', readOnly: true, quarantinedTo: null });
    expect(loaded.notices[1]).toEqual({
      level: 'error',
      message: `Your plan file at ${join(damaged, 'plan.json')} could not be used (it is not complete JSON (it may have been cut off)); it was left as it is, so PMO Pathway opened an empty plan.`,
    });
    expect(readFileSync(join(damaged, 'plan.json'), 'utf8')).toBe('{');
    expect(existsSync(join(damaged, 'quarantine'))).toBe(false);
  });
});

describe('loading through a plan.json link', () => {
  it('whose target is missing: read-only, naming the target and what to do', () => {
    const dataDir = folder({ backup: true });
    const target = join(tempDir(), 'elsewhere', 'plan.json');
    symlinkSync(target, join(dataDir, 'plan.json'));
    const loaded = load(dataDir);
    expect(loaded).toMatchObject({ source: 'backup', readOnly: true });
    expect(loaded.notices).toEqual([{
      level: 'error',
      message: `Your plan file ${join(dataDir, 'plan.json')} is a link to ${target}, which is not there (is a drive disconnected, or a sync folder not ready yet?). PMO Pathway opened ${BACKUP_LABEL}, read-only, so nothing is written over the link. Connect the drive or folder that holds ${target}, then restart PMO Pathway.`,
    }]);
  });

  it('that leads round in a circle: read-only, asking for the link to be fixed', () => {
    const dataDir = folder();
    const a = join(dataDir, 'plan.json');
    const b = join(dataDir, 'other.json');
    symlinkSync(b, a);
    symlinkSync(a, b);
    const loaded = load(dataDir);
    expect(loaded).toMatchObject({ source: 'new', readOnly: true });
    expect(loaded.notices).toEqual([{
      level: 'error',
      message: `Your plan file ${a} is a link to ${b} that cannot be opened: it is a link that leads round in a circle. PMO Pathway opened an empty plan, read-only, so nothing is written over the link. Fix the link, then restart PMO Pathway.`,
    }]);
  });
});
