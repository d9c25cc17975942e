import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PlanSchema } from '../../../shared/model';
import { backupFileName, BackupStore, parseBackupFileName } from '../../../main/storage/backups';
import { INVALID_PLAN, StorageError } from '../../../main/storage/storage-error';
import { cleanupTempDirs, planJson, samplePlan, tempDir } from './helpers';

afterEach(cleanupTempDirs);

const MIN = 60_000;

function store(dataDir: string, clock: { t: number }, extra: Partial<ConstructorParameters<typeof BackupStore>[0]> = {}) {
  return new BackupStore({ dataDir, now: () => new Date(clock.t), ...extra });
}

describe('BackupStore', () => {
  it('writes a complete, valid plan file named by its UTC time, and lists it with counts', () => {
    const dataDir = tempDir();
    const clock = { t: Date.UTC(2025, 2, 1, 9, 30, 15, 42) };
    const info = store(dataDir, clock).snapshotNow(samplePlan(3, 'a', 2), 'before-import');
    expect(info).toEqual({
      id: 'plan-20250301T093015042Z-before-import',
      createdAt: '2025-03-01T09:30:15.042Z',
      reason: 'before-import',
      counts: { skills: 2, certifications: 0, milestones: 3, achievements: 0, roles: 0, listings: 0, termMappings: 0, questions: 0, stories: 0, practiceSessions: 0 },
    });
    const file = join(dataDir, 'backups', `${info.id}.json`);
    expect(PlanSchema.parse(JSON.parse(readFileSync(file, 'utf8')))).toEqual(samplePlan(3, 'a', 2));
    expect(store(dataDir, clock).list()).toEqual([info]); // a new store reads it back from disk
  });

  it('names sort by time, and two snapshots in one millisecond get distinct, ordered names', () => {
    const dataDir = tempDir();
    const clock = { t: Date.UTC(2025, 2, 1) };
    const backups = store(dataDir, clock);
    const a = backups.snapshotNow(samplePlan(1, 'a'), 'auto');
    const b = backups.snapshotNow(samplePlan(1, 'b'), 'before-restore');
    expect(a.id).not.toBe(b.id);
    expect(backups.list().map((x) => x.id)).toEqual([b.id, a.id]);
    expect(backupFileName(new Date(Date.UTC(2025, 0, 2)), 'auto') > backupFileName(new Date(Date.UTC(2024, 11, 31, 23, 59)), 'auto')).toBe(true);
    expect(parseBackupFileName('plan-20250301T093015042Z-auto.json')?.at.toISOString()).toBe('2025-03-01T09:30:15.042Z');
    expect(parseBackupFileName('notes.json')).toBeNull();
  });

  it('takes automatic snapshots at most once per interval, and only when the plan changed', () => {
    const dataDir = tempDir();
    const clock = { t: Date.UTC(2025, 2, 1, 9) };
    const backups = store(dataDir, clock, { minIntervalMs: 5 * MIN });
    expect(backups.maybeSnapshot(samplePlan(1))).not.toBeNull();
    clock.t += 4 * MIN;
    expect(backups.maybeSnapshot(samplePlan(2))).toBeNull();
    clock.t += 1 * MIN;
    expect(backups.maybeSnapshot(samplePlan(2))?.counts.milestones).toBe(2);
    clock.t += 10 * MIN;
    expect(backups.maybeSnapshot(samplePlan(2))).toBeNull(); // nothing changed since the last one
    clock.t -= 60 * MIN; // the computer's clock was set back an hour
    expect(backups.maybeSnapshot(samplePlan(3))).not.toBeNull();
    expect(backups.list()).toHaveLength(3);
  });

  it('remembers the last snapshot across restarts (the throttle reads the newest name on disk)', () => {
    const dataDir = tempDir();
    const clock = { t: Date.UTC(2025, 2, 1, 9) };
    store(dataDir, clock).snapshotNow(samplePlan(1), 'auto');
    clock.t += 2 * MIN;
    expect(store(dataDir, clock, { minIntervalMs: 5 * MIN }).maybeSnapshot(samplePlan(2))).toBeNull();
    clock.t += 3 * MIN;
    expect(store(dataDir, clock, { minIntervalMs: 5 * MIN }).maybeSnapshot(samplePlan(2))).not.toBeNull();
  });

  it('refuses to back up a plan that does not validate', () => {
    const dataDir = tempDir();
    const bad = { ...samplePlan(1), milestones: [{ id: 'not valid!' }] } as never;
    const backups = store(dataDir, { t: Date.UTC(2025, 2, 1) });
    expect(() => backups.snapshotNow(bad, 'auto')).toThrow(StorageError);
    expect(() => backups.maybeSnapshot(bad)).toThrow(expect.objectContaining({ code: INVALID_PLAN, step: 'validate' }));
    expect(existsSync(join(dataDir, 'backups')) ? readdirSync(join(dataDir, 'backups')) : []).toEqual([]);
  });

  it('retention keeps the last 10 plus the newest of each day for 30 days', () => {
    const dataDir = tempDir();
    const clock = { t: 0 };
    const backups = store(dataDir, clock);
    for (let day = 1; day <= 40; day++) {
      for (const hour of [8, 12, 18]) {
        clock.t = Date.UTC(2025, 0, day, hour);
        backups.snapshotNow(samplePlan(day % 5, `${day}-${hour}`), 'auto');
      }
    }
    clock.t = Date.UTC(2025, 0, 40, 19);
    backups.prune();
    const kept = backups.list().map((b) => b.createdAt);
    const expected = [
      // the newest 10: all of days 40, 39, 38 and the last of day 37
      ...[40, 39, 38].flatMap((d) => [18, 12, 8].map((h) => Date.UTC(2025, 0, d, h))),
      // the newest of each day younger than 30 days: days 37 back to 11 (day 10's is 30 days and 1 hour old)
      ...Array.from({ length: 27 }, (_, i) => Date.UTC(2025, 0, 37 - i, 18)),
    ].map((t) => new Date(t).toISOString());
    expect(kept).toEqual(expected);
    expect(readdirSync(join(dataDir, 'backups'))).toHaveLength(36);
  });

  it('retention spares the backup being restored, however old, and only that one', () => {
    const dataDir = tempDir();
    const clock = { t: Date.UTC(2025, 0, 1, 9) };
    const backups = store(dataDir, clock, { keepLast: 2, keepDailyDays: 0 });
    const oldest = backups.snapshotNow(samplePlan(1, 'oldest'), 'auto');
    clock.t += MIN;
    const second = backups.snapshotNow(samplePlan(2, 'second'), 'auto');
    clock.t += MIN;
    backups.snapshotNow(samplePlan(3, 'third'), 'auto'); // retention: the oldest goes
    expect(backups.list().map((b) => b.id)).not.toContain(oldest.id);

    clock.t += MIN;
    const before = backups.snapshotNow(samplePlan(4, 'in use'), 'before-restore', [second.id]);
    expect(backups.list().map((b) => b.id)).toEqual([before.id, expect.stringMatching(/^plan-/), second.id]);
    clock.t += MIN;
    backups.snapshotNow(samplePlan(5, 'later'), 'auto'); // spared once, not for ever
    expect(backups.list().map((b) => b.id)).not.toContain(second.id);
  });

  it('tells which newer backups it passed over on the way to the newest valid one', () => {
    const dataDir = tempDir();
    const good = store(dataDir, { t: Date.UTC(2025, 0, 1) }).snapshotNow(samplePlan(2, 'good'), 'auto');
    writeFileSync(join(dataDir, 'backups', 'plan-20250102T000000000Z-auto.json'), '');
    writeFileSync(join(dataDir, 'backups', 'plan-20250103T000000000Z-auto.json'), JSON.stringify({ ...samplePlan(0), schemaVersion: 99 }));
    const { found, skipped } = store(dataDir, { t: 0 }).newestValidAndSkipped();
    expect(found?.info.id).toBe(good.id);
    expect(skipped).toEqual([
      { id: 'plan-20250103T000000000Z-auto', reason: 'it was made by a newer version of PMO Pathway (plan version 99)' },
      { id: 'plan-20250102T000000000Z-auto', reason: 'it is empty (0 bytes)' },
    ]);
  });

  it('skips a damaged backup when listing and choosing, and never deletes it', () => {
    const dataDir = tempDir();
    const clock = { t: Date.UTC(2025, 0, 1) };
    const backups = store(dataDir, clock, { keepLast: 1, keepDailyDays: 0 });
    const good = backups.snapshotNow(samplePlan(2, 'good'), 'auto');
    const damaged = join(dataDir, 'backups', backupFileName(new Date(Date.UTC(2025, 0, 2)), 'auto'));
    writeFileSync(damaged, '{"schemaVersion": 2, "profile": {');
    writeFileSync(join(dataDir, 'backups', 'README.txt'), 'not a backup');
    const fresh = store(dataDir, clock, { keepLast: 1, keepDailyDays: 0 });
    expect(fresh.list().map((b) => b.id)).toEqual([good.id]);
    expect(fresh.newestValid()?.plan).toEqual(samplePlan(2, 'good'));
    clock.t = Date.UTC(2025, 5, 1);
    fresh.snapshotNow(samplePlan(3, 'newer'), 'auto'); // prunes: keeps only the newest valid one
    expect(existsSync(damaged)).toBe(true);
    expect(fresh.list().map((b) => b.counts.milestones)).toEqual([3]);
  });

  it('reads a backup validated and migrated; refuses ids that are not backup names', () => {
    const dataDir = tempDir();
    mkdirSync(join(dataDir, 'backups'));
    const v1 = { schemaVersion: 1, targetRole: 'PMO lead', milestones: [{ id: 'a', title: 'Pass PRINCE2', done: true, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-02-03T00:00:00.000Z' }], createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-02-03T00:00:00.000Z' };
    writeFileSync(join(dataDir, 'backups', 'plan-20240203T000000000Z-auto.json'), JSON.stringify(v1));
    writeFileSync(join(dataDir, 'backups', 'plan-20240204T000000000Z-auto.json'), JSON.stringify({ ...samplePlan(0), schemaVersion: 99 }));
    writeFileSync(join(dataDir, 'plan.json'), planJson(samplePlan(1)));
    const backups = store(dataDir, { t: Date.UTC(2025, 0, 1) });

    const read = backups.read('plan-20240203T000000000Z-auto');
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.fromVersion).toBe(1);
    expect(read.plan.milestones[0]).toMatchObject({ title: 'Pass PRINCE2', status: 'done', completedOn: '2024-02-03' });
    expect(backups.read('plan-20240204T000000000Z-auto')).toMatchObject({ kind: 'unusable', reason: expect.stringMatching(/newer version/) });
    expect(backups.read('../plan')).toEqual({ kind: 'not-found' });
    expect(backups.read('plan-20990101T000000000Z-auto')).toEqual({ kind: 'not-found' });
    expect(backups.list().map((b) => b.id)).toEqual(['plan-20240203T000000000Z-auto']);
  });

  it('clears temp files a crash left in the backups folder, and nothing else', () => {
    const dataDir = tempDir();
    mkdirSync(join(dataDir, 'backups'));
    writeFileSync(join(dataDir, 'backups', 'plan-20250101T000000000Z-auto.json.tmp-42-0123abcd'), '{"half');
    writeFileSync(join(dataDir, 'backups', 'keep.txt'), 'x');
    store(dataDir, { t: 0 }, { sweepTemps: false }); // a folder that must not be written: left as it is
    expect(readdirSync(join(dataDir, 'backups')).sort()).toEqual(['keep.txt', 'plan-20250101T000000000Z-auto.json.tmp-42-0123abcd']);
    store(dataDir, { t: 0 });
    expect(readdirSync(join(dataDir, 'backups'))).toEqual(['keep.txt']);
  });
});
