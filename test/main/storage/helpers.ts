import * as fs from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmptyPlan, MilestoneSchema, PlanSchema, SkillSchema, type Plan } from '../../../shared/model';
import { realFs, type StorageFs } from '../../../main/storage/fs-port';
import { StorageError } from '../../../main/storage/storage-error';

/** A fresh temp folder per test, removed afterwards (register with afterEach(cleanup)). */
const made: string[] = [];
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pmo-storage-'));
  made.push(dir);
  return dir;
}
export function cleanupTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export const T0 = '2025-03-01T09:00:00.000Z';

/** A valid plan with `milestones` milestones and `skills` skills; `tag` makes plans distinguishable. */
export function samplePlan(milestones: number, tag = 'x', skills = 0): Plan {
  const plan = createEmptyPlan(T0);
  plan.profile.targetRole = `PMO analyst ${tag}`;
  for (let i = 0; i < milestones; i++) {
    plan.milestones.push(MilestoneSchema.parse({ id: `m${i}`, title: `Milestone ${i} ${tag}`, createdAt: T0, updatedAt: T0 }));
  }
  for (let i = 0; i < skills; i++) {
    plan.skills.push(SkillSchema.parse({ id: `s${i}`, area: 'business', name: `Skill ${i}`, createdAt: T0, updatedAt: T0 }));
  }
  return PlanSchema.parse(plan);
}

export function planJson(plan: Plan): string {
  return JSON.stringify(plan, undefined, '\t');
}

/** The steps of a durable write a fault can hit. */
export type FaultStep = 'open' | 'write' | 'fsync' | 'close' | 'rename' | 'dir-open' | 'dir-fsync';

export interface Fault {
  step: FaultStep;
  code: string;
  /** How many times the step fails before it works again (default: always). */
  times?: number;
}

export function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected fault`), { code });
}

/**
 * The real file system with faults injected at named steps. Folder descriptors are told apart from
 * file ones, so "fsync" and "dir-fsync" can fail separately. A failing close still closes (as a real
 * close that reports a deferred write error does), so tests leak no descriptors.
 */
export function faultyFs(faults: Fault[], calls: string[] = []): StorageFs {
  const left = faults.map((f) => ({ ...f, left: f.times ?? Infinity }));
  const dirFds = new Set<number>();
  const hit = (step: FaultStep) => {
    calls.push(step);
    const fault = left.find((f) => f.step === step && f.left > 0);
    if (!fault) return;
    fault.left -= 1;
    throw errno(fault.code);
  };
  return {
    ...realFs,
    openSync(path, flags, mode) {
      const isDir = fs.existsSync(path) && fs.statSync(path).isDirectory();
      hit(isDir ? 'dir-open' : 'open');
      const fd = realFs.openSync(path, flags, mode);
      if (isDir) dirFds.add(fd);
      return fd;
    },
    writeSync(fd, buffer, offset, length, position) {
      hit('write');
      return realFs.writeSync(fd, buffer, offset, length, position);
    },
    fsyncSync(fd) {
      hit(dirFds.has(fd) ? 'dir-fsync' : 'fsync');
      realFs.fsyncSync(fd);
    },
    closeSync(fd) {
      const wasDir = dirFds.delete(fd);
      realFs.closeSync(fd);
      if (!wasDir) hit('close');
    },
    renameSync(from, to) {
      hit('rename');
      realFs.renameSync(from, to);
    },
  };
}

/** Names in `dir` other than the ones given: used to prove no temp file was left behind. */
export function extraFiles(dir: string, expected: string[]): string[] {
  return fs.readdirSync(dir).filter((n) => !expected.includes(n));
}

/** A temp folder holding `plan.json` with `content`, as the durable writer finds an existing plan. */
export function folderWithPlan(content: string): { dir: string; target: string } {
  const dir = tempDir();
  const target = join(dir, 'plan.json');
  fs.writeFileSync(target, content);
  return { dir, target };
}

/** The StorageError `action` throws; fails the test when it throws something else or nothing. */
export function catchStorageError(action: () => void): StorageError {
  try {
    action();
  } catch (error) {
    if (!(error instanceof StorageError)) throw new Error(`expected a StorageError, got ${String(error)}`);
    return error;
  }
  throw new Error('expected the write to fail');
}
