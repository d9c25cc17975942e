import type { Notice, PlanSnapshot, SaveStatus } from '../../shared/ipc/contract';
import { ApiError } from '../../shared/ipc/errors';
import { applyPlanChange, describeIssues, type Plan, type PlanChange } from '../../shared/model';
import { safeParseChangedPlan, safeParsePlan } from '../../shared/model/validated-plan';
import type { DurablePlan, StorageError } from '../storage';
import { changeClock, type Clock } from './clock';

/** What PlanService needs of the storage layer: the loaded plan and the one writer. */
export type PlanStore = Pick<DurablePlan, 'location' | 'loaded' | 'writer'>;

export interface PlanListeners {
  /** The plan changed (an edit, a restore, an import). */
  changed(snapshot: PlanSnapshot): void;
  /** Saving started, finished or failed. */
  saveStatus(status: SaveStatus): void;
}

/**
 * Owns the person's plan: holds it, applies every change, validates the result and hands it to the
 * storage layer's single writer, which saves it durably a moment later (debounced). The renderer only
 * ever holds a copy. Knows nothing of Electron or the browser bridge.
 */
export class PlanService {
  private plan: Plan;
  private revision = 0;
  private readOnly: boolean;
  private notices: Notice[];
  private save: SaveStatus = { state: 'saved', message: null };
  private readonly listeners = new Set<Partial<PlanListeners>>();

  constructor(
    private readonly store: PlanStore,
    private readonly clock: Clock,
  ) {
    this.plan = store.loaded.plan;
    this.readOnly = store.loaded.readOnly;
    this.notices = [...store.loaded.notices];
  }

  get location(): string {
    return this.store.location;
  }

  get current(): Plan {
    return this.plan;
  }

  snapshot(): PlanSnapshot {
    return { revision: this.revision, plan: this.plan, readOnly: this.readOnly, notices: this.notices, save: this.save };
  }

  subscribe(listeners: Partial<PlanListeners>): () => void {
    this.listeners.add(listeners);
    return () => this.listeners.delete(listeners);
  }

  /** Apply one change. Only a valid result is kept; it is on disk within the writer's debounce. */
  apply(change: PlanChange): PlanSnapshot {
    this.assertWritable();
    // Checks what the change touched (the rest passed before): PlanSchema's verdict at a fraction of a full parse.
    const parsed = safeParseChangedPlan(this.plan, applyPlanChange(this.plan, change, changeClock(this.clock)));
    if (!parsed.success) throw new ApiError('validation', describeIssues(parsed.error, 'change'));
    return this.commit(parsed.data, false);
  }

  /**
   * Replace the whole plan (restore, import) and write it at once. The caller backs up the current plan
   * first, so this can be undone from the Backups screen.
   */
  replace(plan: Plan): PlanSnapshot {
    this.assertWritable();
    const parsed = safeParsePlan(plan);
    if (!parsed.success) throw parsed.error;
    return this.commit(parsed.data, true);
  }

  /**
   * Put a plan in place of a read-only one and make the plan writable: used once the file that made it
   * read-only (a newer version's plan) has been moved aside and the writer may write again. The plan is
   * written at once and `changed` fires, so every page reloads its snapshot (notices included).
   */
  reopenWritable(plan: Plan, notices: Notice[]): PlanSnapshot {
    const parsed = safeParsePlan(plan);
    if (!parsed.success) throw parsed.error;
    this.readOnly = false;
    this.notices = notices;
    return this.commit(parsed.data, true);
  }

  /**
   * Refuse with 'read-only' while the plan must not be written. Services that replace the plan call this
   * before anything else (before a backup, before retention), so a refused call has no side effect at all.
   */
  assertWritable(refused = 'the change was not saved'): void {
    if (this.readOnly) {
      throw new ApiError('read-only', `This plan is open read-only, so ${refused}. ${this.notices[0]?.message ?? ''}`.trim());
    }
  }

  /** Write anything pending now (quit, shutdown, SIGTERM). True when nothing is left unsaved. */
  flush(): boolean {
    return this.store.writer.flush();
  }

  /** Wired to the writer's onError: the person is told, the plan stays in memory and is retried. */
  reportSaveFailure(error: StorageError): void {
    this.setSaveStatus({ state: 'failed', message: error.message });
  }

  /** Wired to the writer's onSaved. */
  reportSaved(): void {
    if (!this.store.writer.pending) this.setSaveStatus({ state: 'saved', message: null });
  }

  private commit(plan: Plan, immediately: boolean): PlanSnapshot {
    this.plan = plan;
    this.revision += 1;
    if (this.save.state !== 'failed') this.setSaveStatus({ state: 'saving', message: null });
    this.store.writer.schedule(plan);
    if (immediately) this.store.writer.flush();
    const snapshot = this.snapshot();
    for (const listener of this.listeners) listener.changed?.(snapshot);
    return snapshot;
  }

  private setSaveStatus(status: SaveStatus): void {
    if (status.state === this.save.state && status.message === this.save.message) return;
    this.save = status;
    for (const listener of this.listeners) listener.saveStatus?.(status);
  }
}
