import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { composeApp, type AppDependencies, type ComposedApp } from '../../main/compose';
import type { Platform, SaveFileRequest, SaveFileResult } from '../../main/platform/platform';
import type { Clock } from '../../main/services/clock';
import { PLAN_FILE_NAME, realFs, type StorageFs } from '../../main/storage';
import type { Timers } from '../../main/storage/plan-writer';
import { MilestoneFieldsSchema, type PlanChange } from '../../shared/model';

/**
 * Fixtures for services running against a real data folder (plan.json, backups/, quarantine/) in a
 * temp dir, through the durable storage layer exactly as composeApp wires it. No Electron here.
 */

export { PLAN_FILE_NAME };

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

export const FIXED_NOW = new Date('2026-03-02T09:30:00.000Z');
export const fixedClock: Clock = { now: () => FIXED_NOW };

/** A clock the test moves on by hand (`advance`), so backups taken at different moments get different stamps. */
export function steppingClock(start = FIXED_NOW): Clock & { advance(ms: number): void } {
  let t = start.getTime();
  return { now: () => new Date(t), advance: (ms) => void (t += ms) };
}

/**
 * Timers that never fire by themselves: the writer's debounce and its retries wait until the test runs
 * them. Keeps tests deterministic and leaves no real timer behind a test (or behind its temp dir).
 */
export function manualTimers(): Timers & { readonly pending: { ms: number }[]; runAll(): void } {
  const queue = new Map<number, { ms: number; callback: () => void }>();
  let next = 1;
  return {
    setTimeout(callback, ms) {
      const handle = next++;
      queue.set(handle, { ms, callback });
      return handle;
    },
    clearTimeout(handle) {
      queue.delete(handle as number);
    },
    get pending() {
      return [...queue.values()].map(({ ms }) => ({ ms }));
    },
    runAll() {
      const due = [...queue.entries()];
      queue.clear();
      for (const [, timer] of due) timer.callback();
    },
  };
}

/** A Platform whose saveFile records what it was given and answers `answer`; nothing else is used. */
export function recordingPlatform(answer: SaveFileResult = { saved: true }): Platform & { saved: SaveFileRequest[] } {
  const saved: SaveFileRequest[] = [];
  return {
    shell: 'browser',
    saved,
    openExternal: async () => undefined,
    saveFile: async (request) => {
      saved.push(request);
      return answer;
    },
    printToPdf: async () => new Uint8Array(),
  };
}

export interface ComposeOptions {
  clock?: Clock;
  platform?: Platform;
  storage?: AppDependencies['storage'];
  sync?: AppDependencies['sync'];
  /** Keep app settings in a real file (app-settings.json, via conf) so they survive a restart. */
  settingsFile?: boolean;
}

/** composeApp over `dataDir` with test defaults: fixed clock, recording platform, manual timers. */
export function composeIn(dataDir: string, options: ComposeOptions = {}): ComposedApp {
  return composeApp({
    dataDir,
    clock: options.clock ?? fixedClock,
    platform: options.platform ?? recordingPlatform(),
    version: '1.0.0-test',
    storage: { timers: manualTimers(), ...options.storage },
  });
}

/**
 * composeApp as a NEW PROCESS would run it: fresh module instances, so the storage layer's per-process
 * registry of open writers is empty again (in one process a second writer for the same file is refused
 * by design). Errors thrown by what this returns are of the fresh modules' classes: compare codes.
 */
export async function composeInNewProcess(dataDir: string, options: ComposeOptions = {}): Promise<ComposedApp> {
  vi.resetModules();
  const fresh = await import('../../main/compose');
  const settings = options.settingsFile ? (await import('../../main/bridge/conf-settings')).confSettingsOpener(dataDir) : undefined;
  return fresh.composeApp({
    dataDir,
    clock: options.clock ?? fixedClock,
    platform: options.platform ?? recordingPlatform(),
    version: '1.0.0-test',
    storage: { timers: manualTimers(), ...options.storage },
    sync: options.sync,
    settings,
  });
}

export type FsCall = 'open' | 'write' | 'fsync' | 'rename' | 'read' | 'stat' | 'readdir' | 'mkdir' | 'unlink';

/**
 * The real file system with switchable faults: `fail(call, code, where?)` makes that call throw an
 * errno error (only for paths `where` accepts), `heal()` removes every fault. Counts attempts per call.
 */
export function switchableFs(): { fs: StorageFs; fail(call: FsCall, code: string, where?: (p: string) => boolean): void; heal(): void; attempts: Record<string, number> } {
  let faults: { call: FsCall; code: string; where: (p: string) => boolean }[] = [];
  const attempts: Record<string, number> = {};
  const fdPaths = new Map<number, string>();
  const hit = (call: FsCall, target: string) => {
    attempts[call] = (attempts[call] ?? 0) + 1;
    const fault = faults.find((f) => f.call === call && f.where(target));
    if (fault) throw Object.assign(new Error(`${fault.code}: injected fault, ${call} '${target}'`), { code: fault.code, syscall: call, path: target });
  };
  const storageFs: StorageFs = {
    ...realFs,
    openSync(p, flags, mode) {
      hit('open', p);
      const fd = realFs.openSync(p, flags, mode);
      fdPaths.set(fd, p);
      return fd;
    },
    writeSync(fd, buffer, offset, length, position) {
      hit('write', fdPaths.get(fd) ?? '');
      return realFs.writeSync(fd, buffer, offset, length, position);
    },
    fsyncSync(fd) {
      hit('fsync', fdPaths.get(fd) ?? '');
      realFs.fsyncSync(fd);
    },
    closeSync(fd) {
      fdPaths.delete(fd);
      realFs.closeSync(fd);
    },
    renameSync(from, to) {
      hit('rename', to);
      realFs.renameSync(from, to);
    },
    readFileSync(p) {
      hit('read', p);
      return realFs.readFileSync(p);
    },
    statSync(p) {
      hit('stat', p);
      return realFs.statSync(p);
    },
    readdirSync(p) {
      hit('readdir', p);
      return realFs.readdirSync(p);
    },
    mkdirSync(p, options) {
      hit('mkdir', p);
      return realFs.mkdirSync(p, options);
    },
    unlinkSync(p) {
      hit('unlink', p);
      realFs.unlinkSync(p);
    },
  };
  return {
    fs: storageFs,
    attempts,
    fail: (call, code, where = () => true) => void faults.push({ call, code, where }),
    heal: () => void (faults = []),
  };
}

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

/** Every file under `dir` (relative paths, sorted) with its bytes: proves a whole folder was left alone. */
export function folderContents(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, entry.name);
      if (entry.isDirectory()) walk(rel);
      else out[rel] = fs.readFileSync(path.join(dir, rel)).toString('base64');
    }
  };
  if (fs.existsSync(dir)) walk('');
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
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
