import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLAN_SCHEMA_VERSION } from '../../../shared/model';
import { BackupStore } from '../../../main/storage/backups';
import { realFs, type StorageFs } from '../../../main/storage/fs-port';
import { loadPlanFile, type LoadedPlan } from '../../../main/storage/plan-file';
import { folderContents } from '../../support/temp-plan';
import { cleanupTempDirs, planJson, samplePlan, tempDir } from './helpers';

/**
 * loadPlanFile where a person would otherwise lose trust: copies that exist but cannot be read (never a
 * silent empty start), plan.json as a symbolic link, a folder that cannot be written, and files saved
 * by other tools (UTF-16, absurd nesting).
 */

afterEach(cleanupTempDirs);

const NOW = new Date(Date.UTC(2025, 5, 15, 12, 0, 0, 0));
const BACKUP_AT = new Date(Date.UTC(2025, 5, 14, 8));

function load(dataDir: string, extra: { fs?: StorageFs; unwritableReason?: string } = {}): LoadedPlan {
  const fs = extra.fs ?? realFs;
  const backups = new BackupStore({ dataDir, fs, now: () => NOW, sweepTemps: !extra.unwritableReason });
  return loadPlanFile({ dataDir, backups, fs, now: () => NOW, unwritableReason: extra.unwritableReason });
}

function validBackup(dataDir: string, at = BACKUP_AT): string {
  return new BackupStore({ dataDir, now: () => at }).snapshotNow(samplePlan(4, 'backup'), 'auto').id;
}

function backupFile(dataDir: string, name: string, content: string): string {
  mkdirSync(join(dataDir, 'backups'), { recursive: true });
  const file = join(dataDir, 'backups', name);
  writeFileSync(file, content);
  return file;
}

describe('never a silent empty start', () => {
  it('no plan.json and only a damaged backup: an empty plan, and a notice that says what could not be read and where it is kept', () => {
    const dataDir = tempDir();
    const damaged = backupFile(dataDir, 'plan-20250614T080000000Z-auto.json', '{"schemaVersion": 3, "prof');
    const loaded = load(dataDir);
    expect(loaded).toMatchObject({ source: 'new', readOnly: false, needsSave: false });
    expect(loaded.plan.milestones).toEqual([]);
    expect(loaded.notices).toEqual([{
      level: 'error',
      message: `No plan file was found at ${join(dataDir, 'plan.json')}, and a backup copy of your plan could not be read (${join('backups', 'plan-20250614T080000000Z-auto.json')}: it is not complete JSON (it may have been cut off)), so PMO Pathway started a new, empty plan. Nothing was deleted: the Backups screen lists the backups that can be restored, and every file is kept in ${join(dataDir, 'backups')} and ${join(dataDir, 'quarantine')}.`,
    }]);
    expect(readFileSync(damaged, 'utf8')).toBe('{"schemaVersion": 3, "prof'); // left as it was
  });

  it('no plan.json and only a backup from a newer version: says so', () => {
    const dataDir = tempDir();
    backupFile(dataDir, 'plan-20250614T080000000Z-auto.json', JSON.stringify({ ...samplePlan(1), schemaVersion: PLAN_SCHEMA_VERSION + 1 }));
    backupFile(dataDir, 'plan-20250613T080000000Z-auto.json', '');
    const [notice] = load(dataDir).notices;
    expect(notice?.level).toBe('error');
    expect(notice?.message).toContain(`2 backup copies of your plan could not be read (the newest, ${join('backups', 'plan-20250614T080000000Z-auto.json')}: it was made by a newer version of PMO Pathway (plan version ${PLAN_SCHEMA_VERSION + 1}))`);
  });

  it('a damaged copy kept before an upgrade counts too', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'pre-migration-v1.json'), 'not json');
    expect(load(dataDir).notices[0]?.message).toMatch(/a backup copy of your plan could not be read \(pre-migration-v1\.json: it is not complete JSON/);
  });

  it('an older valid backup opened past a damaged newer one: both are said', () => {
    const dataDir = tempDir();
    validBackup(dataDir);
    backupFile(dataDir, 'plan-20250615T000000000Z-auto.json', '{"sch');
    const loaded = load(dataDir);
    expect(loaded.plan).toEqual(samplePlan(4, 'backup'));
    expect(loaded.notices[0]?.message).toMatch(/^Your plan file was missing, so PMO Pathway opened your most recent backup, from 2025-06-14 08:00 UTC\. Also, a backup copy of your plan could not be read \(.*plan-20250615T000000000Z-auto\.json: it is not complete JSON/);
  });

  it('a damaged plan.json and only damaged backups: the empty start names both', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'plan.json'), '{"trunc');
    backupFile(dataDir, 'plan-20250614T080000000Z-auto.json', '');
    const message = load(dataDir).notices[0]?.message ?? '';
    expect(message).toMatch(/^Your plan file was damaged .* no backup could be opened, so PMO Pathway started a new, empty plan\. The damaged file was kept at .*quarantine.* Also, a backup copy of your plan could not be read \(.*: it is empty \(0 bytes\)\)\. Nothing was deleted/);
  });

  it('a first start with nothing at all is still quiet', () => {
    expect(load(tempDir()).notices).toEqual([]);
  });
});

describe('plan.json as a symbolic link', () => {
  it('to a file elsewhere: read from the target, and saves go to the target', () => {
    const dataDir = tempDir();
    const target = join(tempDir(), 'synced plan.json');
    writeFileSync(target, planJson(samplePlan(3, 'synced')));
    symlinkSync(target, join(dataDir, 'plan.json'));
    const loaded = load(dataDir);
    expect(loaded).toMatchObject({ source: 'file', readOnly: false, writePath: target });
    expect(loaded.plan).toEqual(samplePlan(3, 'synced'));
  });

  it('whose target is missing (a drive not mounted): opened read-only with a notice naming the target; nothing written or moved', () => {
    const dataDir = tempDir();
    validBackup(dataDir);
    const target = join(tempDir(), 'not mounted', 'plan.json');
    symlinkSync(target, join(dataDir, 'plan.json'));
    const before = folderContentsWithLinks(dataDir);
    const loaded = load(dataDir);
    expect(loaded).toMatchObject({ source: 'backup', readOnly: true, needsSave: false, quarantinedTo: null });
    expect(loaded.plan).toEqual(samplePlan(4, 'backup'));
    expect(loaded.notices).toEqual([{
      level: 'error',
      message: `Your plan file ${join(dataDir, 'plan.json')} is a link to ${target}, which is not there (is a drive disconnected, or a sync folder not ready yet?). PMO Pathway opened your most recent backup, from 2025-06-14 08:00 UTC, read-only, so nothing is written over the link. Connect the drive or folder that holds ${target}, then restart PMO Pathway.`,
    }]);
    expect(folderContentsWithLinks(dataDir)).toEqual(before);
  });

  it('a damaged target is moved to quarantine itself (not the link), and the backup opened', () => {
    const dataDir = tempDir();
    validBackup(dataDir);
    const target = join(dataDir, 'elsewhere.json');
    writeFileSync(target, '{"broken');
    const inode = statSync(target).ino;
    symlinkSync(target, join(dataDir, 'plan.json'));
    const loaded = load(dataDir);
    expect(loaded.quarantinedTo).toBe(join(dataDir, 'quarantine', 'plan-20250615T120000000Z.json'));
    expect(statSync(loaded.quarantinedTo as string).ino).toBe(inode);
    expect(lstatSync(join(dataDir, 'plan.json')).isSymbolicLink()).toBe(true); // the link stays, to be written through
    expect(loaded).toMatchObject({ source: 'backup', needsSave: true, writePath: target });
  });

  it('a link that leads round in a circle opens read-only and is left alone', () => {
    const dataDir = tempDir();
    symlinkSync(join(dataDir, 'b.json'), join(dataDir, 'plan.json'));
    symlinkSync(join(dataDir, 'plan.json'), join(dataDir, 'b.json'));
    const loaded = load(dataDir);
    expect(loaded.readOnly).toBe(true);
    expect(loaded.notices[0]?.message).toContain('it is a link that leads round in a circle');
    expect(readlinkSync(join(dataDir, 'plan.json'))).toBe(join(dataDir, 'b.json'));
  });
});

describe('a data folder that cannot be written', () => {
  const REASON = 'PMO Pathway is not allowed to write in its data folder (/x), so your plan is open read-only and nothing you change can be saved.';

  it.each([
    ['a damaged plan.json', (dir: string) => writeFileSync(join(dir, 'plan.json'), '{"broken')],
    ['a plan.json that needs upgrading', (dir: string) => writeFileSync(join(dir, 'plan.json'), JSON.stringify({ schemaVersion: 1, targetRole: 'x', milestones: [], createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' }))],
    ['a missing plan.json', () => undefined],
    ['a newer version plan.json', (dir: string) => writeFileSync(join(dir, 'plan.json'), JSON.stringify({ ...samplePlan(1), schemaVersion: PLAN_SCHEMA_VERSION + 1 }))],
  ])('%s: read-only with the reason first, and not a file touched (no quarantine, no copy, no sweep)', (_label, arrange) => {
    const dataDir = tempDir();
    validBackup(dataDir);
    arrange(dataDir);
    writeFileSync(join(dataDir, 'plan.json.tmp-77-89abcdef'), 'another writer may own this');
    writeFileSync(join(dataDir, 'backups', 'plan-x.json.tmp-77-89abcdef'), 'and this');
    const before = folderContents(dataDir);
    const loaded = load(dataDir, { unwritableReason: REASON });
    expect(loaded.readOnly).toBe(true);
    expect(loaded.needsSave).toBe(false);
    expect(loaded.notices[0]).toEqual({ level: 'error', message: REASON });
    expect(loaded.notices.every((n) => n.action === undefined)).toBe(true); // nothing to offer that would write
    expect(folderContents(dataDir)).toEqual(before);
  });
});

describe('files saved by other tools', () => {
  it('a plan saved as UTF-16 by Notepad opens as is', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'plan.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(planJson(samplePlan(2, 'notepad')), 'utf16le')]));
    expect(load(dataDir)).toMatchObject({ source: 'file', plan: samplePlan(2, 'notepad'), notices: [] });
  });

  it('100,000 nested arrays: quarantined with the real reason', () => {
    const dataDir = tempDir();
    validBackup(dataDir);
    writeFileSync(join(dataDir, 'plan.json'), `{"schemaVersion":${PLAN_SCHEMA_VERSION},"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    const loaded = load(dataDir);
    expect(loaded.notices[0]?.message).toContain('Your plan file was damaged (it nests data more than 100 levels deep, far deeper than any plan)');
    expect(existsSync(join(dataDir, 'quarantine', 'plan-20250615T120000000Z.json'))).toBe(true);
  });
});

/** Like folderContents, but a symbolic link is recorded as where it points (and never followed). */
function folderContentsWithLinks(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const name of readdirSync(join(dir, sub)).sort()) {
      const rel = join(sub, name);
      const stat = lstatSync(join(dir, rel));
      if (stat.isSymbolicLink()) out[rel] = `-> ${readlinkSync(join(dir, rel))}`;
      else if (stat.isDirectory()) walk(rel);
      else out[rel] = readFileSync(join(dir, rel)).toString('base64');
    }
  };
  walk('');
  return out;
}
