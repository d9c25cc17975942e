import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dispatch } from '../../main/api/dispatch';
import { ApiError } from '../../shared/ipc/errors';
import { MAX_IMPORT_BYTES } from '../../shared/ipc/plan-transfer';
import { PLAN_SCHEMA_VERSION, PlanSchema, createPlanFile, localDate, parsePlanFile, type Plan } from '../../shared/model';
import { achievement, certification, milestone, planWith, skill } from '../support/plan-builders';
import {
  PLAN_FILE_NAME,
  composeIn,
  folderContents,
  makeTempDir,
  putMilestone,
  readBytes,
  readJson,
  recordingPlatform,
  removeTempDirs,
  steppingClock,
  switchableFs,
  v1Document,
} from '../support/temp-plan';

/**
 * PlanTransferService over a real data folder, composed as the app composes it: backups and restore,
 * whole-plan export, and import (preview, then confirm). The promise under test: every replacement
 * backs up the plan in use first (and returns that backup's id, to undo), and a bad file never changes
 * the plan in memory or a byte of plan.json.
 */

afterEach(() => removeTempDirs());

const SAVED_AT = '/home/alex/Documents/My plan.pmoplan.json';
const BACKUP_ID = /^plan-\d{8}T\d{9}Z-[a-z]+(?:-[a-z]+)*$/;

/** A data folder with a saved plan of one milestone ("First"), one backup of it, then a second milestone saved. */
function setUp() {
  const dir = makeTempDir('pmo-transfer-');
  const file = path.join(dir, PLAN_FILE_NAME);
  const clock = steppingClock();
  const disk = switchableFs();
  const platform = recordingPlatform({ saved: true, location: SAVED_AT });
  const { services, handlers } = composeIn(dir, { clock, platform, storage: { fs: disk.fs } });
  const { plan, transfer } = services;
  const changed = vi.fn();
  plan.subscribe({ changed });

  plan.apply({ type: 'profile.update', patch: { name: 'Alex Morgan', targetRole: 'PMO Analyst' } });
  const first = plan.apply(putMilestone('m1', 'First')).plan;
  plan.flush(); // the first save is backed up ('auto')
  clock.advance(60_000);
  const second = plan.apply(putMilestone('m2', 'Second')).plan;
  plan.flush(); // within 5 minutes: no new automatic backup
  clock.advance(60_000);
  changed.mockClear();

  /** What must not change when something is refused: the plan in memory and every file in the folder. */
  const state = () => ({ revision: plan.snapshot().revision, plan: plan.current, files: folderContents(dir) });
  return { dir, file, clock, disk, platform, plan, transfer, handlers, changed, first, second, state };
}

function refusal(work: () => unknown): ApiError {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('Expected the call to be refused.');
}

const isBackupWrite = (p: string) => p.split(path.sep).includes('backups') && path.basename(p).includes('.tmp-');

describe('listBackups', () => {
  it('lists valid backups newest first with reason and counts, and leaves unusable ones out', () => {
    const { dir, transfer } = setUp();
    fs.writeFileSync(path.join(dir, 'backups', 'plan-20990101T000000000Z-auto.json'), '{"schemaVers');
    expect(transfer.listBackups()).toEqual([
      { id: 'plan-20260302T093000000Z-auto', createdAt: '2026-03-02T09:30:00.000Z', reason: 'auto', counts: { skills: 0, certifications: 0, milestones: 1, achievements: 0 } },
    ]);
    expect(fs.readdirSync(path.join(dir, 'backups'))).toContain('plan-20990101T000000000Z-auto.json'); // left alone, not deleted
  });
});

describe('restoreBackup', () => {
  it('backs up the plan in use first (before-restore), restores, writes plan.json, and returns the undo id', () => {
    const { file, plan, transfer, changed, first, second } = setUp();
    const [backup] = transfer.listBackups();

    const { undoBackupId } = transfer.restoreBackup(backup!.id);

    expect(undoBackupId).toMatch(BACKUP_ID);
    expect(undoBackupId.endsWith('-before-restore')).toBe(true);
    const undo = transfer.listBackups().find((b) => b.id === undoBackupId);
    expect(undo).toMatchObject({ reason: 'before-restore', counts: { milestones: 2 } });
    expect(plan.current).toEqual(first);
    expect(readJson(file)).toEqual(first); // written at once, not after a debounce
    expect(plan.snapshot()).toMatchObject({ revision: 4, save: { state: 'saved', message: null } });
    expect(changed).toHaveBeenCalledOnce();
    expect(second.milestones).toHaveLength(2);
  });

  it('restoring the returned id undoes the restore (and can itself be undone)', () => {
    const { file, plan, transfer, clock, second, first } = setUp();
    const { undoBackupId } = transfer.restoreBackup(transfer.listBackups()[0]!.id);
    clock.advance(1_000);

    const again = transfer.restoreBackup(undoBackupId);

    expect(plan.current).toEqual(second);
    expect(readJson(file)).toEqual(second);
    expect(again.undoBackupId).not.toBe(undoBackupId);
    transfer.restoreBackup(again.undoBackupId);
    expect(plan.current).toEqual(first);
  });

  it.each([
    ['an id that was never a backup', 'plan-20990101T000000000Z-auto'],
    ['a path', '../plan'],
    ['a path to the plan file', `../${PLAN_FILE_NAME.replace('.json', '')}`],
    ['an empty id', ''],
  ])('%s: not-found, nothing backed up, nothing changed', (_label, id) => {
    const { transfer, state } = setUp();
    const before = state();
    const error = refusal(() => transfer.restoreBackup(id));
    expect(error.code).toBe('not-found');
    expect(error.message).toBe('That backup no longer exists. Refresh the list and try again.');
    expect(state()).toEqual(before);
  });

  it.each([
    ['damaged', '{"schemaVersion": 2, "prof', 'That backup cannot be restored: it is not complete JSON (it may have been cut off).'],
    ['empty', '', 'That backup cannot be restored: it is empty (0 bytes).'],
    ['from a newer version', JSON.stringify({ schemaVersion: PLAN_SCHEMA_VERSION + 1 }), 'That backup cannot be restored: it was made by a newer version of PMO Pathway (plan version 3).'],
    ['not a plan', '{"hello":"world"}', 'That backup cannot be restored: This is not a PMO Pathway plan (it has no schema version)..'],
  ])('a %s backup: validation, nothing backed up, nothing changed', (_label, content, message) => {
    const { dir, transfer, state } = setUp();
    const id = 'plan-20260101T000000000Z-auto';
    fs.writeFileSync(path.join(dir, 'backups', `${id}.json`), content);
    const before = state();
    const error = refusal(() => transfer.restoreBackup(id));
    expect(error.code).toBe('validation');
    expect(error.message).toBe(message);
    expect(state()).toEqual(before);
  });

  it('does not restore when the plan in use cannot be backed up first (disk full)', () => {
    const { disk, transfer, state } = setUp();
    const id = transfer.listBackups()[0]!.id;
    const before = state();
    disk.fail('open', 'ENOSPC', isBackupWrite);

    const error = refusal(() => transfer.restoreBackup(id));

    expect(error.code).toBe('io');
    expect(error.message).toBe('Your current plan could not be backed up first (the disk is full), so the restore was not done. Nothing was changed.');
    expect(state()).toEqual(before);
    disk.heal();
    expect(() => transfer.restoreBackup(id)).not.toThrow(); // works once there is room again
  });
});

describe('exportPlanFile', () => {
  it('hands the platform a .pmoplan.json whose content parsePlanFile accepts and equals the plan', async () => {
    const { clock, plan, platform, transfer, state } = setUp();
    const before = state();

    const result = await transfer.exportPlanFile();

    expect(result).toEqual({ outcome: 'saved', fileName: 'My plan.pmoplan.json', location: SAVED_AT });
    expect(platform.saved).toHaveLength(1);
    const request = platform.saved[0]!;
    expect(request.suggestedName).toBe(`PMO Pathway plan - Alex Morgan - ${localDate(clock.now())}.pmoplan.json`);
    expect(request.filters).toEqual([{ name: 'PMO Pathway plan', extensions: ['pmoplan.json', 'json'] }]);
    expect(request.mimeType).toBe('application/json');
    const content = new TextDecoder('utf-8', { fatal: true }).decode(request.bytes);
    expect(parsePlanFile(content)).toEqual({ ok: true, plan: plan.current, exportedAt: clock.now().toISOString(), migratedFromVersion: null });
    expect(JSON.parse(content)).toMatchObject({ format: 'pmo-pathway-plan', formatVersion: 1, appVersion: '1.0.0-test' });
    expect(state()).toEqual(before); // exporting changes nothing
  });

  it('keeps characters a file name cannot hold out of the suggested name', async () => {
    const { plan, platform, transfer } = setUp();
    plan.apply({ type: 'profile.update', patch: { name: 'A/B: C*D?' } });
    await transfer.exportPlanFile();
    expect(platform.saved[0]!.suggestedName).toMatch(/^PMO Pathway plan - AB CD - \d{4}-\d{2}-\d{2}\.pmoplan\.json$/);
  });

  it('reports a closed save dialog as cancelled, and a browser download as downloaded', async () => {
    const dir = makeTempDir();
    const cancelled = composeIn(dir, { platform: recordingPlatform({ saved: false }) }).services.transfer;
    await expect(cancelled.exportPlanFile()).resolves.toEqual({ outcome: 'cancelled' });
    const downloaded = composeIn(makeTempDir(), { platform: recordingPlatform({ saved: true }) }).services.transfer;
    await expect(downloaded.exportPlanFile()).resolves.toMatchObject({ outcome: 'downloaded', fileName: expect.stringMatching(/\.pmoplan\.json$/) });
  });

  it('an exported file imported in another data folder gives the same plan', async () => {
    const { platform, transfer, plan } = setUp();
    await transfer.exportPlanFile();
    const content = new TextDecoder().decode(platform.saved[0]!.bytes);

    const elsewhere = makeTempDir();
    const other = composeIn(elsewhere).services;
    const preview = other.transfer.previewImport({ fileName: 'My plan.pmoplan.json', content });
    other.transfer.confirmImport(preview.importId);
    expect(other.plan.current).toEqual(plan.current);
    expect(readJson(path.join(elsewhere, PLAN_FILE_NAME))).toEqual(plan.current);
  });
});

/** A plan with 2 skills, 1 certification, 3 milestones and 1 achievement. */
function otherPlan(): Plan {
  const plan = planWith({
    skills: [skill({ id: 's1' }), skill({ id: 's2' })],
    certifications: [certification({ id: 'c1', customName: 'PRINCE2 Foundation' })],
    milestones: [milestone({ id: 'x1' }), milestone({ id: 'x2' }), milestone({ id: 'x3' })],
    achievements: [achievement({ id: 'a1' })],
  });
  return PlanSchema.parse({ ...plan, profile: { ...plan.profile, name: 'Sam Lee', targetRole: 'PMO Manager' } });
}

const IMPORTED_AT = '2026-02-01T08:00:00.000Z';
const otherFile = () => createPlanFile(otherPlan(), IMPORTED_AT, '0.9.0');

describe('previewImport', () => {
  it('says what the file holds and changes nothing yet', () => {
    const { transfer, state } = setUp();
    const before = state();
    const preview = transfer.previewImport({ fileName: 'sam.pmoplan.json', content: otherFile() });
    expect(preview).toEqual({
      importId: expect.any(String),
      fileName: 'sam.pmoplan.json',
      counts: { skills: 2, certifications: 1, milestones: 3, achievements: 1 },
      profileName: 'Sam Lee',
      targetRole: 'PMO Manager',
      exportedAt: IMPORTED_AT,
      migratedFromVersion: null,
    });
    expect(state()).toEqual(before);
  });

  it('says when an older file was upgraded for the preview', () => {
    const { transfer } = setUp();
    const preview = transfer.previewImport({ fileName: 'old.json', content: JSON.stringify(v1Document()) });
    expect(preview).toMatchObject({ counts: { milestones: 2 }, targetRole: 'PMO Analyst', exportedAt: null, migratedFromVersion: 1 });
  });
});

describe('confirmImport', () => {
  it('backs up the plan in use first (before-import), then replaces it and writes plan.json', () => {
    const { file, plan, transfer, changed, second } = setUp();
    const { importId } = transfer.previewImport({ fileName: 'sam.pmoplan.json', content: otherFile() });

    const { undoBackupId } = transfer.confirmImport(importId);

    expect(undoBackupId).toMatch(BACKUP_ID);
    expect(transfer.listBackups().find((b) => b.id === undoBackupId)).toMatchObject({ reason: 'before-import', counts: { milestones: 2, skills: 0 } });
    expect(plan.current).toEqual(otherPlan());
    expect(readJson(file)).toEqual(otherPlan());
    expect(changed).toHaveBeenCalledOnce();

    transfer.restoreBackup(undoBackupId); // the import can be undone
    expect(plan.current).toEqual(second);
    expect(readJson(file)).toEqual(second);
  });

  it('confirms an import once: the same id again is not-found', () => {
    const { transfer } = setUp();
    const { importId } = transfer.previewImport({ fileName: 'sam.pmoplan.json', content: otherFile() });
    transfer.confirmImport(importId);
    expect(refusal(() => transfer.confirmImport(importId)).code).toBe('not-found');
  });

  it('a stale importId (another file was previewed since) is not-found and changes nothing', () => {
    const { transfer, state, plan } = setUp();
    const stale = transfer.previewImport({ fileName: 'first.pmoplan.json', content: otherFile() }).importId;
    const v1 = transfer.previewImport({ fileName: 'old.json', content: JSON.stringify(v1Document()) }).importId;
    const before = state();
    const error = refusal(() => transfer.confirmImport(stale));
    expect(error.code).toBe('not-found');
    expect(error.message).toBe('That import is no longer waiting to be confirmed. Choose the file again.');
    expect(state()).toEqual(before);
    transfer.confirmImport(v1);
    expect(plan.current.profile.targetRole).toBe('PMO Analyst');
  });

  it('a refused preview cancels the one before it', () => {
    const { transfer, state } = setUp();
    const { importId } = transfer.previewImport({ fileName: 'sam.pmoplan.json', content: otherFile() });
    expect(() => transfer.previewImport({ fileName: 'bad.json', content: 'nope' })).toThrow(ApiError);
    const before = state();
    expect(refusal(() => transfer.confirmImport(importId)).code).toBe('not-found');
    expect(refusal(() => transfer.confirmImport('import-999')).code).toBe('not-found');
    expect(state()).toEqual(before);
  });

  it('does not replace the plan when the plan in use cannot be backed up first', () => {
    const { disk, transfer, state } = setUp();
    const { importId } = transfer.previewImport({ fileName: 'sam.pmoplan.json', content: otherFile() });
    const before = state();
    disk.fail('write', 'EIO', isBackupWrite);

    const error = refusal(() => transfer.confirmImport(importId));

    expect(error.code).toBe('io');
    expect(error.message).toBe('Your current plan could not be backed up first (the disk reported a hardware error), so the import was not done. Nothing was changed.');
    expect(state()).toEqual(before);

    // The previewed file is still waiting: once the disk recovers, confirming again works.
    disk.heal();
    transfer.confirmImport(importId);
    expect(state().plan).not.toEqual(before.plan);
  });
});

describe('bad import files', () => {
  const valid = otherFile();
  const NOT_JSON = 'This file is not a PMO Pathway plan: it is not valid JSON (it may be damaged or truncated).';
  const SIXTY_MB = 60 * 1024 * 1024;

  it.each([
    ['not JSON', 'notes.txt', 'Plan: become a PMO analyst', NOT_JSON],
    ['truncated', 'cut.pmoplan.json', valid.slice(0, Math.floor(valid.length * 0.7)), NOT_JSON],
    ['the wrong format', 'other.json', JSON.stringify({ format: 'someone-else', formatVersion: 1, plan: otherPlan() }), 'This file is not a PMO Pathway plan.'],
    ['a newer file format', 'new.pmoplan.json', valid.replace('"formatVersion": 1', '"formatVersion": 2'), 'This plan file was made by a newer version of PMO Pathway. Update the app to import it.'],
    ['a newer plan version', 'new.pmoplan.json', valid.replace(`"schemaVersion": ${PLAN_SCHEMA_VERSION}`, `"schemaVersion": ${PLAN_SCHEMA_VERSION + 1}`), `This plan was saved by a newer version of PMO Pathway (format ${PLAN_SCHEMA_VERSION + 1}). Update the app to import it.`],
    ['a __proto__ key', 'evil.pmoplan.json', valid.replace('"profile": {', '"profile": {\n"__proto__": {"polluted": true},'), 'This file contains a key that is not allowed ("__proto__"), so it was not imported.'],
    ['a schema-invalid plan', 'invalid.pmoplan.json', valid.replace('"name": "Sam Lee"', '"name": 42'), /^The plan is not valid: .+/],
    ['an empty file', '', '', NOT_JSON],
  ])('%s: ApiError validation naming the file; plan and plan.json unchanged', (_label, fileName, content, reason) => {
    expect(content === valid).toBe(false);
    const { transfer, state } = setUp();
    const before = state();

    const error = refusal(() => transfer.previewImport({ fileName, content }));

    expect(error.code).toBe('validation');
    const prefix = `${fileName || 'That file'} was not imported. `;
    expect(error.message.startsWith(prefix)).toBe(true);
    expect(error.message.endsWith(' Your plan is unchanged.')).toBe(true);
    const middle = error.message.slice(prefix.length, -' Your plan is unchanged.'.length);
    if (typeof reason === 'string') expect(middle).toBe(reason);
    else expect(middle).toMatch(reason);
    expect(error.message).not.toMatch(/ZodError|\n\s+at |node_modules/);
    expect(state()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['60 MB of junk', 'x'.repeat(SIXTY_MB)],
    ['a 60 MB file that is otherwise a valid plan', valid.replace(/\n$/, ' '.repeat(SIXTY_MB - valid.length))],
  ])('%s is refused as too large, directly and over the contract; plan unchanged', async (_label, content) => {
    const { transfer, handlers, state } = setUp();
    const before = state();
    expect(content.length).toBeGreaterThan(MAX_IMPORT_BYTES);
    const expected = 'huge.pmoplan.json was not imported: it is too large to be a PMO Pathway plan (over 50 MB). Your plan is unchanged.';
    const error = refusal(() => transfer.previewImport({ fileName: 'huge.pmoplan.json', content }));
    expect(error.code).toBe('validation');
    expect(error.message).toBe(expected);
    const envelope = await dispatch(handlers, 'previewImport', [{ fileName: 'huge.pmoplan.json', content }], () => undefined);
    expect(envelope).toEqual({ ok: false, error: { code: 'validation', message: expected } });
    expect(state()).toEqual(before);
  });
});

type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'rename-key'; key: string; to: string }
  | { kind: 'swap-value'; from: string; to: string };

const arbitraryMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom('"__proto__": {},', '"constructor": 1,', '{', ']', '"', ',', '\u0000', '\uFEFF', 'null')),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('rename-key' as const),
    key: fc.constantFrom('"format"', '"formatVersion"', '"plan"', '"schemaVersion"', '"profile"', '"milestones"', '"id"', '"name"'),
    to: fc.constantFrom('"__proto__"', '"constructor"', '"prototype"', '"x"'),
  }),
  fc.record({
    kind: fc.constant('swap-value' as const),
    from: fc.constantFrom('1', '2', 'true', 'false', 'null', '"x1"', '[]', '"Sam Lee"'),
    to: fc.constantFrom('-1', '3', '"1"', '{}', '1e309', 'null', '[[]]', '"__proto__"'),
  }),
);

function mutate(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'delete': {
      const at = m.at % Math.max(text.length, 1);
      return text.slice(0, at) + text.slice(at + m.length);
    }
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'truncate':
      return text.slice(0, m.at % Math.max(text.length, 1));
    case 'rename-key':
      return text.replace(m.key, m.to);
    case 'swap-value':
      return text.replace(`: ${m.from}`, `: ${m.to}`);
  }
}

describe('importing arbitrary input never throws anything but ApiError and never changes the plan or plan.json', () => {
  // One data folder for all runs; kept out of removeTempDirs (which runs after each test) and removed afterAll.
  let dir: string;
  let file: string;
  let services: ReturnType<typeof composeIn>['services'];
  let fixedBytes: Buffer;
  let fixedFiles: Record<string, string>;
  let fixedPlan: Plan;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pmo-import-prop-'));
    file = path.join(dir, PLAN_FILE_NAME);
    services = composeIn(dir).services;
    services.plan.apply(putMilestone('m1', 'Kept whatever is imported'));
    services.plan.flush();
    fixedBytes = readBytes(file);
    fixedFiles = folderContents(dir);
    fixedPlan = services.plan.current;
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  let accepted = 0;
  const tryImport = (content: string) => {
    try {
      const preview = services.transfer.previewImport({ fileName: 'input.pmoplan.json', content });
      expect(preview.counts).toBeDefined();
      accepted += 1;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      expect(error.code).toBe('validation');
    }
    expect(services.plan.current).toBe(fixedPlan);
    expect(services.plan.snapshot().revision).toBe(1);
    expect(readBytes(file).equals(fixedBytes)).toBe(true);
  };

  const validFile = createPlanFile(otherPlan(), IMPORTED_AT, '1.0.0');

  it('fc.string', () => fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), tryImport), { numRuns: 200 }));
  it('fc.json', () => fc.assert(fc.property(fc.json(), tryImport), { numRuns: 200 }));
  it('fc.anything() serialised', () => fc.assert(fc.property(fc.anything(), (value) => tryImport(String(JSON.stringify(value)))), { numRuns: 200 }));
  it('mutated valid plan files', () => {
    accepted = 0;
    fc.assert(
      fc.property(fc.array(arbitraryMutation, { minLength: 1, maxLength: 4 }), (mutations) => tryImport(mutations.reduce(mutate, validFile))),
      { numRuns: 300 },
    );
    expect(accepted).toBeGreaterThan(0); // some mutations keep the file valid: both branches were exercised
  });
  it('a valid file is accepted for preview and still changes nothing until confirmed', () => {
    tryImport(validFile);
    expect(folderContents(dir)).toEqual(fixedFiles);
  });
});
