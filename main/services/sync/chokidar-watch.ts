import { basename, resolve } from 'node:path';
import { watch } from 'chokidar';
import { classifyFolderFile } from '../../../shared/sync/folder-files';
import type { WatchFolder } from './sync-schedule';

/**
 * The folder watcher: chokidar (well kept, and it smooths over what fs.watch does differently on
 * Windows, macOS and Linux). Only the folder itself, only the files that matter (device files,
 * conflict copies, placeholders; never our temp files), and a file counts once its size has stopped
 * changing for a second, because sync services write in bursts. The periodic check covers whatever
 * the watcher misses (network drives, cloud placeholders).
 */
export const chokidarWatch: WatchFolder = (folder, changed) => {
  const root = resolve(folder);
  const watcher = watch(root, {
    depth: 0,
    ignoreInitial: true,
    persistent: false,
    awaitWriteFinish: { stabilityThreshold: 1_000, pollInterval: 200 },
    ignored: (path) => resolve(path) !== root && classifyFolderFile(basename(path)).kind === 'other',
  });
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, () => changed());
  // A watcher that fails (folder gone, too many watches) leaves the periodic check to do the work.
  watcher.on('error', (error) => console.warn(`[pmo-pathway] watching ${root} failed: ${(error as Error).message}`));
  return { close: () => void watcher.close() };
};
