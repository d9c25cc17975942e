import { EventEmitter } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '../../../shared/model';
import { flushOnExit } from '../../../main/storage/exit-flush';
import { createPlanWriter, type PlanWriter, type PlanWriterOptions, type Timers } from '../../../main/storage/plan-writer';
import { INVALID_PLAN, type StorageError } from '../../../main/storage/storage-error';
import { cleanupTempDirs, faultyFs, planJson, samplePlan, tempDir, type Fault } from './helpers';

/** The writer's promises at their edges: retries, listeners that throw, closing twice, its own timers. */

/** Timers that only record what was armed; a test fires them by hand. */
class RecordingTimers implements Timers {
  armed: { ms: number; fn: () => void; id: number }[] = [];
  private next = 1;
  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.next++;
    this.armed.push({ ms, fn, id });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.armed = this.armed.filter((t) => t.id !== handle);
  }
  fire(): void {
    const due = this.armed.shift();
    due?.fn();
  }
}

const writers: PlanWriter[] = [];
afterEach(() => {
  for (const w of writers.splice(0)) w.close();
  cleanupTempDirs();
  vi.restoreAllMocks();
});

function setUp(options: Partial<PlanWriterOptions> & { faults?: Fault[] } = {}) {
  const path = join(tempDir(), 'plan.json');
  writeFileSync(path, planJson(samplePlan(1, 'on disk')));
  const timers = new RecordingTimers();
  const errors: StorageError[] = [];
  const { faults, ...rest } = options;
  const writer = createPlanWriter({ path, timers, fs: faults ? faultyFs(faults) : undefined, write: { platform: 'linux' }, onError: (e) => errors.push(e), ...rest });
  writers.push(writer);
  return { path, timers, errors, writer };
}

const onDisk = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Plan;

describe('PlanWriter, at the edges', () => {
  it('retries with growing waits, repeating the last one', () => {
    const { writer, timers, errors } = setUp({ faults: [{ step: 'write', code: 'EIO', times: 4 }], retryDelaysMs: [10, 20] });
    writer.schedule(samplePlan(2));
    expect(timers.armed.map((t) => t.ms)).toEqual([300]);
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      timers.fire();
      waits.push(...timers.armed.map((t) => t.ms));
    }
    expect(waits).toEqual([10, 20, 20]);
    expect(errors).toHaveLength(3);
    expect(writer.pending).toBe(true);
  });

  it('does not retry with no retry delays, nor after it was closed', () => {
    const none = setUp({ faults: [{ step: 'write', code: 'EIO' }], retryDelaysMs: [] });
    none.writer.schedule(samplePlan(2));
    expect(none.writer.flush()).toBe(false);
    expect(none.timers.armed).toEqual([]);

    const closing = setUp({ faults: [{ step: 'write', code: 'EIO' }] });
    closing.writer.schedule(samplePlan(2));
    expect(closing.writer.close()).toBe(false);
    expect(closing.timers.armed).toEqual([]);
  });

  it('drops a plan that fails its checks, says so, and keeps the last good save', () => {
    const { writer, errors, path } = setUp();
    writer.schedule({ ...samplePlan(1), milestones: 'not a list' } as unknown as Plan);
    expect(writer.flush()).toBe(true);
    expect(writer.pending).toBe(false);
    expect(errors.map((e) => [e.code, e.step, e.message])).toEqual([
      [INVALID_PLAN, 'validate', 'A change could not be saved because the plan failed its checks. Your last saved plan is unchanged.'],
    ]);
    expect(onDisk(path)).toEqual(samplePlan(1, 'on disk'));
  });

  it('survives a listener that throws, and logs it', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { writer, path } = setUp({
      onError: () => { throw new Error('listener broke'); },
      onSaved: () => { throw new Error('listener broke too'); },
    });
    writer.schedule(samplePlan(3));
    expect(writer.flush()).toBe(true);
    expect(onDisk(path).milestones).toHaveLength(3);
    expect(logged).toHaveBeenCalledWith('PlanWriter onSaved listener threw', expect.any(Error));

    writer.schedule({ ...samplePlan(1), milestones: 'x' } as unknown as Plan);
    expect(() => writer.flush()).not.toThrow();
    expect(logged).toHaveBeenCalledWith('PlanWriter onError listener threw', expect.any(Error));
  });

  it('says something is left unsaved when a change arrives while a save is being acknowledged', () => {
    const late: { writer?: PlanWriter } = {};
    const set = setUp({ onSaved: (plan) => { if (plan.milestones.length === 2) late.writer?.schedule(samplePlan(5)); } });
    const writer = set.writer;
    late.writer = writer;
    writer.schedule(samplePlan(2));
    expect(writer.flush()).toBe(false);
    expect(writer.pending).toBe(true);
    expect(writer.flush()).toBe(true);
    expect(onDisk(set.path).milestones).toHaveLength(5);
  });

  it('a second close changes nothing, and never frees the file for a second writer', () => {
    const first = setUp({ faults: [{ step: 'write', code: 'EIO' }] });
    first.writer.schedule(samplePlan(2));
    expect(first.writer.close()).toBe(false);
    expect(first.writer.close()).toBe(false);
    const second = createPlanWriter({ path: first.path, onError: () => undefined });
    writers.push(second);
    first.writer.close();
    expect(() => createPlanWriter({ path: first.path, onError: () => undefined })).toThrow(/already open/);
  });

  it('saves on its own timers when none are given', async () => {
    const path = join(tempDir(), 'plan.json');
    const writer = createPlanWriter({ path, debounceMs: 5, onError: () => undefined });
    writers.push(writer);
    writer.schedule(samplePlan(2, 'timed'));
    await vi.waitFor(() => expect(writer.pending).toBe(false), { timeout: 10_000 });
    expect(onDisk(path)).toEqual(samplePlan(2, 'timed'));
  });
});

describe('flushOnExit, its handlers', () => {
  it('listens for exit and each of SIGTERM, SIGINT and SIGHUP, and removes every one', () => {
    const proc = Object.assign(new EventEmitter(), { exit: () => undefined });
    const remove = flushOnExit({ flush: () => true }, { process: proc });
    const events = ['exit', 'SIGTERM', 'SIGINT', 'SIGHUP'];
    expect(events.map((e) => proc.listenerCount(e))).toEqual([1, 1, 1, 1]);
    remove();
    expect(events.map((e) => proc.listenerCount(e))).toEqual([0, 0, 0, 0]);
  });

  it('tells the caller whether the flush saved everything', () => {
    const proc = Object.assign(new EventEmitter(), { exit: () => undefined });
    const told: [string, boolean][] = [];
    flushOnExit({ flush: () => false }, { process: proc, onSignal: (signal, saved) => told.push([signal, saved]) });
    proc.emit('SIGTERM', 'SIGTERM');
    expect(told).toEqual([['SIGTERM', false]]);
  });
});
