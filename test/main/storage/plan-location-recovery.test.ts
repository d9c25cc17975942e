import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BackupStore } from '../../../main/storage/backups';
import { realFs, type StorageFs } from '../../../main/storage/fs-port';
import { locatePlanFile, realPlanPath } from '../../../main/storage/plan-location';
import { describePassedOver, humanTime, recoverPlan, stamp } from '../../../main/storage/plan-recovery';
import { moveToQuarantine } from '../../../main/storage/quarantine';
import { PLAN_SCHEMA_VERSION } from '../../../shared/model';
import { cleanupTempDirs, errno, planJson, samplePlan, tempDir } from './helpers';

/** Where the plan really is, what loading falls back on, and where a damaged file goes. */

afterEach(cleanupTempDirs);

describe('locatePlanFile', () => {
  it('a regular file, or none yet, is itself', () => {
    const dir = tempDir();
    const path = join(dir, 'plan.json');
    expect(locatePlanFile(realFs, path)).toEqual({ kind: 'file', path });
    writeFileSync(path, '{}');
    expect(locatePlanFile(realFs, path)).toEqual({ kind: 'file', path });
    expect(realPlanPath({ kind: 'file', path })).toBe(path);
  });

  it('a link to a file is followed to its target', () => {
    const dir = tempDir();
    const target = join(dir, 'real.json');
    writeFileSync(target, '{}');
    symlinkSync(target, join(dir, 'plan.json'));
    const location = locatePlanFile(realFs, join(dir, 'plan.json'));
    expect(location).toEqual({ kind: 'link', path: join(dir, 'plan.json'), target });
    expect(realPlanPath(location)).toBe(target);
  });

  it('a link into something that is not a folder leads nowhere', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a-file'), 'x');
    symlinkSync(join(dir, 'a-file', 'plan.json'), join(dir, 'plan.json'));
    expect(locatePlanFile(realFs, join(dir, 'plan.json'))).toEqual({ kind: 'dangling', path: join(dir, 'plan.json'), target: join(dir, 'a-file', 'plan.json') });
  });

  it('a link that cannot be followed says why, by code', () => {
    const dir = tempDir();
    symlinkSync(join(dir, 'real.json'), join(dir, 'plan.json'));
    const refusing = (error: unknown): StorageFs => ({ ...realFs, realpathSync: () => { throw error; } });
    expect(locatePlanFile(refusing(errno('EACCES')), join(dir, 'plan.json'))).toEqual({
      kind: 'broken', path: join(dir, 'plan.json'), target: join(dir, 'real.json'), reason: 'the link could not be followed (EACCES)',
    });
    expect(locatePlanFile(refusing(new Error('odd')), join(dir, 'plan.json'))).toMatchObject({ kind: 'broken', reason: 'the link could not be followed (error)' });
  });

  it('names the link itself when even where it points cannot be read', () => {
    const dir = tempDir();
    symlinkSync(join(dir, 'gone.json'), join(dir, 'plan.json'));
    const fs: StorageFs = { ...realFs, readlinkSync: () => { throw errno('EACCES'); } };
    expect(locatePlanFile(fs, join(dir, 'plan.json'))).toEqual({ kind: 'dangling', path: join(dir, 'plan.json'), target: join(dir, 'plan.json') });
  });
});

describe('recoverPlan: the copies kept before an upgrade', () => {
  const backupsFor = (dataDir: string, fs: StorageFs = realFs) => new BackupStore({ dataDir, fs, sweepTemps: false });

  it('opens the newest readable one, counting stamped copies, and only files of that name', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'pre-migration-v1.json'), planJson(samplePlan(1, 'v1')));
    writeFileSync(join(dataDir, 'pre-migration-v2-20250101T000000000Z.json'), planJson(samplePlan(2, 'v2 stamped')));
    writeFileSync(join(dataDir, 'xpre-migration-v9.json'), planJson(samplePlan(9)));
    writeFileSync(join(dataDir, 'pre-migration-v9.json.bak'), planJson(samplePlan(9)));
    const recovery = recoverPlan({ dataDir, backups: backupsFor(dataDir) }, realFs);
    expect(recovery.found?.label).toBe('the copy of your plan kept before an upgrade (pre-migration-v2-20250101T000000000Z.json)');
    expect(recovery.found?.plan.milestones).toHaveLength(2);
    expect(recovery.passedOver).toEqual([]);
  });

  it('prefers a later version’s copy, with two-digit versions too', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'pre-migration-v1.json'), planJson(samplePlan(1)));
    writeFileSync(join(dataDir, 'pre-migration-v12.json'), planJson(samplePlan(3)));
    expect(recoverPlan({ dataDir, backups: backupsFor(dataDir) }, realFs).found?.label).toBe('the copy of your plan kept before an upgrade (pre-migration-v12.json)');
  });

  it('passes over a damaged, too large or newer copy, saying why, and one that vanished silently', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'pre-migration-v3.json'), JSON.stringify({ ...samplePlan(1), schemaVersion: PLAN_SCHEMA_VERSION + 1 }));
    writeFileSync(join(dataDir, 'pre-migration-v2.json'), planJson(samplePlan(40)));
    writeFileSync(join(dataDir, 'pre-migration-v1.json'), '{');
    const fs: StorageFs = { ...realFs, readdirSync: (dir) => [...realFs.readdirSync(dir), 'pre-migration-v4.json'] };
    const recovery = recoverPlan({ dataDir, backups: backupsFor(dataDir, fs), maxBytes: 2_000 }, fs);
    expect(recovery.found).toBeNull();
    expect(recovery.passedOver).toEqual([
      { name: 'pre-migration-v3.json', reason: `it was made by a newer version of PMO Pathway (plan version ${PLAN_SCHEMA_VERSION + 1})` },
      { name: 'pre-migration-v2.json', reason: 'it is far too large to be a plan, at 0 MB' },
      { name: 'pre-migration-v1.json', reason: 'it is not complete JSON (it may have been cut off)' },
    ]);
  });

  it('finds nothing, without failing, when the folder cannot be listed', () => {
    const fs: StorageFs = { ...realFs, readdirSync: () => { throw errno('EACCES'); } };
    const dataDir = tempDir();
    expect(recoverPlan({ dataDir, backups: backupsFor(dataDir, fs) }, fs)).toEqual({ found: null, passedOver: [] });
  });
});

describe('the words for what was passed over', () => {
  it('one copy, several copies, or none', () => {
    expect(describePassedOver([])).toBe('');
    expect(describePassedOver([{ name: 'backups/a.json', reason: 'it is empty (0 bytes)' }])).toBe('a backup copy of your plan could not be read (backups/a.json: it is empty (0 bytes))');
    expect(describePassedOver([{ name: 'backups/b.json', reason: 'why b' }, { name: 'backups/a.json', reason: 'why a' }])).toBe(
      '2 backup copies of your plan could not be read (the newest, backups/b.json: why b)',
    );
  });

  it('stamps and times are written the same everywhere', () => {
    expect(stamp(new Date(Date.UTC(2024, 4, 1, 10, 20, 30, 123)))).toBe('20240501T102030123Z');
    expect(humanTime('2024-05-01T10:20:30.123Z')).toBe('2024-05-01 10:20 UTC');
  });
});

describe('moveToQuarantine', () => {
  it('never reuses a name: the second and third file of one moment are numbered 2 and 3', () => {
    const dataDir = tempDir();
    const at = new Date(Date.UTC(2025, 5, 15, 12));
    const moved = [1, 2, 3].map((n) => {
      const path = join(dataDir, `damaged-${n}.json`);
      writeFileSync(path, `copy ${n}`);
      return moveToQuarantine(realFs, dataDir, path, 'plan', at);
    });
    expect(moved).toEqual([
      join(dataDir, 'quarantine', 'plan-20250615T120000000Z.json'),
      join(dataDir, 'quarantine', 'plan-20250615T120000000Z-2.json'),
      join(dataDir, 'quarantine', 'plan-20250615T120000000Z-3.json'),
    ]);
  });

  it('creates the quarantine folder when it is not there', () => {
    const dataDir = join(tempDir(), 'nested');
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, 'plan.json'), 'x');
    expect(moveToQuarantine(realFs, dataDir, join(dataDir, 'plan.json'), 'plan', new Date(0))).toBe(join(dataDir, 'quarantine', 'plan-19700101T000000000Z.json'));
  });
});
