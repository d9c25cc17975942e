import * as nodeFs from 'node:fs';
import type { SyncFolderFs } from '../../../main/services/sync/sync-folder';

/**
 * The real file system for one simulated computer, with a power switch: while `down`, every write
 * fails (EIO), which is what a killed process looks like to its own files: whatever was not written
 * yet never is. fsync is skipped (the disk is not what the simulator tests; the durable writer's own
 * tests cover it), so thousands of scenarios run in minutes.
 */
export interface SimFs extends SyncFolderFs {
  down: boolean;
}

export function simFs(): SimFs {
  const refuse = (what: string, path: string) => {
    throw Object.assign(new Error(`EIO: the computer is off, ${what} '${path}'`), { code: 'EIO' });
  };
  const fs: SimFs = {
    ...(nodeFs as unknown as SyncFolderFs),
    down: false,
    openSync(path, flags, mode) {
      if (fs.down && flags !== 'r') refuse('open', path);
      return nodeFs.openSync(path, flags, mode);
    },
    writeSync(fd, buffer, offset, length, position) {
      if (fs.down) refuse('write', String(fd));
      return nodeFs.writeSync(fd, buffer, offset, length, position);
    },
    fsyncSync() {},
    renameSync(from, to) {
      if (fs.down) refuse('rename', to);
      nodeFs.renameSync(from, to);
    },
    unlinkSync(path) {
      if (fs.down) refuse('unlink', path);
      nodeFs.unlinkSync(path);
    },
  };
  return fs;
}
