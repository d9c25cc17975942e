import { join } from 'node:path';
import { PlanSchema, countPlanItems, type Plan, type PlanCollection } from '../../shared/model';
import { durableWriteFileSync, sweepTempsIn, type DurableWriteOptions } from './durable-write';
import { realFs, type StorageFs } from './fs-port';
import { readPlanDocument, serializePlan } from './plan-codec';
import { INVALID_PLAN, StorageError } from './storage-error';

/**
 * Rolling backups in `<dataDir>/backups/`: each one a complete plan file named
 * `plan-<UTC stamp>-<reason>.json`, so names sort by time and any backup can be opened by hand.
 * A backup is written only from a plan that validated, always durably. Backups that do not validate
 * are skipped when listing or choosing, and never deleted (not even by retention): they may be the
 * only copy of something a person can still rescue by hand.
 */

export interface BackupInfo {
  /** The file name without `.json`; what the UI passes back to read or restore. */
  id: string;
  /** When the backup was taken (ISO 8601, UTC). */
  createdAt: string;
  /** Why: 'auto', 'before-restore', 'before-import' ... */
  reason: string;
  counts: Record<PlanCollection, number>;
}

export type BackupRead =
  | { kind: 'ok'; plan: Plan; info: BackupInfo; fromVersion: number | null }
  | { kind: 'not-found' }
  | { kind: 'unusable'; reason: string };

export interface BackupStoreOptions {
  dataDir: string;
  fs?: StorageFs;
  now?: () => Date;
  /** Automatic snapshots are at least this far apart (default 5 minutes). */
  minIntervalMs?: number;
  /** Retention: the newest N valid backups are always kept (default 10) ... */
  keepLast?: number;
  /** ... plus the newest one of each UTC day in this many days (default 30). */
  keepDailyDays?: number;
  write?: Omit<DurableWriteOptions, 'fs'>;
  /** Remove temp files a crash left here (default true); false when the folder must not be written at all. */
  sweepTemps?: boolean;
}

/** A backup file that could not be used, and why (plain words, finishing "it could not be read: <reason>"). */
export interface UnusableBackup {
  id: string;
  reason: string;
}

const NAME = /^plan-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-([a-z]+(?:-[a-z]+)*)\.json$/;
const REASON = /^[a-z]+(?:-[a-z]+)*$/;
const DAY_MS = 86_400_000;
/** `plan-20240501T102030123Z`: the part of a name that must be unique. */
const STAMPED_PREFIX_LENGTH = 24;

export function backupFileName(at: Date, reason: string): string {
  const stamp = at.toISOString().replace(/[-:.]/g, ''); // 2024-05-01T10:20:30.123Z -> 20240501T102030123Z
  return `plan-${stamp}-${reason}.json`;
}

/** The time and reason encoded in a backup file name, or null for any other file. */
export function parseBackupFileName(name: string): { at: Date; reason: string } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms, reason] = m;
  const at = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
  return Number.isNaN(at.getTime()) ? null : { at, reason: reason as string };
}

export class BackupStore {
  readonly dir: string;
  private readonly fs: StorageFs;
  private readonly now: () => Date;
  private readonly minIntervalMs: number;
  private readonly keepLast: number;
  private readonly keepDailyDays: number;
  private readonly writeOptions: DurableWriteOptions;
  /** Validity and counts by file name: a backup never changes once written, so it is read once. */
  private readonly infoCache = new Map<string, BackupInfo | null>();
  private lastSnapshotAt: Date | null | undefined;
  private lastSnapshotJson: string | null = null;

  constructor(options: BackupStoreOptions) {
    this.dir = join(options.dataDir, 'backups');
    this.fs = options.fs ?? realFs;
    this.now = options.now ?? (() => new Date());
    this.minIntervalMs = options.minIntervalMs ?? 5 * 60_000;
    this.keepLast = options.keepLast ?? 10;
    this.keepDailyDays = options.keepDailyDays ?? 30;
    this.writeOptions = { ...options.write, fs: this.fs };
    // Only this store writes here, so a temp file now is one a crash left behind mid-snapshot.
    if (options.sweepTemps ?? true) sweepTempsIn(this.dir, undefined, this.fs);
  }

  /**
   * Take an automatic snapshot if the last one is old enough (call after each saved change).
   * Returns null when throttled or when nothing changed since the last snapshot.
   */
  maybeSnapshot(plan: Plan): BackupInfo | null {
    const last = this.lastSnapshotTime();
    const elapsed = last === null ? Infinity : this.now().getTime() - last.getTime();
    // A clock set backwards makes `elapsed` negative; snapshot rather than wait for it to catch up.
    if (elapsed >= 0 && elapsed < this.minIntervalMs) return null;
    if (this.lastSnapshotJson !== null && this.lastSnapshotJson === serializePlan(plan)) return null;
    return this.snapshotNow(plan, 'auto');
  }

  /**
   * Snapshot unless the newest backup already holds exactly this plan, whatever the throttle says. Used
   * at start-up, so the state a session began with is always recoverable, without a copy per launch.
   */
  snapshotIfChanged(plan: Plan, reason: string): BackupInfo | null {
    const newest = this.names()[0];
    if (newest !== undefined) {
      try {
        if (this.fs.readFileSync(join(this.dir, newest)).toString('utf8') === serializePlan(plan)) return null;
      } catch {
        // An unreadable newest backup is one more reason to take a fresh one.
      }
    }
    return this.snapshotNow(plan, reason);
  }

  /**
   * Take a snapshot now, whatever the throttle says: before a restore or an import, so it can be undone.
   * Retention runs after it, sparing `keep` (the backup being restored, which must outlive its restore).
   */
  snapshotNow(plan: Plan, reason: string, keep: readonly string[] = []): BackupInfo {
    if (!REASON.test(reason) || reason.length > 32) throw new Error(`Not a backup reason: "${reason}"`);
    const checked = PlanSchema.safeParse(plan);
    if (!checked.success) {
      throw new StorageError(INVALID_PLAN, 'validate', this.dir, 'The plan in memory did not validate, so no backup was taken from it.');
    }
    const json = serializePlan(checked.data);
    this.fs.mkdirSync(this.dir, { recursive: true });
    const takenAt = this.now();
    const { name, at } = this.freeName(reason, takenAt);
    durableWriteFileSync(join(this.dir, name), json, this.writeOptions);
    const info: BackupInfo = { id: name.slice(0, -'.json'.length), createdAt: at.toISOString(), reason, counts: countPlanItems(checked.data) };
    this.infoCache.set(name, info);
    // The throttle counts from when it was taken, not from the name's stamp, which may have been moved on
    // a millisecond or two to stay unique (that looked like a clock set back, and snapshotted again at once).
    this.lastSnapshotAt = takenAt;
    this.lastSnapshotJson = json;
    this.prune(keep);
    return info;
  }

  /** Valid backups, newest first. Files that do not validate are left out (and left alone). */
  list(): BackupInfo[] {
    return this.names()
      .map((name) => this.infoOf(name))
      .filter((info): info is BackupInfo => info !== null);
  }

  /** Read one backup, validated and migrated to the current schema. */
  read(id: string): BackupRead {
    const name = `${id}.json`;
    const meta = parseBackupFileName(name);
    if (!meta) return { kind: 'not-found' }; // also refuses anything path-like coming over IPC
    const read = readPlanDocument(this.fs, join(this.dir, name));
    switch (read.kind) {
      case 'missing':
        return { kind: 'not-found' };
      case 'ok':
        return { kind: 'ok', plan: read.plan, fromVersion: read.fromVersion, info: infoFrom(name, meta, read.plan) };
      case 'newer':
        return { kind: 'unusable', reason: `it was made by a newer version of PMO Pathway (plan version ${read.version})` };
      default:
        return { kind: 'unusable', reason: read.reason };
    }
  }

  /** The newest backup that validates, for recovering from a damaged plan file. */
  newestValid(): Extract<BackupRead, { kind: 'ok' }> | null {
    return this.newestValidAndSkipped().found;
  }

  /**
   * The newest backup that validates, and every newer one that did not (with why), so whoever falls back
   * to an older backup, or to nothing, can say what it had to pass over.
   */
  newestValidAndSkipped(): { found: Extract<BackupRead, { kind: 'ok' }> | null; skipped: UnusableBackup[] } {
    const skipped: UnusableBackup[] = [];
    for (const name of this.names()) {
      const id = name.slice(0, -'.json'.length);
      const read = this.read(id);
      if (read.kind === 'ok') return { found: read, skipped };
      skipped.push({ id, reason: read.kind === 'unusable' ? read.reason : 'it disappeared while being read' });
    }
    return { found: null, skipped };
  }

  /**
   * Retention: keep the newest `keepLast` valid backups plus the newest of each UTC day within
   * `keepDailyDays`, and every id in `spare`; delete the other valid ones. Returns the ids removed.
   */
  prune(spare: readonly string[] = []): string[] {
    const valid = this.list();
    const now = this.now().getTime();
    const keep = new Set([...spare, ...valid.slice(0, this.keepLast).map((b) => b.id)]);
    const daysSeen = new Set<string>();
    for (const backup of valid) {
      const age = now - Date.parse(backup.createdAt);
      const day = backup.createdAt.slice(0, 10);
      if (age < this.keepDailyDays * DAY_MS && !daysSeen.has(day)) {
        daysSeen.add(day);
        keep.add(backup.id);
      }
    }
    const removed: string[] = [];
    for (const backup of valid) {
      if (keep.has(backup.id)) continue;
      try {
        this.fs.unlinkSync(join(this.dir, `${backup.id}.json`));
        this.infoCache.delete(`${backup.id}.json`);
        removed.push(backup.id);
      } catch {
        // A backup we could not delete is merely kept; retention tries again next time.
      }
    }
    return removed;
  }

  /** Backup file names, newest first (the stamp in the name sorts by time). */
  private names(): string[] {
    let names: string[];
    try {
      names = this.fs.readdirSync(this.dir);
    } catch {
      return [];
    }
    return names.filter((n) => parseBackupFileName(n) !== null).sort().reverse();
  }

  private infoOf(name: string): BackupInfo | null {
    if (!this.infoCache.has(name)) {
      const read = this.read(name.slice(0, -'.json'.length));
      this.infoCache.set(name, read.kind === 'ok' ? read.info : null);
    }
    return this.infoCache.get(name) ?? null;
  }

  private lastSnapshotTime(): Date | null {
    if (this.lastSnapshotAt === undefined) {
      const newest = this.names()[0];
      this.lastSnapshotAt = newest === undefined ? null : (parseBackupFileName(newest)?.at ?? null);
    }
    return this.lastSnapshotAt;
  }

  /** A name for a snapshot taken now, moved on by a millisecond while the stamp is taken, so two never collide. */
  private freeName(reason: string, now: Date): { name: string; at: Date } {
    const taken = new Set(this.names().map((n) => n.slice(0, STAMPED_PREFIX_LENGTH)));
    let at = now;
    while (taken.has(backupFileName(at, reason).slice(0, STAMPED_PREFIX_LENGTH))) at = new Date(at.getTime() + 1);
    return { name: backupFileName(at, reason), at };
  }
}


function infoFrom(name: string, meta: { at: Date; reason: string }, plan: Plan): BackupInfo {
  return { id: name.slice(0, -'.json'.length), createdAt: meta.at.toISOString(), reason: meta.reason, counts: countPlanItems(plan) };
}
