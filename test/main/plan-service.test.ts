import fs from 'node:fs';
import path from 'node:path';
import ElectronStore from 'electron-store';
import { PlanService, plainReason } from '../../main/services/plan-service';
import { ConfPlanStorage, PLAN_STORE_OPTIONS, type PlanStorage } from '../../main/services/plan-storage';
import { ApiError } from '../../shared/ipc/errors';
import { PLAN_SCHEMA_VERSION, PlanSchema, createEmptyPlan, type PlanChange } from '../../shared/model';
import { app, electronState } from '../support/electron-mock';
import {
  FIXED_NOW,
  PLAN_FILE_NAME,
  confStorage,
  failingWrites,
  fixedClock,
  makeTempDir,
  putMilestone,
  readBytes,
  readJson,
  removeTempDirs,
  v1Document,
} from '../support/temp-plan';

vi.mock('electron', () => import('../support/electron-mock'));

/** The app's storage, built the way main/index.ts builds it (plus cwd, so each test has its own dir). */
function electronStoreStorage(dir: string): ConfPlanStorage {
  electronState.userData = dir;
  const { configName, ...storeOptions } = PLAN_STORE_OPTIONS;
  const location = path.join(app.getPath('userData'), `${configName}.${storeOptions.fileExtension}`);
  return new ConfPlanStorage(() => new ElectronStore({ name: configName, ...storeOptions, cwd: dir }), location);
}

const ENGINES: { engine: string; storageIn: (dir: string) => PlanStorage }[] = [
  { engine: 'electron-store', storageIn: electronStoreStorage },
  { engine: 'conf', storageIn: confStorage },
];

afterEach(() => removeTempDirs());

/** Runs `work`, expecting an ApiError, and returns it. */
function refusal(work: () => unknown): ApiError {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('Expected the call to be refused.');
}

const PLAIN = /ZodError|Error:|\n\s+at |node_modules|\{"/;

describe.each(ENGINES)('PlanService over $engine', ({ storageIn }) => {
  let dir: string;
  let file: string;
  const open = () => new PlanService(storageIn(dir), fixedClock);

  beforeEach(() => {
    dir = makeTempDir();
    file = path.join(dir, PLAN_FILE_NAME);
  });

  it('starts with an empty plan and writes nothing until the first change', () => {
    const service = open();
    expect(service.snapshot()).toEqual({ revision: 0, plan: createEmptyPlan(FIXED_NOW.toISOString()), readOnly: false, notices: [] });
    expect(service.location).toBe(file);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('stores a change so a new instance reads it back', () => {
    const service = open();
    const listener = vi.fn();
    service.onChange(listener);
    const snapshot = service.apply(putMilestone('m1', 'Shadow the PMO for a week'));

    expect(snapshot.revision).toBe(1);
    expect(listener).toHaveBeenCalledExactlyOnceWith(snapshot);
    expect(readJson(file)).toEqual(snapshot.plan);

    const reopened = open();
    expect(reopened.snapshot().plan).toEqual(snapshot.plan);
    expect(reopened.snapshot().plan.milestones.map((m) => m.title)).toEqual(['Shadow the PMO for a week']);
    expect(reopened.snapshot()).toMatchObject({ readOnly: false, notices: [] });
  });

  it('refuses a change that would make the plan invalid, leaving memory and file as they were', () => {
    const service = open();
    service.apply(putMilestone('m1', 'Kept'));
    const before = readBytes(file);
    const snapshotBefore = service.snapshot();
    const listener = vi.fn();
    service.onChange(listener);

    const tooLong = { type: 'milestone.put', item: { ...putMilestoneItem('m2'), title: 'x'.repeat(201) } } as PlanChange;
    const error = refusal(() => service.apply(tooLong));

    expect(error.code).toBe('validation');
    expect(error.message).toBe('The change is not valid: Keep the milestone title under 200 characters.');
    expect(readBytes(file).equals(before)).toBe(true);
    expect(service.snapshot()).toEqual(snapshotBefore);
    expect(listener).not.toHaveBeenCalled();
  });

  it('applies a batch all or nothing: one bad change keeps the good ones out too', () => {
    const service = open();
    service.apply(putMilestone('m1', 'Kept'));
    const before = readBytes(file);
    const batch = {
      type: 'batch',
      changes: [putMilestone('m2', 'Fine on its own'), { type: 'milestone.put', item: { ...putMilestoneItem('m3'), title: 'y'.repeat(201) } }],
    } as PlanChange;

    expect(refusal(() => service.apply(batch)).code).toBe('validation');
    expect(service.snapshot().plan.milestones.map((m) => m.id)).toEqual(['m1']);
    expect(readBytes(file).equals(before)).toBe(true);
  });

  it('never stores two items with one id, even when a batch puts the same id twice', () => {
    const service = open();
    const snapshot = service.apply({ type: 'batch', changes: [putMilestone('dup', 'First'), putMilestone('dup', 'Second')] } as PlanChange);
    expect(snapshot.plan.milestones.map((m) => [m.id, m.title])).toEqual([['dup', 'Second']]);
    expect(PlanSchema.safeParse(readJson(file)).success).toBe(true);
  });

  it('migrates a version 1 file on load, tells the person, and writes version 2 on the next change', () => {
    fs.writeFileSync(file, JSON.stringify(v1Document(), null, 2));
    const before = readBytes(file);
    const service = open();
    const { plan, readOnly, notices } = service.snapshot();

    expect(readOnly).toBe(false);
    expect(notices).toEqual([{ level: 'info', message: 'Your plan was updated from format version 1.' }]);
    expect(plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(plan.profile.targetRole).toBe('PMO Analyst');
    expect(plan.milestones.map((m) => [m.id, m.title, m.status, m.completedOn])).toEqual([
      ['m1', 'Shadow the PMO', 'done', '2025-02-03'],
      ['m2', 'Book PRINCE2 Foundation', 'todo', null],
    ]);
    expect(readBytes(file).equals(before)).toBe(true); // loading alone writes nothing

    service.apply(putMilestone('m3', 'New'));
    expect(readJson(file)).toMatchObject({ schemaVersion: PLAN_SCHEMA_VERSION, profile: { targetRole: 'PMO Analyst' } });
    expect(open().snapshot()).toMatchObject({ notices: [], readOnly: false });
  });

  const UNUSABLE = [
    { kind: 'invalid JSON', content: '{"schemaVersion": 2, "milestones": [', notice: /could not be read \(it is not valid JSON\.\)/ },
    { kind: 'an empty file', content: '', notice: /could not be read/ },
    { kind: 'a newer format', content: JSON.stringify({ schemaVersion: PLAN_SCHEMA_VERSION + 1, anything: true }), notice: /newer version of PMO Pathway \(format 3\)/ },
    {
      kind: 'a schema-invalid plan',
      content: JSON.stringify({ ...createEmptyPlan('2025-01-01T00:00:00.000Z'), milestones: [{ id: 'm1', title: 42 }] }),
      notice: /^The plan is not valid: .*has been left untouched\.$/,
    },
    { kind: 'something that is not a plan', content: '{"hello":"world"}', notice: /not a PMO Pathway plan/ },
  ];

  it.each(UNUSABLE)('opens $kind read-only with an error notice and never overwrites it', ({ content, notice }) => {
    fs.writeFileSync(file, content);
    const before = readBytes(file);
    const service = open();
    const snapshot = service.snapshot();

    expect(snapshot.readOnly).toBe(true);
    expect(snapshot.notices).toHaveLength(1);
    expect(snapshot.notices[0]!.level).toBe('error');
    expect(snapshot.notices[0]!.message).toMatch(notice);
    expect(snapshot.notices[0]!.message).not.toMatch(PLAIN);
    expect(readBytes(file).equals(before)).toBe(true);

    const error = refusal(() => service.apply(putMilestone('m1', 'Try to save')));
    expect(error.code).toBe('read-only');
    expect(error.message).toContain('open read-only');
    expect(readBytes(file).equals(before)).toBe(true);
    expect(open().snapshot().readOnly).toBe(true);
    expect(readBytes(file).equals(before)).toBe(true);
  });

  it('reports a failed write (disk full) as io in plain words; memory, file and listeners untouched', () => {
    open().apply(putMilestone('m1', 'Already saved'));
    const before = readBytes(file);
    const storage = failingWrites(storageIn(dir));
    const service = new PlanService(storage, fixedClock);
    const snapshotBefore = service.snapshot();
    const listener = vi.fn();
    service.onChange(listener);

    const error = refusal(() => service.apply(putMilestone('m2', 'Lost?')));

    expect(storage.attempts).toBe(1);
    expect(error.code).toBe('io');
    expect(error.message).toBe(`Your change could not be saved to ${file}: the disk is full. Nothing already saved was lost.`);
    expect(service.snapshot()).toEqual(snapshotBefore);
    expect(listener).not.toHaveBeenCalled();
    expect(readBytes(file).equals(before)).toBe(true);
  });
});

describe('the two engines share one file format', () => {
  it('writes byte-identical files for the same plan, each readable by the other', () => {
    const [appDir, bridgeDir] = [makeTempDir(), makeTempDir()];
    const change = putMilestone('m1', 'Same everywhere');
    new PlanService(electronStoreStorage(appDir), fixedClock).apply(change);
    new PlanService(confStorage(bridgeDir), fixedClock).apply(change);
    const [appBytes, bridgeBytes] = [readBytes(path.join(appDir, PLAN_FILE_NAME)), readBytes(path.join(bridgeDir, PLAN_FILE_NAME))];
    expect(appBytes.equals(bridgeBytes)).toBe(true);

    expect(new PlanService(confStorage(appDir), fixedClock).snapshot().plan.milestones[0]!.title).toBe('Same everywhere');
    const fromBridge = new PlanService(electronStoreStorage(bridgeDir), fixedClock);
    expect(fromBridge.snapshot()).toMatchObject({ readOnly: false, notices: [] });
    fromBridge.apply(putMilestone('m2', 'Added by the app'));
    expect(new PlanService(confStorage(bridgeDir), fixedClock).snapshot().plan.milestones.map((m) => m.id)).toEqual(['m1', 'm2']);
  });

  it("main/index.ts's location is where electron-store really writes (no cwd: userData)", () => {
    const userData = makeTempDir();
    electronState.userData = userData;
    const { configName, ...storeOptions } = PLAN_STORE_OPTIONS;
    const location = path.join(app.getPath('userData'), `${configName}.${storeOptions.fileExtension}`);
    const storage = new ConfPlanStorage(() => new ElectronStore({ name: configName, ...storeOptions }), location);
    new PlanService(storage, fixedClock).apply(putMilestone('m1', 'Where am I?'));
    expect(fs.readdirSync(userData)).toEqual([PLAN_FILE_NAME]);
    expect(new PlanService(storage, fixedClock).snapshot().plan.milestones).toHaveLength(1);
  });
});

describe('validation that a well-formed change can still hit', () => {
  it('refuses a batch that would pass the milestone limit, naming the limit', () => {
    const service = new PlanService(confStorage(makeTempDir()), fixedClock);
    const changes = Array.from({ length: 5001 }, (_, i) => putMilestone(`m${i}`, `Milestone ${i}`));
    const error = refusal(() => service.apply({ type: 'batch', changes } as PlanChange));
    expect(error.code).toBe('validation');
    expect(error.message).toBe('The change is not valid: A plan can hold at most 5,000 milestones.');
    expect(service.snapshot().plan.milestones).toHaveLength(0);
  });
});

describe('plainReason', () => {
  it.each([
    ['ENOSPC', 'the disk is full.'],
    ['EACCES', 'permission was denied.'],
    ['EPERM', 'permission was denied.'],
    ['EROFS', 'the disk is read-only.'],
    ['EBUSY', 'the file is in use by another program.'],
    ['EIO', 'the file system reported an error.'],
  ])('explains %s without the technical code', (code, reason) => {
    expect(plainReason(Object.assign(new Error(`${code}: boom at /x`), { code }))).toBe(reason);
  });

  it('explains a JSON syntax error and anything unknown', () => {
    expect(plainReason(new SyntaxError('Unexpected token'))).toBe('it is not valid JSON.');
    expect(plainReason(undefined)).toBe('the file system reported an error.');
  });
});

function putMilestoneItem(id: string) {
  return (putMilestone(id, 'placeholder') as Extract<PlanChange, { type: 'milestone.put' }>).item;
}
