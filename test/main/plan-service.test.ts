import fs from 'node:fs';
import path from 'node:path';
import { forwardPlanEvents } from '../../main/api/plan-events';
import { serializePlan } from '../../main/storage';
import { EVENTS, type SaveStatus } from '../../shared/ipc/contract';
import { ApiError } from '../../shared/ipc/errors';
import { PLAN_SCHEMA_VERSION, PlanSchema, createEmptyPlan, type PlanChange } from '../../shared/model';
import {
  FIXED_NOW,
  PLAN_FILE_NAME,
  composeIn,
  composeInNewProcess,
  folderContents,
  makeTempDir,
  manualTimers,
  putMilestone,
  readBytes,
  readJson,
  removeTempDirs,
  switchableFs,
  v1Document,
} from '../support/temp-plan';

/**
 * PlanService over the durable storage layer, composed exactly as the app and the bridge compose it
 * (composeApp over a real temp data folder). The writer's timers are manual: a change reaches plan.json
 * when the debounce timer runs or on flush(), never by accident of timing.
 */

afterEach(() => removeTempDirs());

/** Runs `work`, expecting an ApiError (of this or of a fresh module instance), and returns it. */
function refusal(work: () => unknown): ApiError {
  try {
    work();
  } catch (error) {
    expect((error as Error).name).toBe('ApiError');
    return error as ApiError;
  }
  throw new Error('Expected the call to be refused.');
}

/** What a message shown to a person must never contain. */
const PLAIN = /ZodError|Error:|\n\s+at |node_modules|\{"|EUNKNOWN|undefined/;

/** A data folder, its plan.json path, and a service composed over it that records save statuses. */
function setUp(options: Parameters<typeof composeIn>[1] = {}) {
  const dir = makeTempDir();
  const file = path.join(dir, PLAN_FILE_NAME);
  const timers = manualTimers();
  const { services } = composeIn(dir, { ...options, storage: { timers, ...options.storage } });
  const statuses: SaveStatus[] = [];
  const changed = vi.fn();
  services.plan.subscribe({ changed, saveStatus: (status) => statuses.push(status) });
  return { dir, file, timers, plan: services.plan, statuses, changed };
}

const SAVED: SaveStatus = { state: 'saved', message: null };
const SAVING: SaveStatus = { state: 'saving', message: null };

describe('PlanService: saving through the single durable writer', () => {
  it('starts with an empty plan in an empty folder and writes nothing until the first change', () => {
    const { dir, file, plan } = setUp();
    expect(plan.snapshot()).toEqual({ revision: 0, plan: createEmptyPlan(FIXED_NOW.toISOString()), readOnly: false, notices: [], save: SAVED });
    expect(plan.location).toBe(file);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('keeps a change in memory at once, writes it when the debounce ends, then reports saved', () => {
    const { file, timers, plan, statuses, changed } = setUp();
    const snapshot = plan.apply(putMilestone('m1', 'Shadow the PMO for a week'));

    expect(snapshot.revision).toBe(1);
    expect(snapshot.save).toEqual(SAVING);
    expect(changed).toHaveBeenCalledExactlyOnceWith(snapshot);
    expect(statuses).toEqual([SAVING]);
    expect(fs.existsSync(file)).toBe(false); // debounced: not written yet
    expect(timers.pending).toEqual([{ ms: 300 }]);

    timers.runAll();
    expect(readBytes(file).toString('utf8')).toBe(serializePlan(snapshot.plan)); // conf's format: tab-indented JSON
    expect(statuses).toEqual([SAVING, SAVED]);
    expect(plan.snapshot().save).toEqual(SAVED);
  });

  it('coalesces a burst of changes into one write of the latest plan', () => {
    const { file, timers, plan } = setUp();
    plan.apply(putMilestone('m1', 'One'));
    plan.apply(putMilestone('m2', 'Two'));
    const last = plan.apply(putMilestone('m3', 'Three'));
    expect(timers.pending).toHaveLength(1);
    timers.runAll();
    expect(readJson(file)).toEqual(last.plan);
  });

  it('save -> flush -> a new process reads the plan back', async () => {
    const { dir, file, plan, statuses } = setUp();
    const snapshot = plan.apply(putMilestone('m1', 'Shadow the PMO for a week'));
    expect(plan.flush()).toBe(true);
    expect(statuses).toEqual([SAVING, SAVED]);
    expect(readJson(file)).toEqual(snapshot.plan);

    const reopened = (await composeInNewProcess(dir)).services.plan.snapshot();
    expect(reopened.plan).toEqual(snapshot.plan);
    expect(reopened.plan.milestones.map((m) => m.title)).toEqual(['Shadow the PMO for a week']);
    expect(reopened).toMatchObject({ revision: 0, readOnly: false, notices: [], save: SAVED });
  });

  it('flush with nothing pending writes nothing and says all is saved', () => {
    const { dir, plan, statuses } = setUp();
    expect(plan.flush()).toBe(true);
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(statuses).toEqual([]);
  });

  it('replace() writes the new plan at once, without waiting for the debounce', () => {
    const { file, timers, plan, changed } = setUp();
    const empty = createEmptyPlan('2025-01-01T00:00:00.000Z');
    const next = PlanSchema.parse({ ...empty, profile: { ...empty.profile, name: 'Alex' } });
    const snapshot = plan.replace(next);
    expect(snapshot).toMatchObject({ revision: 1, plan: next, save: SAVED });
    expect(readJson(file)).toEqual(next);
    expect(timers.pending).toEqual([]);
    expect(changed).toHaveBeenCalledExactlyOnceWith(snapshot);
  });

  it('stops telling a listener once it unsubscribes', () => {
    const { plan } = setUp();
    const listener = { changed: vi.fn(), saveStatus: vi.fn() };
    const unsubscribe = plan.subscribe(listener);
    unsubscribe();
    plan.apply(putMilestone('m1', 'Quiet'));
    plan.flush();
    expect(listener.changed).not.toHaveBeenCalled();
    expect(listener.saveStatus).not.toHaveBeenCalled();
  });
});

describe('PlanService: changes that would make the plan invalid', () => {
  it('refuses one with ApiError validation; memory, plan.json (byte for byte) and listeners untouched', () => {
    const { file, timers, plan, statuses, changed } = setUp();
    plan.apply(putMilestone('m1', 'Kept'));
    plan.flush();
    const before = readBytes(file);
    const snapshotBefore = plan.snapshot();
    changed.mockClear();
    statuses.length = 0;

    const tooLong = { type: 'milestone.put', item: { ...putMilestoneItem('m2'), title: 'x'.repeat(201) } } as PlanChange;
    const error = refusal(() => plan.apply(tooLong));

    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('validation');
    expect(error.message).toBe('The change is not valid: Keep the milestone title under 200 characters.');
    expect(plan.snapshot()).toEqual(snapshotBefore);
    expect(changed).not.toHaveBeenCalled();
    expect(statuses).toEqual([]); // no "Saving…" flicker for a refused change
    expect(timers.pending).toEqual([]);
    expect(plan.flush()).toBe(true);
    expect(readBytes(file).equals(before)).toBe(true);
  });

  it('applies a batch all or nothing: one bad change keeps the good ones out too', () => {
    const { file, plan } = setUp();
    plan.apply(putMilestone('m1', 'Kept'));
    plan.flush();
    const before = readBytes(file);
    const batch = {
      type: 'batch',
      changes: [putMilestone('m2', 'Fine on its own'), { type: 'milestone.put', item: { ...putMilestoneItem('m3'), title: 'y'.repeat(201) } }],
    } as PlanChange;

    expect(refusal(() => plan.apply(batch)).code).toBe('validation');
    expect(plan.snapshot().plan.milestones.map((m) => m.id)).toEqual(['m1']);
    plan.flush();
    expect(readBytes(file).equals(before)).toBe(true);
  });

  it('never stores two items with one id, even when a batch puts the same id twice', () => {
    const { file, plan } = setUp();
    const snapshot = plan.apply({ type: 'batch', changes: [putMilestone('dup', 'First'), putMilestone('dup', 'Second')] } as PlanChange);
    expect(snapshot.plan.milestones.map((m) => [m.id, m.title])).toEqual([['dup', 'Second']]);
    plan.flush();
    expect(PlanSchema.safeParse(readJson(file)).success).toBe(true);
  });

  // 5,001 milestones validated: generous time for a busy 2-core machine (it is not a speed test).
  it('refuses a batch that would pass the milestone limit, naming the limit', { timeout: 60_000 }, () => {
    const { dir, plan } = setUp();
    const changes = Array.from({ length: 5001 }, (_, i) => putMilestone(`m${i}`, `Milestone ${i}`));
    const error = refusal(() => plan.apply({ type: 'batch', changes } as PlanChange));
    expect(error.code).toBe('validation');
    expect(error.message).toBe('The change is not valid: A plan can hold at most 5,000 milestones.');
    expect(plan.snapshot().plan.milestones).toHaveLength(0);
    plan.flush();
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('PlanService: a failing disk (ENOSPC)', () => {
  const isPlanFileWrite = (p: string) => path.basename(p).startsWith(`${PLAN_FILE_NAME}.tmp-`);

  function failingDisk() {
    const disk = switchableFs();
    const ctx = setUp({ storage: { fs: disk.fs } });
    const sent: [string, unknown][] = [];
    forwardPlanEvents(ctx.plan, (event, payload) => sent.push([event, payload]));
    ctx.plan.apply(putMilestone('m1', 'Already saved'));
    ctx.plan.flush();
    const before = readBytes(ctx.file);
    ctx.statuses.length = 0;
    sent.length = 0;
    disk.fail('write', 'ENOSPC', isPlanFileWrite);
    return { ...ctx, disk, sent, before };
  }

  const DISK_FULL = 'The disk is full, so your latest change could not be saved. Free some space; nothing already saved was lost.';

  it('reports failed in plain words through saveStatus to the page; the plan stays in memory; plan.json is byte-identical', () => {
    const { dir, file, plan, statuses, sent, before, timers } = failingDisk();

    const snapshot = plan.apply(putMilestone('m2', 'Not lost'));
    expect(plan.flush()).toBe(false);

    expect(statuses).toEqual([SAVING, { state: 'failed', message: DISK_FULL }]);
    expect(statuses[1]!.message).not.toMatch(PLAIN);
    // Forwarded exactly as the page receives it, and valid against the contract's event schema.
    expect(sent).toEqual([
      ['saveStatus', SAVING],
      ['planChanged', { revision: 2 }],
      ['saveStatus', { state: 'failed', message: DISK_FULL }],
    ]);
    expect(EVENTS.saveStatus.payload.safeParse(sent.at(-1)![1]).success).toBe(true);

    expect(plan.snapshot()).toMatchObject({ revision: 2, plan: snapshot.plan, save: { state: 'failed', message: DISK_FULL } });
    expect(plan.snapshot().plan.milestones.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(readBytes(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).filter((n) => n.includes('.tmp-'))).toEqual([]); // the failed temp file was removed
    expect(timers.pending).toEqual([{ ms: 1000 }]); // a retry is on its way
  });

  it('stays failed while the disk is full, then a later successful flush writes everything and says saved', () => {
    const { file, plan, statuses, sent, before, disk } = failingDisk();
    plan.apply(putMilestone('m2', 'Second'));
    plan.flush();
    const last = plan.apply(putMilestone('m3', 'Third, typed while the disk was full'));
    expect(plan.snapshot().save.state).toBe('failed'); // not "Saving…" while saves are failing
    expect(plan.flush()).toBe(false);
    expect(readBytes(file).equals(before)).toBe(true);

    disk.heal();
    expect(plan.flush()).toBe(true);
    expect(readJson(file)).toEqual(last.plan);
    expect(statuses.at(-1)).toEqual(SAVED);
    expect(statuses.filter((s) => s.state === 'saving')).toHaveLength(1);
    expect(sent.at(-1)).toEqual(['saveStatus', SAVED]);
    expect(plan.snapshot().save).toEqual(SAVED);
  });

  it('retries by itself: once the disk has room, the retry timer saves and clears the failure', () => {
    const { file, plan, statuses, disk, timers } = failingDisk();
    const snapshot = plan.apply(putMilestone('m2', 'Second'));
    timers.runAll(); // the debounce: fails, arms a retry
    expect(statuses.at(-1)?.state).toBe('failed');
    timers.runAll(); // first retry: still full
    expect(timers.pending).toEqual([{ ms: 2000 }]);
    disk.heal();
    timers.runAll();
    expect(readJson(file)).toEqual(snapshot.plan);
    expect(statuses.at(-1)).toEqual(SAVED);
    expect(timers.pending).toEqual([]);
  });
});

describe('PlanService: the plan file as it is found on disk', () => {
  /** Session one saves a plan (its first save is backed up); then plan.json is replaced by `content`. */
  async function previousSessionThen(content: string | Buffer) {
    const { dir, file, plan } = setUp();
    const saved = plan.apply(putMilestone('m1', 'Saved in the last session')).plan;
    plan.flush();
    expect(fs.readdirSync(path.join(dir, 'backups'))).toHaveLength(1);
    fs.writeFileSync(file, content);
    return { dir, file, saved };
  }

  const CORRUPT = [
    { kind: 'truncated JSON', content: '{"schemaVersion": 2, "milestones": [', reason: 'it is not complete JSON (it may have been cut off)' },
    { kind: 'an empty file', content: '', reason: 'it is empty (0 bytes)' },
    { kind: 'NUL bytes', content: Buffer.alloc(64), reason: 'it contains NUL bytes, which a crash or a disk fault can leave behind' },
    {
      kind: 'a schema-invalid plan',
      content: JSON.stringify({ ...createEmptyPlan('2025-01-01T00:00:00.000Z'), milestones: [{ id: 'm1', title: 42 }] }),
      reason: 'The plan is not valid:',
    },
    { kind: 'JSON that is not a plan', content: '{"hello":"world"}', reason: 'This is not a PMO Pathway plan (it has no schema version).' },
  ];

  it.each(CORRUPT)('$kind: moved to quarantine intact, the newest backup opened and written back', async ({ content, reason }) => {
    const { dir, file, saved } = await previousSessionThen(content);
    const original = readBytes(file);

    const { services } = await composeInNewProcess(dir);
    const snapshot = services.plan.snapshot();

    expect(snapshot.plan).toEqual(saved);
    expect(snapshot.readOnly).toBe(false);
    expect(snapshot.notices).toHaveLength(1);
    expect(snapshot.notices[0]!.level).toBe('warning');
    expect(snapshot.notices[0]!.message).toContain(`Your plan file was damaged (${reason}`);
    expect(snapshot.notices[0]!.message).toContain('PMO Pathway opened your most recent backup, from 2026-03-02 09:30 UTC.');
    expect(snapshot.notices[0]!.message).not.toMatch(PLAIN);

    // Never overwritten: the damaged bytes live on, unchanged, in quarantine/.
    const quarantined = fs.readdirSync(path.join(dir, 'quarantine'));
    expect(quarantined).toEqual(['plan-20260302T093000000Z.json']);
    expect(readBytes(path.join(dir, 'quarantine', quarantined[0]!)).equals(original)).toBe(true);
    expect(snapshot.notices[0]!.message).toContain(path.join(dir, 'quarantine', quarantined[0]!));
    // plan.json is valid again before any change.
    expect(readJson(file)).toEqual(saved);
  });

  it('a damaged file with no backup: quarantined, an empty plan, and an error notice that says where the file went', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, PLAN_FILE_NAME);
    fs.writeFileSync(file, '{"schemaVersion": 2, "profi');
    const { services } = composeIn(dir);
    const snapshot = services.plan.snapshot();
    expect(snapshot.plan).toEqual(createEmptyPlan(FIXED_NOW.toISOString()));
    expect(snapshot.notices).toEqual([
      {
        level: 'error',
        message: `Your plan file was damaged (it is not complete JSON (it may have been cut off)) and no backup could be opened, so PMO Pathway started a new, empty plan. The damaged file was kept at ${path.join(dir, 'quarantine', 'plan-20260302T093000000Z.json')}.`,
      },
    ]);
    expect(fs.readFileSync(path.join(dir, 'quarantine', 'plan-20260302T093000000Z.json'), 'utf8')).toBe('{"schemaVersion": 2, "profi');
  });

  it.each([
    {
      kind: 'a plan from a newer version',
      content: JSON.stringify({ ...createEmptyPlan('2025-01-01T00:00:00.000Z'), schemaVersion: PLAN_SCHEMA_VERSION + 1, milestones: [], futureField: { x: 1 } }),
      shown: 'its contents',
    },
    { kind: 'a newer document this version cannot show', content: JSON.stringify({ schemaVersion: PLAN_SCHEMA_VERSION + 1, anything: true }), shown: 'an empty plan' },
  ])('$kind: opened read-only, every change refused, and the file never written', async ({ content, shown }) => {
    const dir = makeTempDir();
    const file = path.join(dir, PLAN_FILE_NAME);
    fs.writeFileSync(file, content);
    const folderBefore = folderContents(dir);

    const { plan, statuses } = (() => {
      const timers = manualTimers();
      const { services } = composeIn(dir, { storage: { timers } });
      const statuses: SaveStatus[] = [];
      services.plan.subscribe({ saveStatus: (s) => statuses.push(s) });
      return { plan: services.plan, statuses };
    })();
    const snapshot = plan.snapshot();
    expect(snapshot.readOnly).toBe(true);
    expect(snapshot.notices).toHaveLength(1);
    expect(snapshot.notices[0]!.level).toBe('error');
    expect(snapshot.notices[0]!.message.startsWith(
      `Your plan was saved by a newer version of PMO Pathway (plan version ${PLAN_SCHEMA_VERSION + 1}; this version understands up to ${PLAN_SCHEMA_VERSION}). It is open read-only and will not be changed.`,
    )).toBe(true);
    if (shown === 'an empty plan') expect(snapshot.notices[0]!.message).toContain('This version cannot show its contents.');
    else expect(snapshot.notices[0]!.message).not.toContain('cannot show');

    const error = refusal(() => plan.apply(putMilestone('m1', 'Try to save')));
    expect(error.code).toBe('read-only');
    expect(error.message).toContain('open read-only');
    expect(() => plan.replace(createEmptyPlan(FIXED_NOW.toISOString()))).toThrow(expect.objectContaining({ code: 'read-only' }));
    expect(plan.flush()).toBe(true);
    expect(statuses).toEqual([]);
    expect(folderContents(dir)).toEqual(folderBefore); // no backup, no quarantine, not a byte changed

    const again = (await composeInNewProcess(dir)).services.plan.snapshot();
    expect(again.readOnly).toBe(true);
    expect(folderContents(dir)).toEqual(folderBefore);
  });

  it('a plan file the disk refuses to read is opened read-only and left alone', () => {
    const dir = makeTempDir();
    const file = path.join(dir, PLAN_FILE_NAME);
    fs.writeFileSync(file, serializePlan(createEmptyPlan('2025-01-01T00:00:00.000Z')));
    const before = readBytes(file);
    const disk = switchableFs();
    disk.fail('read', 'EACCES', (p) => p === file);
    const { services } = composeIn(dir, { storage: { fs: disk.fs } });
    const snapshot = services.plan.snapshot();
    expect(snapshot.readOnly).toBe(true);
    expect(snapshot.notices[0]).toMatchObject({ level: 'error' });
    expect(snapshot.notices[0]!.message).toContain('PMO Pathway is not allowed to read it');
    expect(refusal(() => services.plan.apply(putMilestone('m1', 'x'))).code).toBe('read-only');
    expect(readBytes(file).equals(before)).toBe(true);
    expect(fs.existsSync(path.join(dir, 'quarantine'))).toBe(false);
  });

  it('migrates a version 1 document, keeping a byte-identical pre-migration copy, and writes version 2 at once', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, PLAN_FILE_NAME);
    fs.writeFileSync(file, JSON.stringify(v1Document(), null, 2));
    const original = readBytes(file);

    const { plan, readOnly, notices, save } = composeIn(dir).services.plan.snapshot();

    const copy = path.join(dir, 'pre-migration-v1.json');
    expect(readOnly).toBe(false);
    expect(save).toEqual(SAVED);
    expect(notices).toEqual([{ level: 'info', message: `Your plan was upgraded from version 1 to ${PLAN_SCHEMA_VERSION}. A copy of the original is kept at ${copy}.` }]);
    expect(plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(plan.profile.targetRole).toBe('PMO Analyst');
    expect(plan.milestones.map((m) => [m.id, m.title, m.status, m.completedOn])).toEqual([
      ['m1', 'Shadow the PMO', 'done', '2025-02-03'],
      ['m2', 'Book PRINCE2 Foundation', 'todo', null],
    ]);
    expect(readBytes(copy).equals(original)).toBe(true);
    expect(readJson(file)).toEqual(plan);

    const next = (await composeInNewProcess(dir)).services.plan.snapshot();
    expect(next).toMatchObject({ plan, readOnly: false, notices: [] });
    expect(readBytes(copy).equals(original)).toBe(true);
  });

  it('does not migrate over the only original: if the copy cannot be kept, the plan opens read-only', () => {
    const dir = makeTempDir();
    const file = path.join(dir, PLAN_FILE_NAME);
    fs.writeFileSync(file, JSON.stringify(v1Document()));
    const before = readBytes(file);
    const disk = switchableFs();
    disk.fail('open', 'EACCES', (p) => path.basename(p).startsWith('pre-migration-v1.json'));
    const snapshot = composeIn(dir, { storage: { fs: disk.fs } }).services.plan.snapshot();
    expect(snapshot.readOnly).toBe(true);
    expect(snapshot.notices[0]!.message).toMatch(/could not keep a copy of the original first \(EACCES\)\. It is open read-only and the file is unchanged\./);
    expect(readBytes(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual([PLAN_FILE_NAME]);
  });
});

function putMilestoneItem(id: string) {
  return (putMilestone(id, 'placeholder') as Extract<PlanChange, { type: 'milestone.put' }>).item;
}
