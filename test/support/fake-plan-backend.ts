import { DraftSchema, sameDraftKey, type Draft, type DraftKey } from '../../shared/drafts';
import type { EventName } from '../../shared/ipc/channels';
import type { DraftsState } from '../../shared/ipc/drafts';
import type { AppInfo, Notice, PlanSnapshot, SaveStatus } from '../../shared/ipc/contract';
import type { ExportResult } from '../../shared/cv/export/formats';
import { ApiError } from '../../shared/ipc/errors';
import type { ListingFile, ListingFileText } from '../../shared/ipc/listings';
import type { CvFile, CvFileRead } from '../../shared/ipc/cv-import';
import { readJsonResume } from '../../shared/cv-import/json-resume';
import type { ComparisonFormat } from '../../shared/listings';
import { PlanChangeSchema, PlanSchema, applyPlanChange, changeClockAt, createEmptyPlan, describeIssues, type Plan } from '../../shared/model';

/**
 * An in-memory stand-in for main behind renderer/lib/api: the same parse (PlanChangeSchema), the same
 * reducer (applyPlanChange) and the same validation (PlanSchema) as PlanService, without a file.
 * Answers travel through JSON as they do over IPC, so the page never shares objects with "main".
 */
export const BACKEND_NOW = new Date('2026-03-02T12:00:00.000Z');

/** `plan` of a person who has finished the first-run set-up, so the app opens on its screens. */
export function onboarded(plan: Plan): Plan {
  return { ...plan, profile: { ...plan.profile, onboardedAt: BACKEND_NOW.toISOString() } };
}

export class FakePlanBackend {
  plan: Plan = createEmptyPlan(BACKEND_NOW.toISOString());
  revision = 0;
  readOnly = false;
  notices: Notice[] = [];
  /** What main reports about saving; a test may set 'saving' or 'failed' and emit 'saveStatus'. */
  save: SaveStatus = { state: 'saved', message: null };
  /** Every argument applyChange received, in order. */
  readonly received: unknown[] = [];
  /** While set, applyChange waits for it before answering (to observe the optimistic view). */
  gate: Promise<void> | undefined;
  /** What getAppInfo answers; a test may replace it (say, shell 'electron'). */
  appInfo: AppInfo = { version: 'test', planLocation: '/tmp/pmo/plan.json', shell: 'browser' };
  /** Every URL openExternal was asked to open, in order. */
  readonly opened: string[] = [];
  private readonly refusals: ApiError[] = [];
  private readonly listeners = new Map<EventName, Set<(payload: unknown) => void>>();

  snapshot(): PlanSnapshot {
    return JSON.parse(JSON.stringify({ revision: this.revision, plan: this.plan, readOnly: this.readOnly, notices: this.notices, save: this.save }));
  }

  /** The next applyChange fails with `error`, storing nothing. */
  refuseNext(error: ApiError): void {
    this.refusals.push(error);
  }

  async getPlan(): Promise<PlanSnapshot> {
    return this.snapshot();
  }

  async getAppInfo(): Promise<AppInfo> {
    return { ...this.appInfo };
  }

  async openExternal(url: string): Promise<void> {
    this.opened.push(url);
  }

  async applyChange(input: unknown): Promise<PlanSnapshot> {
    this.received.push(JSON.parse(JSON.stringify(input)));
    if (this.gate) await this.gate;
    const refusal = this.refusals.shift();
    if (refusal) throw refusal;
    if (this.readOnly) throw new ApiError('read-only', 'This plan is open read-only, so the change was not saved.');
    const parsed = PlanChangeSchema.safeParse(input);
    if (!parsed.success) throw new ApiError('invalid-argument', describeIssues(parsed.error, 'request to applyChange'));
    const next = PlanSchema.safeParse(applyPlanChange(this.plan, parsed.data, changeClockAt(BACKEND_NOW)));
    if (!next.success) throw new ApiError('validation', describeIssues(next.error, 'change'));
    this.plan = next.data;
    this.revision += 1;
    return this.snapshot();
  }

  /** What openNewestBackup opens, as main would find it in backups/; null: there is none to open. */
  newestBackup: Plan | null = null;
  /** How many times openNewestBackup was called. */
  openNewestBackupCalls = 0;

  /** As main: the backup's plan in place, writable, with a notice saying so, and planChanged broadcast. */
  async openNewestBackup(): Promise<PlanSnapshot> {
    this.openNewestBackupCalls += 1;
    if (!this.newestBackup) throw new ApiError('not-found', 'No backup can be opened, so your plan was left as it is, read-only.');
    this.plan = this.newestBackup;
    this.readOnly = false;
    this.notices = [{ level: 'info', message: 'PMO Pathway opened your most recent backup. The plan saved by the newer version was moved, unchanged.' }];
    this.revision += 1;
    this.emit('planChanged', { revision: this.revision });
    return this.snapshot();
  }

  /** The drafts "main" keeps beside the plan; a test may seed them (as a restart would find them). */
  drafts: Draft[] = [];
  /** What listDrafts reports about them (a damaged drafts file, say). */
  draftsNotice: DraftsState['notice'] = null;
  /** While set, saveDraft fails with it (a full disk). */
  draftRefusal: ApiError | null = null;

  async listDrafts(): Promise<DraftsState> {
    return JSON.parse(JSON.stringify({ drafts: this.drafts, notice: this.draftsNotice }));
  }

  async saveDraft(input: unknown): Promise<Draft> {
    if (this.draftRefusal) throw this.draftRefusal;
    const parsed = DraftSchema.safeParse(input);
    if (!parsed.success) throw new ApiError('invalid-argument', describeIssues(parsed.error, 'request to saveDraft'));
    const kept = { ...parsed.data, savedAt: BACKEND_NOW.toISOString() };
    this.drafts = [...this.drafts.filter((d) => !sameDraftKey(d, kept)), kept];
    return JSON.parse(JSON.stringify(kept));
  }

  async discardDraft(key: DraftKey): Promise<void> {
    this.drafts = this.drafts.filter((d) => !sameDraftKey(d, key));
  }

  /** Every file extractListingText was handed, in order. */
  readonly extracted: ListingFile[] = [];
  /** Every comparison exportListingComparison was asked for, in order. */
  readonly comparisons: { listingId: string; format: ComparisonFormat }[] = [];

  /** As main, roughly: a `.bin` file is refused in words; anything else is read as UTF-8 text. */
  async extractListingText(file: ListingFile): Promise<ListingFileText> {
    this.extracted.push({ ...file });
    if (/\.bin$/i.test(file.fileName)) {
      throw new ApiError('validation', 'This file is not text, a Word document or a PDF. Add the listing as a .txt, .docx or .pdf file, or copy and paste the text.');
    }
    return { text: new TextDecoder('utf-8').decode(Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))).trim(), format: 'txt' };
  }

  async exportListingComparison(listingId: string, format: ComparisonFormat): Promise<ExportResult> {
    this.comparisons.push({ listingId, format });
    return { outcome: 'downloaded', fileName: 'Comparison.md' };
  }

  /** Every CV file readCvFile was handed, in order. */
  readonly cvFiles: CvFile[] = [];
  /** What readCvFile answers instead of reading the file as a JSON Resume (a Word CV's lines, say). */
  cvRead: ((file: CvFile) => CvFileRead) | null = null;
  /** While set, readCvFile waits for it before answering (to see the progress indicator). */
  cvReadGate: Promise<void> | undefined;
  /** How many times applyCvImport backed the plan up before applying. */
  cvImportBackups = 0;

  /** As main, for a JSON Resume: the shared reader over the decoded file; anything else is refused in words. */
  async readCvFile(file: CvFile): Promise<CvFileRead> {
    this.cvFiles.push({ ...file });
    if (this.cvReadGate) await this.cvReadGate;
    if (this.cvRead) return JSON.parse(JSON.stringify(this.cvRead(file)));
    let doc: unknown;
    try {
      doc = JSON.parse(new TextDecoder('utf-8').decode(Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))));
    } catch {
      throw new ApiError('validation', 'This JSON file is damaged (it does not parse), so nothing was imported.');
    }
    const read = readJsonResume(doc);
    if (!read.ok) throw new ApiError('validation', read.message);
    return JSON.parse(JSON.stringify({ kind: 'findings', fileName: file.fileName, findings: read.findings }));
  }

  /** As main: a backup first, then the change (main's own additions-only check is tested against main). */
  async applyCvImport(input: unknown): Promise<PlanSnapshot> {
    this.cvImportBackups += 1;
    return this.applyChange(input);
  }

  on(event: EventName, listener: (payload: unknown) => void): () => void {
    const set = this.listeners.get(event) ?? new Set();
    set.add(listener);
    this.listeners.set(event, set);
    return () => set.delete(listener);
  }

  emit(event: EventName, payload: unknown): void {
    for (const listener of this.listeners.get(event) ?? []) listener(payload);
  }

  listenerCount(event: EventName): number {
    return this.listeners.get(event)?.size ?? 0;
  }
}

export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
