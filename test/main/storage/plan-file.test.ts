import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { PLAN_SCHEMA_VERSION } from '../../../shared/model';
import { BackupStore } from '../../../main/storage/backups';
import { realFs, type StorageFs } from '../../../main/storage/fs-port';
import { loadPlanFile, type LoadedPlan } from '../../../main/storage/plan-file';
import { cleanupTempDirs, errno, faultyFs, planJson, samplePlan, tempDir } from './helpers';

afterEach(cleanupTempDirs);

const NOW = new Date(Date.UTC(2025, 5, 15, 12, 0, 0, 0));
const QUARANTINED = 'plan-20250615T120000000Z.json';

function load(dataDir: string, fs: StorageFs = realFs, maxBytes?: number): LoadedPlan {
  const backups = new BackupStore({ dataDir, fs, now: () => NOW });
  return loadPlanFile({ dataDir, backups, fs, now: () => NOW, maxBytes });
}

/** A data folder holding a valid backup (older) and `planBytes` as plan.json. */
function withBackup(planBytes: string | Buffer): string {
  const dataDir = tempDir();
  new BackupStore({ dataDir, now: () => new Date(Date.UTC(2025, 5, 14, 8)) }).snapshotNow(samplePlan(4, 'backup'), 'auto');
  writeFileSync(join(dataDir, 'plan.json'), planBytes);
  return dataDir;
}

const valid = planJson(samplePlan(6, 'latest'));
const V1 = {
  schemaVersion: 1,
  targetRole: 'PMO analyst',
  milestones: [{ id: 'm1', title: 'Shadow a portfolio review', done: false, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-02T00:00:00.000Z' }],
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-02T00:00:00.000Z',
};

const CORPUS: Record<string, string | Buffer> = {
  'zero bytes': '',
  'NUL-filled (what a crash on some file systems leaves)': Buffer.alloc(4096),
  'only whitespace': '  \n\t\n',
  'truncated JSON': valid.slice(0, Math.floor(valid.length * 0.6)),
  'NUL bytes inside otherwise valid JSON': valid.replace('"profile"', '"prof\u0000ile"'),
  'not UTF-8': Buffer.from([0x7b, 0xff, 0xfe, 0x22, 0x7d]),
  'JSON that is not a plan': '{"hello":"world"}',
  'a JSON array': '[1,2,3]',
  'a plan with a wrong field type': JSON.stringify({ ...samplePlan(1), milestones: 'none' }),
  'a plan with duplicate ids': JSON.stringify({ ...samplePlan(2), milestones: [samplePlan(1).milestones[0], samplePlan(1).milestones[0]] }),
  'schema version 0': JSON.stringify({ ...samplePlan(1), schemaVersion: 0 }),
};

describe('loadPlanFile: a valid file', () => {
  it('loads it as is, with nothing to tell', () => {
    const dataDir = withBackup(valid);
    const loaded = load(dataDir);
    expect(loaded).toMatchObject({ source: 'file', readOnly: false, needsSave: false, notices: [], quarantinedTo: null });
    expect(loaded.plan).toEqual(samplePlan(6, 'latest'));
  });

  it('accepts a byte-order mark a text editor may add', () => {
    const dataDir = withBackup('\ufeff' + valid);
    expect(load(dataDir).source).toBe('file');
  });

  it('removes temp files a crash left beside it', () => {
    const dataDir = withBackup(valid);
    writeFileSync(join(dataDir, 'plan.json.tmp-77-89abcdef'), '{"schemaVer');
    load(dataDir);
    expect(readdirSync(dataDir).sort()).toEqual(['backups', 'plan.json']);
  });
});

describe('loadPlanFile: the corruption corpus', () => {
  for (const [name, bytes] of Object.entries(CORPUS)) {
    it(`${name}: moved to quarantine intact, newest valid backup loaded`, () => {
      const dataDir = withBackup(bytes);
      const inode = statSync(join(dataDir, 'plan.json')).ino;
      const loaded = load(dataDir);

      const moved = join(dataDir, 'quarantine', QUARANTINED);
      expect(loaded.quarantinedTo).toBe(moved);
      expect(existsSync(join(dataDir, 'plan.json'))).toBe(false);
      expect(readFileSync(moved)).toEqual(Buffer.from(bytes)); // every byte kept
      expect(statSync(moved).ino).toBe(inode); // moved by rename, not copied
      expect(loaded.plan).toEqual(samplePlan(4, 'backup'));
      expect(loaded).toMatchObject({ source: 'backup', readOnly: false, needsSave: true });
      expect(loaded.notices).toEqual([{ level: 'warning', message: expect.stringContaining(moved) }]);
      expect(loaded.notices[0]?.message).toMatch(/damaged .*backup, from 2025-06-14 08:00 UTC/);
    });
  }

  it('a huge file is quarantined without being read', () => {
    const dataDir = withBackup('');
    truncateSync(join(dataDir, 'plan.json'), 51 * 1024 * 1024); // sparse: costs no disk space
    const reads: string[] = [];
    const spy: StorageFs = { ...realFs, readFileSync: (p) => (reads.push(p), realFs.readFileSync(p)) };
    const loaded = load(dataDir, spy);
    expect(reads).not.toContain(join(dataDir, 'plan.json'));
    expect(loaded.notices[0]?.message).toMatch(/far too large to be a plan, at 51 MB/);
    expect(statSync(join(dataDir, 'quarantine', QUARANTINED)).size).toBe(51 * 1024 * 1024);
    expect(loaded.source).toBe('backup');
  });

  it('a second damaged file never replaces the first in quarantine', () => {
    const dataDir = withBackup('first');
    load(dataDir);
    writeFileSync(join(dataDir, 'plan.json'), 'second');
    const loaded = load(dataDir);
    expect(loaded.quarantinedTo).toBe(join(dataDir, 'quarantine', 'plan-20250615T120000000Z-2.json'));
    expect(readFileSync(join(dataDir, 'quarantine', QUARANTINED), 'utf8')).toBe('first');
  });

  it('skips a damaged newer backup and uses the older valid one', () => {
    const dataDir = withBackup('garbage');
    const damaged = join(dataDir, 'backups', 'plan-20250615T000000000Z-auto.json');
    writeFileSync(damaged, '{"schemaVersion":2,');
    expect(load(dataDir).plan).toEqual(samplePlan(4, 'backup'));
    expect(existsSync(damaged)).toBe(true);
  });

  it('falls back to the copy kept before a migration when no backup validates', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'pre-migration-v1.json'), JSON.stringify(V1));
    writeFileSync(join(dataDir, 'plan.json'), '{"trunc');
    const loaded = load(dataDir);
    expect(loaded.source).toBe('backup');
    expect(loaded.plan.milestones.map((m) => m.title)).toEqual(['Shadow a portfolio review']);
    expect(loaded.notices[0]?.message).toMatch(/copy of your plan kept before an upgrade/);
  });

  it('starts an empty plan only when nothing on disk validates, and says so', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'plan.json'), '{"trunc');
    const loaded = load(dataDir);
    expect(loaded).toMatchObject({ source: 'new', needsSave: true, readOnly: false });
    expect(loaded.plan.milestones).toEqual([]);
    expect(loaded.notices).toEqual([{ level: 'error', message: expect.stringMatching(/no backup could be opened.*kept at .*quarantine/) }]);
    expect(readFileSync(join(dataDir, 'quarantine', QUARANTINED), 'utf8')).toBe('{"trunc');
  });

  it('property: any damage to the file loads the original (if still valid) or the backup, never an empty plan', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 0, max: valid.length - 1 }).map((cut) => (s: string) => s.slice(0, cut)),
          fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([at, byte]) => (s: string) => {
            const b = Buffer.from(s);
            b[at % b.length] = byte;
            return b.toString('latin1');
          }),
          fc.nat().map((at) => (s: string) => s.slice(0, at % s.length) + '\u0000'.repeat(64) + s.slice(at % s.length)),
        ),
        (damage) => {
          const bytes = Buffer.from(damage(valid), 'latin1');
          const dataDir = withBackup(bytes);
          const loaded = load(dataDir);
          if (loaded.source === 'file') return loaded.quarantinedTo === null;
          expect(loaded.plan).toEqual(samplePlan(4, 'backup'));
          expect(readFileSync(join(dataDir, 'quarantine', QUARANTINED))).toEqual(bytes);
          return true;
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('loadPlanFile: files it must not touch', () => {
  it('a file from a newer schema version opens read-only, its contents shown where possible', () => {
    const future = JSON.stringify({ ...samplePlan(2, 'future'), schemaVersion: PLAN_SCHEMA_VERSION + 1, newField: [1, 2] });
    const dataDir = withBackup(future);
    const loaded = load(dataDir);
    expect(loaded).toMatchObject({ source: 'newer-version', readOnly: true, needsSave: false, quarantinedTo: null });
    expect(loaded.plan.milestones).toHaveLength(2);
    expect(loaded.notices[0]).toEqual({
      level: 'error',
      message: expect.stringMatching(/newer version .*read-only.* Or open your most recent backup, from 2025-06-14 08:00 UTC/),
      action: { id: 'open-newest-backup', label: 'Open my most recent backup' },
    });
    expect(readFileSync(join(dataDir, 'plan.json'), 'utf8')).toBe(future);
  });

  it('a newer file it cannot show still opens read-only (with an empty view), never quarantined', () => {
    const dataDir = withBackup(JSON.stringify({ schemaVersion: 99, everything: 'different' }));
    const loaded = load(dataDir);
    expect(loaded).toMatchObject({ readOnly: true, source: 'newer-version' });
    expect(existsSync(join(dataDir, 'quarantine'))).toBe(false);
  });

  it('a file it cannot read (EACCES) is left in place and the backup opens read-only', () => {
    const dataDir = withBackup(valid);
    const denied: StorageFs = { ...realFs, readFileSync: (p) => { if (p.endsWith('plan.json')) throw errno('EACCES'); return realFs.readFileSync(p); } };
    const loaded = load(dataDir, denied);
    expect(loaded).toMatchObject({ readOnly: true, source: 'backup', quarantinedTo: null });
    expect(loaded.notices[0]?.message).toMatch(/not allowed to read it/);
    expect(readFileSync(join(dataDir, 'plan.json'), 'utf8')).toBe(valid);
  });

  it('a damaged file that cannot be moved aside stays put and the plan opens read-only', () => {
    const dataDir = withBackup('{"broken');
    const loaded = load(dataDir, faultyFs([{ step: 'rename', code: 'EACCES' }]));
    expect(loaded).toMatchObject({ readOnly: true, source: 'backup', quarantinedTo: null });
    expect(readFileSync(join(dataDir, 'plan.json'), 'utf8')).toBe('{"broken');
  });
});

describe('loadPlanFile: missing file', () => {
  it('with no backups: a new plan, nothing to tell', () => {
    const loaded = load(tempDir());
    expect(loaded).toMatchObject({ source: 'new', readOnly: false, needsSave: false, notices: [] });
    expect(loaded.plan.createdAt).toBe(NOW.toISOString());
  });

  it('with a backup: never starts empty, opens the backup and says so', () => {
    const dataDir = withBackup('');
    realFs.unlinkSync(join(dataDir, 'plan.json'));
    const loaded = load(dataDir);
    expect(loaded).toMatchObject({ source: 'backup', needsSave: true });
    expect(loaded.plan).toEqual(samplePlan(4, 'backup'));
    expect(loaded.notices[0]?.message).toMatch(/missing/);
  });
});

describe('loadPlanFile: migration', () => {
  it('keeps the original bytes as pre-migration-v1.json, then returns the migrated, valid plan', () => {
    const dataDir = tempDir();
    const original = JSON.stringify(V1, null, 2);
    writeFileSync(join(dataDir, 'plan.json'), original);
    const loaded = load(dataDir);
    expect(loaded).toMatchObject({ source: 'migrated', needsSave: true, readOnly: false });
    expect(loaded.plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(loaded.plan.profile.targetRole).toBe('PMO analyst');
    expect(readFileSync(join(dataDir, 'pre-migration-v1.json'), 'utf8')).toBe(original);
    expect(readFileSync(join(dataDir, 'plan.json'), 'utf8')).toBe(original); // the loader itself writes nothing over it
    expect(loaded.notices[0]).toEqual({ level: 'info', message: expect.stringContaining('pre-migration-v1.json') });
  });

  it('never replaces a different, older pre-migration copy', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'pre-migration-v1.json'), 'an earlier original');
    writeFileSync(join(dataDir, 'plan.json'), JSON.stringify(V1));
    load(dataDir);
    expect(readFileSync(join(dataDir, 'pre-migration-v1.json'), 'utf8')).toBe('an earlier original');
    expect(readFileSync(join(dataDir, 'pre-migration-v1-20250615T120000000Z.json'), 'utf8')).toBe(JSON.stringify(V1));
  });

  it('opens read-only when the pre-migration copy cannot be written (disk full)', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'plan.json'), JSON.stringify(V1));
    const loaded = load(dataDir, faultyFs([{ step: 'write', code: 'ENOSPC' }]));
    expect(loaded).toMatchObject({ readOnly: true, needsSave: false, source: 'migrated' });
    expect(readdirSync(dataDir).sort()).toEqual(['plan.json']);
    expect(readFileSync(join(dataDir, 'plan.json'), 'utf8')).toBe(JSON.stringify(V1));
  });

  it('an invalid v1 file is damaged like any other', () => {
    const dataDir = tempDir();
    mkdirSync(join(dataDir, 'backups'));
    writeFileSync(join(dataDir, 'plan.json'), JSON.stringify({ ...V1, milestones: 'x' }));
    expect(load(dataDir).quarantinedTo).toBe(join(dataDir, 'quarantine', QUARANTINED));
  });
});
