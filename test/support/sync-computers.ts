import fs from 'node:fs';
import path from 'node:path';
import type { ComposedApp } from '../../main/compose';
import type { Clock } from '../../main/services/clock';
import type { SyncFolderFs } from '../../main/services/sync/sync-folder';
import { AchievementFieldsSchema, type PlanChange } from '../../shared/model';
import { composeInNewProcess, makeTempDir, manualTimers, steppingClock } from './temp-plan';

/**
 * Computers for sync tests: each a whole composed app (its own data folder, plan.json, backups, app
 * settings) sharing one sync folder, or folders a simulated sync service copies between. Timers are
 * manual, so a pass runs only when the test (or the simulator) says so.
 */
export interface Computer {
  name: string;
  dataDir: string;
  app: ComposedApp;
  clock: Clock & { advance(ms: number): void };
  timers: ReturnType<typeof manualTimers>;
}

let seed = 0;

/** Deterministic device ids: a test can tell which computer wrote which file. */
export function idBytes(n: number): () => Uint8Array {
  return () => Uint8Array.from({ length: 10 }, (_, i) => (n * 37 + i * 11) % 256);
}

export async function openComputer(name: string, options: { dataDir?: string; clock?: Computer['clock']; deviceNumber?: number; syncFs?: SyncFolderFs } = {}): Promise<Computer> {
  const dataDir = options.dataDir ?? makeTempDir(`pmo-sync-${name.replace(/\W/g, '')}-`);
  const clock = options.clock ?? steppingClock(new Date('2026-12-02T09:00:00.000Z'));
  const timers = manualTimers();
  const app = await composeInNewProcess(dataDir, {
    clock,
    settingsFile: true,
    sync: { timers, hostName: name, randomBytes: idBytes(options.deviceNumber ?? ++seed), fs: options.syncFs },
  });
  return { name, dataDir, app, clock, timers };
}

export function syncFolder(): string {
  return makeTempDir('pmo-sync-folder-');
}

export function addAchievement(id: string, title: string): PlanChange {
  return { type: 'achievement.put', item: AchievementFieldsSchema.parse({ id, title }) };
}

export function titles(computer: Computer): string[] {
  return computer.app.services.plan.current.achievements.map((a) => a.title).sort();
}

export function filesIn(folder: string): string[] {
  return fs.readdirSync(folder).sort();
}

export function quarantined(computer: Computer): string[] {
  const dir = path.join(computer.dataDir, 'quarantine');
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
}
