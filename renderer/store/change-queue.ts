import type { PlanSnapshot } from '../../shared/ipc/contract';
import { applyPlanChange, changeClockAt, type PlanChange } from '../../shared/model';

/**
 * Optimistic edits without losing order or truth. Changes are sent to main one at a time (so they are
 * stored in the order made); meanwhile the page shows the last confirmed snapshot with every pending
 * change applied by the same pure reducer main uses. When main answers, its snapshot becomes the new
 * base; when it refuses, that change is dropped and the view falls back to base + the rest.
 */
export class ChangeQueue {
  private confirmed: PlanSnapshot | null = null;
  private pending: PlanChange[] = [];
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly send: (change: PlanChange) => Promise<PlanSnapshot>,
    private readonly publish: (snapshot: PlanSnapshot) => void,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A snapshot loaded from main (start-up, or after a change made elsewhere). */
  reset(snapshot: PlanSnapshot): void {
    this.confirmed = snapshot;
    this.publish(this.view());
  }

  get size(): number {
    return this.pending.length;
  }

  /** Resolves once every change enqueued so far has been answered (stored or refused). */
  settled(): Promise<void> {
    return this.tail.then(() => undefined);
  }

  /**
   * Resolves with main's answer: the stored snapshot, or the error it refused with. `send` replaces the
   * usual method for this change (a CV import goes through the method that backs the plan up first).
   */
  enqueue(change: PlanChange, send: (change: PlanChange) => Promise<PlanSnapshot> = this.send): Promise<PlanSnapshot> {
    this.pending.push(change);
    this.publish(this.view());
    const result = this.tail.then(() => send(change));
    this.tail = result.then(
      (snapshot) => this.settle(change, snapshot),
      () => this.settle(change, null),
    );
    return result;
  }

  private settle(change: PlanChange, stored: PlanSnapshot | null): void {
    this.pending = this.pending.filter((candidate) => candidate !== change);
    if (stored && stored.revision >= (this.confirmed?.revision ?? -1)) this.confirmed = stored;
    this.publish(this.view());
  }

  private view(): PlanSnapshot {
    if (!this.confirmed) throw new Error('The plan has not been loaded yet.');
    if (this.pending.length === 0) return this.confirmed;
    const clock = changeClockAt(this.now());
    const plan = this.pending.reduce((current, change) => applyPlanChange(current, change, clock), this.confirmed.plan);
    return { ...this.confirmed, plan };
  }
}
