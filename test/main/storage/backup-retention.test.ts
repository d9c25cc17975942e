import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { backupFileName, BackupStore } from '../../../main/storage/backups';
import { serializePlan } from '../../../main/storage/plan-codec';
import { cleanupTempDirs, samplePlan, tempDir } from './helpers';

/**
 * Retention, with fixtures that keep its two rules apart: "the newest 10" is tested on one busy day
 * (where the day's keeper is only one of them), and "the newest of each day for 30 days" on days
 * that have nothing in the newest 10. So keeping 9 or 11, keeping a day's oldest instead of its
 * newest, or moving the 30-day edge by one each fails a test here.
 */

afterEach(cleanupTempDirs);

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2025, 2, 31, 20, 0);

/** Write valid backups taken at `times` straight to disk (no retention runs while setting up). */
function backupsAt(dataDir: string, times: readonly number[]): string[] {
  const dir = join(dataDir, 'backups');
  mkdirSync(dir, { recursive: true });
  return times.map((t, i) => {
    const name = backupFileName(new Date(t), 'auto');
    writeFileSync(join(dir, name), serializePlan(samplePlan(1, `backup ${i}`)));
    return name.slice(0, -'.json'.length);
  });
}

const idAt = (t: number) => backupFileName(new Date(t), 'auto').slice(0, -'.json'.length);
const storeAt = (dataDir: string, extra: Partial<ConstructorParameters<typeof BackupStore>[0]> = {}) =>
  new BackupStore({ dataDir, now: () => new Date(NOW), ...extra });
const remaining = (dataDir: string) => readdirSync(join(dataDir, 'backups')).sort().reverse();

/** `count` backups today, ten minutes apart, the newest first (at 19:50, 19:40, ...). */
const today = (count: number) => Array.from({ length: count }, (_, i) => NOW - (i + 1) * 10 * MIN);

describe('backup retention', () => {
  it('keeps exactly the newest 10 of one busy day (not 9, not 11)', () => {
    const dataDir = tempDir();
    const times = today(14);
    backupsAt(dataDir, times);
    const removed = storeAt(dataDir).prune();
    expect(storeAt(dataDir).list().map((b) => b.id)).toEqual(times.slice(0, 10).map(idAt));
    expect(removed).toEqual(times.slice(10).map(idAt)); // the four oldest, newest first
  });

  it('beyond the newest 10, keeps the newest backup of each earlier day, and only that one', () => {
    const dataDir = tempDir();
    const newestTen = today(10);
    const earlierDays = [1, 2, 3, 4, 5].flatMap((daysAgo) => {
      const midnight = Date.UTC(2025, 2, 31 - daysAgo);
      return [17, 12, 7].map((hour) => midnight + hour * HOUR);
    });
    backupsAt(dataDir, [...newestTen, ...earlierDays]);
    storeAt(dataDir).prune();
    const daysKeepers = [1, 2, 3, 4, 5].map((daysAgo) => Date.UTC(2025, 2, 31 - daysAgo, 17));
    expect(storeAt(dataDir).list().map((b) => b.id)).toEqual([...newestTen, ...daysKeepers].map(idAt));
  });

  it('keeps a day’s backup that is just under 30 days old, and drops one that is exactly 30 days old', () => {
    const justUnder = tempDir();
    backupsAt(justUnder, [...today(10), NOW - 30 * DAY + 1]);
    expect(storeAt(justUnder).prune()).toEqual([]);

    const exactly = tempDir();
    backupsAt(exactly, [...today(10), NOW - 30 * DAY]);
    expect(storeAt(exactly).prune()).toEqual([idAt(NOW - 30 * DAY)]);
  });

  it('counts the newest 10 among valid backups only, and never deletes a damaged one', () => {
    const dataDir = tempDir();
    const valid = today(12);
    backupsAt(dataDir, valid);
    // Damaged backups newer than every valid one: they must not push valid ones out of the newest 10.
    const damaged = [NOW - 1 * MIN, NOW - 2 * MIN].map((t) => join(dataDir, 'backups', backupFileName(new Date(t), 'auto')));
    for (const path of damaged) writeFileSync(path, '{"schemaVersion": 2, "profile": {');
    const removed = storeAt(dataDir).prune();
    expect(removed).toEqual(valid.slice(10).map(idAt));
    expect(damaged.every((path) => existsSync(path))).toBe(true);
    expect(remaining(dataDir)).toHaveLength(12);
  });

  it('spares the ids it is asked to spare (a backup being restored), however old', () => {
    const dataDir = tempDir();
    const old = Date.UTC(2024, 0, 1, 9);
    const [oldId] = backupsAt(dataDir, [old]);
    backupsAt(dataDir, today(10));
    expect(storeAt(dataDir).prune([oldId!])).toEqual([]);
    expect(storeAt(dataDir).prune()).toEqual([oldId]);
  });

  it('honours keepLast and keepDailyDays when they are set', () => {
    const dataDir = tempDir();
    const times = [...today(4), NOW - 1 * DAY, NOW - 2 * DAY, NOW - 3 * DAY];
    backupsAt(dataDir, times);
    // The newest 2, plus the newest of each day younger than 2 days: today (already kept) and yesterday.
    storeAt(dataDir, { keepLast: 2, keepDailyDays: 2 }).prune();
    expect(storeAt(dataDir).list().map((b) => b.id)).toEqual([times[0]!, times[1]!, NOW - 1 * DAY].map(idAt));
  });

  it('a snapshot runs retention: taking the 11th backup of a day removes the oldest', () => {
    const dataDir = tempDir();
    const times = today(10);
    backupsAt(dataDir, times);
    const taken = storeAt(dataDir).snapshotNow(samplePlan(2, 'new'), 'auto');
    expect(storeAt(dataDir).list().map((b) => b.id)).toEqual([taken.id, ...times.slice(0, 9).map(idAt)]);
  });
});
