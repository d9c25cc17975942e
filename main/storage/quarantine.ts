import { join } from 'node:path';
import type { StorageFs } from './fs-port';

/**
 * Move a damaged file into `<dataDir>/quarantine/` with one rename (never copied-then-deleted, never
 * deleted), under `<prefix>-<UTC stamp>.json`, numbered when that name is taken. Returns where it went;
 * throws when it cannot be moved, so the caller can keep its hands off the file instead.
 */
export function moveToQuarantine(fs: StorageFs, dataDir: string, path: string, prefix: string, at: Date): string {
  const dir = join(dataDir, 'quarantine');
  fs.mkdirSync(dir, { recursive: true });
  const taken = new Set(fs.readdirSync(dir));
  const stamp = at.toISOString().replace(/[-:.]/g, '');
  let name = `${prefix}-${stamp}.json`;
  for (let n = 2; taken.has(name); n++) name = `${prefix}-${stamp}-${n}.json`;
  const target = join(dir, name);
  fs.renameSync(path, target);
  return target;
}
