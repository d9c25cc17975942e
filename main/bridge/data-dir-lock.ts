import fs from 'node:fs';
import path from 'node:path';

/**
 * One browser bridge per data folder. The desktop app has Electron's single-instance lock; two
 * `npm run web` processes pointed at the same PMO_PATHWAY_DATA_DIR would otherwise both write plan.json.
 * A lock file holds the owner's pid; a lock whose process is gone (a crash, kill -9) is taken over.
 */
export const LOCK_FILE_NAME = '.bridge.lock';

export class DataDirLockedError extends Error {}

export function lockDataDir(dataDir: string, pid = process.pid): () => void {
  const lockPath = path.join(dataDir, LOCK_FILE_NAME);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(lockPath, String(pid), { flag: 'wx' });
      return () => release(lockPath, pid);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10);
      if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) {
        throw new DataDirLockedError(`Another PMO Pathway server (process ${owner}) is already using ${dataDir}. Stop it first, or choose another PMO_PATHWAY_DATA_DIR.`);
      }
      fs.rmSync(lockPath, { force: true }); // stale: its process is gone
    }
  }
  throw new DataDirLockedError(`Could not lock ${dataDir}: another server keeps taking it.`);
}

function release(lockPath: string, pid: number): void {
  try {
    if (fs.readFileSync(lockPath, 'utf8') === String(pid)) fs.rmSync(lockPath, { force: true });
  } catch {
    // Already gone.
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else — still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
