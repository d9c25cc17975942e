import { join } from 'node:path';
import { DRAFTS_FILE_FORMAT, DraftSchema, DraftsFileSchema, type Draft } from '../../../shared/drafts';
import { describeIssues } from '../../../shared/model';
import { durableWriteFileSync, type DurableWriteOptions } from '../../storage/durable-write';
import { errnoOf, type StorageFs } from '../../storage/fs-port';
import { parseDocument } from '../../storage/plan-codec';
import { moveToQuarantine } from '../../storage/quarantine';

/**
 * `drafts.json` beside the plan: what editors held when the person last typed, so it survives a
 * reload, a restart or a crash. It is never the plan; a damaged one is moved to `quarantine/` (one
 * rename, never deleted) and the app starts without it: a draft can never stop PMO Pathway starting.
 */
export const DRAFTS_FILE_NAME = 'drafts.json';

/** Larger than MAX_DRAFTS drafts at their limits could ever be; a bigger file is not read whole. */
const MAX_DRAFTS_FILE_BYTES = 16 * 1024 * 1024;

export interface DraftFileRead {
  drafts: Draft[];
  /** Plain words for the person when something could not be read; null when all was well. */
  problem: string | null;
  /** False when a damaged file could not be moved aside: then it must not be overwritten either. */
  writable: boolean;
}

export function draftsFilePath(dataDir: string): string {
  return join(dataDir, DRAFTS_FILE_NAME);
}

export function readDraftsFile(fs: StorageFs, dataDir: string, now: Date): DraftFileRead {
  const path = draftsFilePath(dataDir);
  let bytes: Buffer;
  try {
    const stat = fs.statSync(path);
    if (stat.size > MAX_DRAFTS_FILE_BYTES) return setAside(fs, dataDir, path, [], 'it is far too large to be a drafts file', now);
    bytes = fs.readFileSync(path);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return { drafts: [], problem: null, writable: true };
    return { drafts: [], problem: `Your unsaved changes from last time could not be read (${errnoOf(error) ?? 'error'}); they are left where they are.`, writable: false };
  }
  const parsed = parseDocument(bytes);
  if ('reason' in parsed) return setAside(fs, dataDir, path, [], parsed.reason, now);
  const file = DraftsFileSchema.safeParse(parsed.doc);
  if (!file.success) return setAside(fs, dataDir, path, [], describeIssues(file.error, 'drafts file'), now);

  const drafts: Draft[] = [];
  let unreadable = 0;
  for (const entry of file.data.drafts) {
    const draft = DraftSchema.safeParse(entry);
    if (draft.success) drafts.push(draft.data);
    else unreadable += 1;
  }
  if (unreadable === 0) return { drafts, problem: null, writable: true };
  const what = unreadable === 1 ? 'one unsaved draft could not be read' : `${unreadable} unsaved drafts could not be read`;
  return setAside(fs, dataDir, path, drafts, what, now);
}

export function writeDraftsFile(fs: StorageFs, dataDir: string, drafts: readonly Draft[], write: Omit<DurableWriteOptions, 'fs'> = {}): void {
  const json = JSON.stringify({ format: DRAFTS_FILE_FORMAT, version: 1, drafts }, undefined, '\t');
  durableWriteFileSync(draftsFilePath(dataDir), json, { ...write, fs });
}

/** Move the damaged file aside and keep what could be read; the person is told where it went. */
function setAside(fs: StorageFs, dataDir: string, path: string, kept: Draft[], reason: string, now: Date): DraftFileRead {
  const keptWords = kept.length > 0 ? ' The others are back.' : '';
  try {
    const moved = moveToQuarantine(fs, dataDir, path, 'drafts', now);
    return { drafts: kept, problem: `Some unsaved changes from last time could not be read (${reason}). The file was moved to ${moved}.${keptWords}`, writable: true };
  } catch (error) {
    return {
      drafts: kept,
      problem: `Some unsaved changes from last time could not be read (${reason}), and the file could not be moved aside (${errnoOf(error) ?? 'error'}). New unsaved changes are kept only until PMO Pathway closes.`,
      writable: false,
    };
  }
}
