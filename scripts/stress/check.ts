/**
 * What the kill -9 driver checks after each kill, bundled with the worker. The check reads plan.json
 * RAW and validates it with PlanSchema directly: going through the loader would let its recovery
 * (quarantine + backup) hide exactly the damage this test exists to find.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PlanSchema, type Plan } from '../../shared/model';
import { BackupStore, parseBackupFileName } from '../../main/storage/backups';
import { isTempFileName } from '../../main/storage/durable-write';
import { realFs } from '../../main/storage/fs-port';

/** The save counter lives in the plan itself, so the driver can read which save a file holds. */
export function seqOf(plan: Plan): number {
  const match = /^save (\d+)$/.exec(plan.profile.currentRole);
  return match ? Number(match[1]) : 0;
}

export type CheckResult =
  | { ok: true; seq: number; bytes: number; backups: number; tempFiles: number }
  | { ok: false; problem: string };

/** `lastAck`: the highest save the workers acknowledged so far in this folder (-1 if none yet). */
export function checkDataDir(dataDir: string, lastAck: number): CheckResult {
  const path = join(dataDir, 'plan.json');
  if (existsSync(join(dataDir, 'quarantine'))) return { ok: false, problem: 'a plan file was quarantined, so one was damaged' };
  if (!existsSync(path)) {
    return lastAck < 0 ? { ok: true, seq: 0, bytes: 0, backups: 0, tempFiles: 0 } : { ok: false, problem: `plan.json is missing after save ${lastAck} was acknowledged` };
  }
  const raw = readFileSync(path);
  let doc: unknown;
  try {
    doc = JSON.parse(raw.toString('utf8'));
  } catch {
    return { ok: false, problem: `plan.json is not valid JSON (${raw.length} bytes)` };
  }
  const parsed = PlanSchema.safeParse(doc);
  if (!parsed.success) return { ok: false, problem: `plan.json does not validate: ${parsed.error.issues[0]?.message}` };
  const seq = seqOf(parsed.data);
  if (seq < lastAck) return { ok: false, problem: `plan.json holds save ${seq}, but save ${lastAck} was acknowledged` };
  if (seq > 0 && !parsed.data.milestones.some((m) => m.id === `m${seq}`)) {
    return { ok: false, problem: `plan.json says save ${seq} but lacks that save's milestone` };
  }

  // Every backup must be whole too: a kill in the middle of a snapshot may leave only a temp file.
  const dir = join(dataDir, 'backups');
  const names = existsSync(dir) ? readdirSync(dir) : [];
  const backupNames = names.filter((n) => parseBackupFileName(n) !== null);
  // unlinkSync is stubbed: the store's start-up clean-up of temp files must not change what we inspect.
  const valid = new BackupStore({ dataDir, fs: { ...realFs, unlinkSync: () => {} } }).list().length;
  if (valid !== backupNames.length) return { ok: false, problem: `${backupNames.length - valid} backup file(s) do not validate` };
  const tempFiles = names.filter((n) => isTempFileName(n)).length + readdirSync(dataDir).filter((n) => isTempFileName(n)).length;
  return { ok: true, seq, bytes: raw.length, backups: valid, tempFiles };
}
