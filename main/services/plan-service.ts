import type { PlanSnapshot, Notice } from '../../shared/ipc/contract';
import { ApiError } from '../../shared/ipc/errors';
import {
  PlanSchema,
  applyPlanChange,
  createEmptyPlan,
  describeIssues,
  migratePlan,
  type Plan,
  type PlanChange,
} from '../../shared/model';
import { changeClock, type Clock } from './clock';
import type { PlanStorage } from './plan-storage';

/**
 * Owns the person's plan: loads it once, applies every change, validates the result and stores it.
 * The renderer only ever holds a copy. Knows nothing of Electron: storage and clock are injected.
 */
export class PlanService {
  private plan: Plan;
  private revision = 0;
  private readOnly = false;
  private notices: Notice[] = [];
  private readonly listeners = new Set<(snapshot: PlanSnapshot) => void>();

  constructor(
    private readonly storage: PlanStorage,
    private readonly clock: Clock,
  ) {
    this.plan = createEmptyPlan(clock.now().toISOString());
    this.load();
  }

  get location(): string {
    return this.storage.location;
  }

  snapshot(): PlanSnapshot {
    return { revision: this.revision, plan: this.plan, readOnly: this.readOnly, notices: this.notices };
  }

  /** Called with the new snapshot after every stored change. */
  onChange(listener: (snapshot: PlanSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Apply one change; the stored file and this service change only if the result is valid and written. */
  apply(change: PlanChange): PlanSnapshot {
    if (this.readOnly) {
      throw new ApiError('read-only', 'This plan is open read-only, so the change was not saved. ' + (this.notices[0]?.message ?? ''));
    }
    const candidate = applyPlanChange(this.plan, change, changeClock(this.clock));
    const parsed = PlanSchema.safeParse(candidate);
    if (!parsed.success) throw new ApiError('validation', describeIssues(parsed.error, 'change'));
    this.persist(parsed.data);
    this.plan = parsed.data;
    this.revision += 1;
    const snapshot = this.snapshot();
    for (const listener of this.listeners) listener(snapshot);
    return snapshot;
  }

  private persist(plan: Plan): void {
    try {
      this.storage.write(plan);
    } catch (error) {
      throw new ApiError('io', `Your change could not be saved to ${this.storage.location}: ${plainReason(error)} Nothing already saved was lost.`);
    }
  }

  private load(): void {
    let stored: unknown;
    try {
      stored = this.storage.read();
    } catch (error) {
      this.openReadOnly(`Your plan file at ${this.storage.location} could not be read (${plainReason(error)}). It has been left untouched and nothing will be written over it.`);
      return;
    }
    if (stored === undefined) return; // first run: an empty plan, written on the first change
    const outcome = migratePlan(stored);
    switch (outcome.kind) {
      case 'current':
        this.plan = outcome.plan;
        return;
      case 'migrated':
        this.plan = outcome.plan;
        this.notices.push({ level: 'info', message: `Your plan was updated from format version ${outcome.fromVersion}.` });
        return;
      case 'newer':
        this.openReadOnly(`Your plan was saved by a newer version of PMO Pathway (format ${outcome.version}). Update the app to edit it; it is open read-only so it is not overwritten.`);
        return;
      case 'invalid':
        this.openReadOnly(`${outcome.message} The file at ${this.storage.location} has been left untouched.`);
        return;
    }
  }

  private openReadOnly(message: string): void {
    this.readOnly = true;
    this.notices.push({ level: 'error', message });
  }
}

/** A short reason from a Node error, without a stack. */
export function plainReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
      return 'the disk is full.';
    case 'EACCES':
    case 'EPERM':
      return 'permission was denied.';
    case 'EROFS':
      return 'the disk is read-only.';
    case 'EBUSY':
      return 'the file is in use by another program.';
    default:
      return error instanceof SyntaxError ? 'it is not valid JSON.' : 'the file system reported an error.';
  }
}
