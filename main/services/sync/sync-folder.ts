import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { classifyFolderFile, deviceFileName } from '../../../shared/sync/folder-files';
import { readDeviceFile, serializeDeviceFile, type DeviceFile } from '../../../shared/sync/device-file';
import { durableWriteFileSync, type DurableWriteOptions } from '../../storage/durable-write';
import { errnoOf, type StorageFs } from '../../storage/fs-port';
import { moveToQuarantine } from '../../storage/quarantine';

/**
 * The sync folder on disk (docs/sync.md, "The files"): which files are there, what each holds, our own
 * file written durably, conflict copies moved to the local quarantine once merged. Knows nothing of the
 * merge. A file is parsed again only when its content changed (by hash), so the periodic check costs a
 * listing, a read and a hash per file when nothing arrived, and no merge.
 */

/** The slice of node:fs the folder needs: the storage layer's, with modification times. */
export interface SyncFolderFs extends StorageFs {
  statSync(path: string): { size: number; mtimeMs: number; isFile(): boolean; isDirectory(): boolean };
}

export interface ReadFile {
  name: string;
  kind: 'device' | 'conflict-copy';
  file: DeviceFile;
}

export interface SkippedFile {
  name: string;
  words: string;
}

export interface FolderRead {
  files: ReadFile[];
  skipped: SkippedFile[];
  /** True when no file arrived, changed or went since the last read (so a pass has nothing new to merge). */
  unchanged: boolean;
}

type Cached = { hash: string; read: ReturnType<typeof readDeviceFile> };

export class SyncFolder {
  private readonly cache = new Map<string, Cached>();
  private lastLook: string | null = null;

  constructor(
    readonly path: string,
    private readonly fs: SyncFolderFs,
    private readonly write: Omit<DurableWriteOptions, 'fs'> = {},
  ) {}

  /** Throws (with an errno) when the folder is not there or cannot be listed. */
  read(): FolderRead {
    const files: ReadFile[] = [];
    const skipped: SkippedFile[] = [];
    const present = new Set<string>();
    const look: string[] = [];
    for (const name of this.fs.readdirSync(this.path).sort()) {
      const what = classifyFolderFile(name);
      if (what.kind === 'other') continue;
      present.add(name);
      if (what.kind === 'placeholder') {
        skipped.push({ name, words: `${name} is not downloaded to this computer yet; it is read once your sync service brings it down.` });
        continue;
      }
      const read = this.readOne(name, look);
      if (read.ok) files.push({ name, kind: what.kind, file: read.file });
      else skipped.push({ name, words: read.words });
    }
    for (const name of this.cache.keys()) if (!present.has(name)) this.cache.delete(name);
    const signature = [...present].join('\n') + '\n' + look.join('\n');
    const unchanged = signature === this.lastLook;
    this.lastLook = signature;
    return { files, skipped, unchanged };
  }

  /** `look` collects each file's content hash: what tells the next read whether anything moved. */
  private readOne(name: string, look: string[]): ReturnType<typeof readDeviceFile> {
    const path = join(this.path, name);
    let stat: { size: number; mtimeMs: number; isFile(): boolean };
    try {
      stat = this.fs.statSync(path);
    } catch (error) {
      return { ok: false, problem: 'unfinished', words: `${name} could not be looked at (${errnoOf(error) ?? 'error'}); it is read again at the next check.` };
    }
    if (!stat.isFile()) return { ok: false, problem: 'not-a-device-file', words: `${name} is not a file; it was left as it is.` };
    // Dropbox, OneDrive and Google Drive show a file before its content has arrived: an empty file is one not downloaded yet.
    if (stat.size === 0) return { ok: false, problem: 'unfinished', words: `${name} is empty (not downloaded yet, or still arriving); it is read again when it changes.` };
    let bytes: Buffer;
    try {
      bytes = this.fs.readFileSync(path);
    } catch (error) {
      // An online-only file the service cannot fetch now fails to read (EIO, ETIMEDOUT, EACCES on a placeholder).
      return { ok: false, problem: 'unfinished', words: `${name} could not be read now (${errnoOf(error) ?? 'error'}); it is read again at the next check.` };
    }
    // By content, not by size and time: network drives and FAT keep times to the second or two, and an
    // edit can leave a file the same size.
    const hash = createHash('sha1').update(bytes).digest('base64');
    look.push(`${name} ${hash}`);
    const cached = this.cache.get(name);
    if (cached && cached.hash === hash) return cached.read;
    const read = readDeviceFile(bytes.toString('utf8'), name);
    this.cache.set(name, { hash, read });
    return read;
  }

  /** Our own file, written durably (temp file, fsync, rename, folder fsync). Returns the bytes written. */
  writeOwn(file: DeviceFile): string {
    const text = serializeDeviceFile(file);
    durableWriteFileSync(this.ownPath(file.device.id), Buffer.from(text, 'utf8'), { ...this.write, fs: this.fs });
    return text;
  }

  /** Read our own file back as it now is on disk, bypassing the cache: the check after moving the plan. */
  readOwnBack(deviceId: string): ReturnType<typeof readDeviceFile> {
    const name = deviceFileName(deviceId);
    try {
      return readDeviceFile(this.fs.readFileSync(join(this.path, name)).toString('utf8'), name);
    } catch (error) {
      return { ok: false, problem: 'unfinished', words: `${name} could not be read back (${errnoOf(error) ?? 'error'}).` };
    }
  }

  ownPath(deviceId: string): string {
    return join(this.path, deviceFileName(deviceId));
  }

  /**
   * Move a merged conflict copy into the app's local quarantine (never deleted): one rename where the
   * folder and the app's data are on one drive, else a durable copy that is read back before the
   * original goes. Returns where it went, or null when it could not be moved (it is merged again next time).
   */
  quarantine(name: string, dataDir: string, at: Date): string | null {
    const from = join(this.path, name);
    // Conflict copies carry spaces and brackets ("plan.x (conflicted copy 2026-12-02).json"): kept readable, made safe.
    const label = `sync-${name.replace(/\.json$/, '').replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80)}`;
    try {
      return moveToQuarantine(this.fs, dataDir, from, label, at);
    } catch (error) {
      if (errnoOf(error) !== 'EXDEV') return null;
    }
    try {
      const bytes = this.fs.readFileSync(from);
      const target = join(dataDir, 'quarantine', `${label}-${at.toISOString().replace(/[-:.]/g, '')}-copied.json`);
      durableWriteFileSync(target, bytes, { ...this.write, fs: this.fs });
      if (Buffer.compare(this.fs.readFileSync(target), bytes) !== 0) return null;
      this.fs.unlinkSync(from);
      this.cache.delete(name);
      return target;
    } catch {
      return null;
    }
  }
}
