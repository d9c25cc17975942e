import { EventEmitter } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { PLAN_SCHEMA_VERSION, type Plan } from '../../../shared/model';
import { flushOnExit } from '../../../main/storage/exit-flush';
import { realFs, type StorageFs } from '../../../main/storage/fs-port';
import { createPlanWriter, type PlanWriter, type PlanWriterOptions, type Timers } from '../../../main/storage/plan-writer';
import { INVALID_PLAN, READ_ONLY, type StorageError } from '../../../main/storage/storage-error';
import { cleanupTempDirs, faultyFs, planJson, samplePlan, tempDir, type Fault } from './helpers';

/** A manual clock for the writer's timers: nothing runs until `advance`. */
class FakeTimers implements Timers {
  now = 0;
  private queue: { at: number; fn: () => void; id: number }[] = [];
  private nextId = 1;
  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.queue.push({ at: this.now + ms, fn, id });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.queue = this.queue.filter((t) => t.id !== handle);
  }
  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      const due = this.queue.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.queue = this.queue.filter((t) => t !== due);
      this.now = due.at;
      due.fn();
    }
    this.now = end;
  }
  get armed(): number[] {
    return this.queue.map((t) => t.at);
  }
}

const writers: PlanWriter[] = [];
afterEach(() => {
  for (const w of writers.splice(0)) w.close();
  cleanupTempDirs();
});

interface Harness {
  path: string;
  timers: FakeTimers;
  writer: PlanWriter;
  errors: StorageError[];
  saved: Plan[];
  renames: number;
}

function harness(options: Partial<PlanWriterOptions> & { faults?: Fault[] } = {}): Harness {
  const path = join(tempDir(), 'plan.json');
  writeFileSync(path, planJson(samplePlan(1, 'on disk')));
  const timers = new FakeTimers();
  const h = { path, timers, errors: [] as StorageError[], saved: [] as Plan[], renames: 0 } as Harness;
  const base = options.faults ? faultyFs(options.faults) : realFs;
  const fs: StorageFs = { ...base, renameSync: (a, b) => (h.renames++, base.renameSync(a, b)) };
  h.writer = createPlanWriter({
    path, fs, timers, write: { platform: 'linux' },
    onError: (e) => h.errors.push(e),
    onSaved: (p) => h.saved.push(p),
    ...options,
  });
  writers.push(h.writer);
  return h;
}

const onDisk = (h: Harness) => JSON.parse(readFileSync(h.path, 'utf8')) as Plan;

describe('PlanWriter', () => {
  it('coalesces a burst of changes into one write of the latest plan after the debounce', () => {
    const h = harness();
    for (let i = 2; i <= 6; i++) h.writer.schedule(samplePlan(i));
    expect(h.renames).toBe(0);
    h.timers.advance(299);
    expect(h.renames).toBe(0);
    h.timers.advance(1);
    expect(h.renames).toBe(1);
    expect(onDisk(h).milestones).toHaveLength(6);
    expect(h.saved.map((p) => p.milestones.length)).toEqual([6]);
    expect(h.writer.pending).toBe(false);
  });

  it('does not restart the window on each change, so steady editing still saves every 300 ms', () => {
    const h = harness();
    h.writer.schedule(samplePlan(2));
    h.timers.advance(200);
    h.writer.schedule(samplePlan(3));
    h.timers.advance(100); // 300 ms after the first change
    expect(onDisk(h).milestones).toHaveLength(3);
    h.timers.advance(100);
    h.writer.schedule(samplePlan(4));
    h.timers.advance(299);
    expect(onDisk(h).milestones).toHaveLength(3);
    h.timers.advance(1);
    expect(onDisk(h).milestones).toHaveLength(4);
  });

  it('flush writes synchronously and cancels the timer; flushing with nothing pending writes nothing', () => {
    const h = harness();
    h.writer.schedule(samplePlan(5));
    expect(h.writer.flush()).toBe(true);
    expect(onDisk(h).milestones).toHaveLength(5);
    expect(h.timers.armed).toEqual([]);
    expect(h.writer.flush()).toBe(true);
    h.timers.advance(10_000);
    expect(h.renames).toBe(1);
  });

  it('acknowledges a save only after the rename and the folder fsync', () => {
    const calls: string[] = [];
    const path = join(tempDir(), 'plan.json');
    const seenAtAck: string[][] = [];
    const writer = createPlanWriter({
      path, fs: faultyFs([], calls), timers: new FakeTimers(), write: { platform: 'linux' },
      onError: () => {}, onSaved: () => seenAtAck.push([...calls]),
    });
    writers.push(writer);
    writer.schedule(samplePlan(2));
    writer.flush();
    expect(seenAtAck).toEqual([['open', 'write', 'fsync', 'close', 'rename', 'dir-open', 'dir-fsync']]);
  });

  it('a failed save keeps the plan pending, reports it, and a later retry saves it', () => {
    const h = harness({ faults: [{ step: 'write', code: 'ENOSPC', times: 2 }] });
    h.writer.schedule(samplePlan(7));
    expect(h.writer.flush()).toBe(false);
    expect(h.writer.pending).toBe(true);
    expect(h.errors.map((e) => [e.code, e.message])).toEqual([['ENOSPC', expect.stringMatching(/^The disk is full/)]]);
    expect(h.saved).toEqual([]);
    expect(onDisk(h).milestones).toHaveLength(1); // the last good save is untouched

    h.timers.advance(1_000); // first automatic retry: fails again
    expect(h.errors).toHaveLength(2);
    h.writer.schedule(samplePlan(8)); // a change made while the disk is full rides on the next retry
    expect(h.timers.armed).toEqual([1_000 + 2_000]);
    h.timers.advance(2_000);
    expect(h.errors).toHaveLength(2);
    expect(h.writer.pending).toBe(false);
    expect(onDisk(h).milestones).toHaveLength(8);
    expect(h.saved.map((p) => p.milestones.length)).toEqual([8]);
  });

  it('an unconfirmed save (folder fsync failed) is not acknowledged and is written again', () => {
    const h = harness({ faults: [{ step: 'dir-fsync', code: 'EIO', times: 1 }] });
    h.writer.schedule(samplePlan(3));
    expect(h.writer.flush()).toBe(false);
    expect(h.saved).toEqual([]);
    expect(h.writer.flush()).toBe(true);
    expect(h.saved).toHaveLength(1);
    expect(h.renames).toBe(2);
  });

  it('refuses every save when read-only, leaving the file byte-identical', () => {
    const h = harness({ readOnlyReason: 'Saved by a newer version.' });
    const before = readFileSync(h.path);
    h.writer.schedule(samplePlan(3));
    h.timers.advance(5_000);
    expect(h.writer.flush()).toBe(true);
    expect(h.writer.pending).toBe(false);
    expect(h.errors.map((e) => [e.code, e.message])).toEqual([[READ_ONLY, 'Saved by a newer version.']]);
    expect(readFileSync(h.path)).toEqual(before);
    expect(h.renames).toBe(0);
  });

  it('never writes a plan that fails validation (it would be quarantined at the next start)', () => {
    const h = harness();
    h.writer.schedule({ ...samplePlan(2), schemaVersion: PLAN_SCHEMA_VERSION + 1 } as never);
    h.timers.advance(300);
    expect(h.errors.map((e) => e.code)).toEqual([INVALID_PLAN]);
    expect(onDisk(h)).toEqual(samplePlan(1, 'on disk'));
    expect(h.writer.pending).toBe(false);
  });

  it('allows one writer per file', () => {
    const h = harness();
    expect(() => createPlanWriter({ path: h.path, onError: () => {} })).toThrow(/already open/);
    h.writer.schedule(samplePlan(9));
    expect(h.writer.close()).toBe(true); // close flushes
    expect(onDisk(h).milestones).toHaveLength(9);
    const again = createPlanWriter({ path: h.path, onError: () => {} });
    writers.push(again);
    expect(() => h.writer.schedule(samplePlan(1))).toThrow(/closed/);
  });

  it('property: whatever the order of changes, flushes, timer ticks and transient faults, the file ends as the last plan', () => {
    const op = fc.oneof(
      fc.integer({ min: 0, max: 12 }).map((n) => ({ kind: 'change' as const, n })),
      fc.constant({ kind: 'flush' as const }),
      fc.integer({ min: 1, max: 3000 }).map((ms) => ({ kind: 'tick' as const, ms })),
    );
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), fc.integer({ min: 0, max: 4 }), (ops, failures) => {
        const h = harness({ faults: [{ step: 'rename', code: 'EIO', times: failures }] });
        let last: Plan | null = null;
        for (const o of ops) {
          if (o.kind === 'change') h.writer.schedule((last = samplePlan(o.n, 'p')));
          else if (o.kind === 'flush') h.writer.flush();
          else h.timers.advance(o.ms);
        }
        while (h.writer.pending) h.writer.flush(); // quit: flush until the transient faults are used up
        expect(onDisk(h)).toEqual(last ?? samplePlan(1, 'on disk'));
        if (last) expect(h.saved.at(-1)).toEqual(last);
        h.writer.close();
      }),
      { numRuns: 80 },
    );
  });
});

describe('flushOnExit', () => {
  function fakeProcess() {
    const proc = Object.assign(new EventEmitter(), { exitCodes: [] as number[], exit(code?: number) { proc.exitCodes.push(code ?? 0); } });
    return proc;
  }

  it('flushes on exit and on SIGTERM / SIGINT / SIGHUP, then ends the process with the signal code', () => {
    const h = harness();
    const proc = fakeProcess();
    const remove = flushOnExit(h.writer, { process: proc });
    h.writer.schedule(samplePlan(4));
    proc.emit('SIGTERM', 'SIGTERM');
    expect(onDisk(h).milestones).toHaveLength(4);
    expect(proc.exitCodes).toEqual([143]);
    h.writer.schedule(samplePlan(5));
    proc.emit('exit', 0);
    expect(onDisk(h).milestones).toHaveLength(5);

    remove();
    h.writer.schedule(samplePlan(6));
    proc.emit('SIGINT', 'SIGINT');
    expect(onDisk(h).milestones).toHaveLength(5);
    expect(proc.listenerCount('SIGHUP')).toBe(0);
  });

  it('lets Electron decide how to quit after flushing', () => {
    const h = harness();
    const proc = fakeProcess();
    const quits: string[] = [];
    flushOnExit(h.writer, { process: proc, onSignal: (s) => quits.push(s) });
    h.writer.schedule(samplePlan(2));
    proc.emit('SIGHUP', 'SIGHUP');
    expect(onDisk(h).milestones).toHaveLength(2);
    expect(quits).toEqual(['SIGHUP']);
    expect(proc.exitCodes).toEqual([]);
  });
});
