import { MAX_DRAFTS, sameDraftKey, type Draft, type DraftKey } from '../../../shared/drafts';
import type { DraftsState } from '../../../shared/ipc/drafts';
import { ApiError } from '../../../shared/ipc/errors';
import type { DurableWriteOptions } from '../../storage/durable-write';
import { errnoOf, realFs, type StorageFs } from '../../storage/fs-port';
import { storageCause, StorageError } from '../../storage/storage-error';
import type { Clock } from '../clock';
import { readDraftsFile, writeDraftsFile } from './draft-file';

export interface DraftServiceOptions {
  dataDir: string;
  clock: Clock;
  fs?: StorageFs;
  write?: Omit<DurableWriteOptions, 'fs'>;
}

/**
 * Keeps every editor's unsaved work beside the plan (`drafts.json`), so closing, reloading or a crash
 * never loses what was typed. Main stamps when each draft was kept; the page offers it back. Each put
 * is written durably at once: the page already waits for typing to pause before sending one.
 */
export class DraftService {
  private drafts: Draft[];
  private readonly problem: string | null;
  private writable: boolean;
  private closing = false;
  private readonly fs: StorageFs;

  constructor(private readonly options: DraftServiceOptions) {
    this.fs = options.fs ?? realFs;
    const read = readDraftsFile(this.fs, options.dataDir, options.clock.now());
    this.drafts = read.drafts;
    this.problem = read.problem;
    this.writable = read.writable;
  }

  state(): DraftsState {
    return { drafts: this.drafts, notice: this.problem ? { level: 'warning', message: this.problem } : null };
  }

  /** True while any editor has unsaved work (the app asks before closing). */
  get hasDrafts(): boolean {
    return this.drafts.length > 0;
  }

  put(draft: Draft): Draft {
    const kept: Draft = { ...draft, savedAt: this.options.clock.now().toISOString() };
    if (this.closing) return kept;
    const others = this.drafts.filter((d) => !sameDraftKey(d, draft));
    // Newest last; past the limit the oldest is let go rather than refusing what is being typed now.
    this.commit([...others, kept].slice(-MAX_DRAFTS));
    return kept;
  }

  discard(key: DraftKey): void {
    if (!this.drafts.some((d) => sameDraftKey(d, key))) return;
    this.commit(this.drafts.filter((d) => !sameDraftKey(d, key)));
  }

  /**
   * "Don't save" when closing the window: every draft goes, and so does any the closing page still had
   * on its way (its unload handler sends what was waiting), so nothing discarded comes back next time.
   */
  discardAllForClose(): void {
    this.closing = true;
    if (this.drafts.length > 0) this.commit([]);
  }

  private commit(next: Draft[]): void {
    const previous = this.drafts;
    this.drafts = next;
    if (!this.writable) return;
    try {
      writeDraftsFile(this.fs, this.options.dataDir, next, this.options.write);
    } catch (error) {
      this.drafts = previous;
      const code = error instanceof StorageError ? error.code : (errnoOf(error) ?? 'EUNKNOWN');
      throw new ApiError('io', `Your unsaved changes could not be kept beside your plan (${storageCause(code)}). Save them to keep them.`);
    }
  }
}
