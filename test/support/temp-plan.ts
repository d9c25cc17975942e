import Conf from 'conf';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PlanStorage } from '../../main/services/plan-storage';
import { ConfPlanStorage, PLAN_STORE_OPTIONS } from '../../main/services/plan-storage';
import type { Clock } from '../../main/services/clock';
import { MilestoneFieldsSchema, type PlanChange } from '../../shared/model';

/** Fixtures for services running against a real plan file in a temp dir. No Electron here. */

export const PLAN_FILE_NAME = `${PLAN_STORE_OPTIONS.configName}.${PLAN_STORE_OPTIONS.fileExtension}`;

const made: string[] = [];

/** A fresh temp dir, removed by `removeTempDirs()` (call it in afterEach). */
export function makeTempDir(prefix = 'pmo-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** The plan storage of the browser bridge, built exactly as main/bridge/serve.ts builds it. */
export function confStorage(dataDir: string): ConfPlanStorage {
  return new ConfPlanStorage(
    () => new Conf({ cwd: dataDir, projectName: 'pmo-pathway', ...PLAN_STORE_OPTIONS }),
    path.join(dataDir, PLAN_FILE_NAME),
  );
}

/** A storage whose writes fail the way a full disk does; reads go to the real engine. */
export function failingWrites(inner: PlanStorage, code = 'ENOSPC'): PlanStorage & { attempts: number } {
  const storage = {
    attempts: 0,
    location: inner.location,
    read: () => inner.read(),
    write: (_doc: unknown) => {
      storage.attempts += 1;
      throw Object.assign(new Error(`${code}: simulated failure, write '${inner.location}'`), { code, errno: -28, syscall: 'write' });
    },
  };
  return storage;
}

export const FIXED_NOW = new Date('2026-03-02T09:30:00.000Z');
export const fixedClock: Clock = { now: () => FIXED_NOW };

/** A parsed milestone.put change (defaults filled in, as dispatch hands it to the service). */
export function putMilestone(id: string, title: string, extra: Record<string, unknown> = {}): PlanChange {
  return { type: 'milestone.put', item: MilestoneFieldsSchema.parse({ id, title, ...extra }) };
}

export function readBytes(file: string): Buffer {
  return fs.readFileSync(file);
}

export function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** A plan document as the first version of the app wrote it. */
export function v1Document() {
  return {
    schemaVersion: 1,
    targetRole: 'PMO Analyst',
    milestones: [
      { id: 'm1', title: 'Shadow the PMO', done: true, createdAt: '2025-01-01T10:00:00.000Z', updatedAt: '2025-02-03T11:00:00.000Z' },
      { id: 'm2', title: 'Book PRINCE2 Foundation', done: false, createdAt: '2025-01-02T10:00:00.000Z', updatedAt: '2025-01-02T10:00:00.000Z' },
    ],
    createdAt: '2025-01-01T10:00:00.000Z',
    updatedAt: '2025-02-03T11:00:00.000Z',
  };
}
