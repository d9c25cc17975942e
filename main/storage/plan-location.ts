import { dirname, resolve } from 'node:path';
import { errnoOf, type StorageFs } from './fs-port';

/**
 * Where the plan really is. `plan.json` may be a symbolic link (people point it into a sync folder or
 * onto another drive): saving must then write through to the link's target, with the temp file beside
 * the target so the final rename stays on one file system, and never replace the link with a regular
 * file (which would leave the target stale). A link whose target is missing (a drive not mounted, a sync
 * folder not there yet) must never be written over: the plan opens read-only until it is back.
 */
export type PlanLocation =
  /** A regular file, or nothing yet: read and write `path` itself. */
  | { kind: 'file'; path: string }
  /** A link to an existing file: read and write `target` (every link resolved). */
  | { kind: 'link'; path: string; target: string }
  /** A link that leads nowhere; `target` is where it points (resolved against the link's folder). */
  | { kind: 'dangling'; path: string; target: string }
  /** A link that cannot be followed at all (a loop, no permission); `reason` says why in plain words. */
  | { kind: 'broken'; path: string; target: string; reason: string };

export function locatePlanFile(fs: StorageFs, path: string): PlanLocation {
  let isLink: boolean;
  try {
    isLink = fs.lstatSync(path).isSymbolicLink();
  } catch {
    // Missing, or a folder we cannot look into: reading will say which.
    return { kind: 'file', path };
  }
  if (!isLink) return { kind: 'file', path };
  const pointsTo = linkTarget(fs, path);
  try {
    return { kind: 'link', path, target: fs.realpathSync(path) };
  } catch (error) {
    const code = errnoOf(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'dangling', path, target: pointsTo };
    const reason = code === 'ELOOP' ? 'it is a link that leads round in a circle' : `the link could not be followed (${code ?? 'error'})`;
    return { kind: 'broken', path, target: pointsTo, reason };
  }
}

/** Where the link points, for messages: as written in the link, made absolute. */
function linkTarget(fs: StorageFs, path: string): string {
  try {
    return resolve(dirname(path), fs.readlinkSync(path));
  } catch {
    return path;
  }
}

/** The file to read, write and move aside: the link's target for a link, else the path itself. */
export function realPlanPath(location: PlanLocation): string {
  return location.kind === 'file' ? location.path : location.target;
}
