import { defaultAppSettings } from '../../shared/app-settings/schema';
import { dispatch, isMethodName } from '../../main/api/dispatch';
import type { Handlers, PlanSnapshot } from '../../shared/ipc/contract';
import { ApiError, type Envelope } from '../../shared/ipc/errors';
import { MAX_IMPORT_BYTES } from '../../shared/ipc/plan-transfer';
import { createEmptyPlan } from '../../shared/model';
import { MILESTONE_DEFAULTS } from '../support/plan-builders';

const SNAPSHOT: PlanSnapshot = { revision: 7, plan: createEmptyPlan('2026-01-01T00:00:00.000Z'), readOnly: false, notices: [], save: { state: 'saved', message: null } };
const PREVIEW = {
  importId: 'import-1',
  fileName: 'plan.pmoplan.json',
  counts: { skills: 0, certifications: 0, milestones: 0, achievements: 0, roles: 0, listings: 0, termMappings: 0, questions: 0, stories: 0, practiceSessions: 0 },
  profileName: '',
  targetRole: '',
  exportedAt: null,
  migratedFromVersion: null,
};
const UNDO = { undoBackupId: 'plan-20260101T000000000Z-before-restore' };
const SYNC_STATE = { folder: null, device: { id: null, name: 'Test PC' }, canPickFolder: false, lastCheckedAt: null, problem: null, skipped: [], computers: [], conflicts: [] };
const UPDATE_STATE = { currentVersion: '1.2.3', canUpdate: false, status: { kind: 'unsupported' as const, message: 'Updates come with the desktop app.' } };

const NO_REMINDERS = { reminders: [], away: null, channel: 'in-app' as const, problem: null };

function fakeHandlers() {
  return {
    getPlan: vi.fn<Handlers['getPlan']>(() => SNAPSHOT),
    applyChange: vi.fn<Handlers['applyChange']>(async () => SNAPSHOT),
    getAppInfo: vi.fn<Handlers['getAppInfo']>(() => ({ version: '1.2.3', planLocation: '/x/plan.json', shell: 'electron' as const })),
    openExternal: vi.fn<Handlers['openExternal']>(async () => undefined),
    exportAchievements: vi.fn<Handlers['exportAchievements']>(async () => ({ outcome: 'cancelled' as const })),
    listBackups: vi.fn<Handlers['listBackups']>(() => []),
    restoreBackup: vi.fn<Handlers['restoreBackup']>(() => UNDO),
    exportPlanFile: vi.fn<Handlers['exportPlanFile']>(async () => ({ outcome: 'cancelled' as const })),
    previewImport: vi.fn<Handlers['previewImport']>(() => PREVIEW),
    confirmImport: vi.fn<Handlers['confirmImport']>(() => UNDO),
    openNewestBackup: vi.fn<Handlers['openNewestBackup']>(() => SNAPSHOT),
    listDrafts: vi.fn<Handlers['listDrafts']>(() => ({ drafts: [], notice: null })),
    saveDraft: vi.fn<Handlers['saveDraft']>((draft) => draft),
    discardDraft: vi.fn<Handlers['discardDraft']>(() => undefined),
    extractListingText: vi.fn<Handlers['extractListingText']>(async () => ({ text: 'Senior PMO Analyst', format: 'txt' as const })),
    exportListingComparison: vi.fn<Handlers['exportListingComparison']>(async () => ({ outcome: 'cancelled' as const })),
    exportPrepSheet: vi.fn<Handlers['exportPrepSheet']>(async () => ({ outcome: 'cancelled' as const })),
    readCvFile: vi.fn<Handlers['readCvFile']>(async (file) => ({ kind: 'lines' as const, fileName: file.fileName, lines: [{ text: 'Alex Morgan', kind: 'heading' as const }] })),
    applyCvImport: vi.fn<Handlers['applyCvImport']>(() => SNAPSHOT),
    checkExportForAts: vi.fn<Handlers['checkExportForAts']>(async (_options, format) => ({ format, fileName: 'CV.docx', pages: ['Alex'], checks: [] })),
    exportCalendar: vi.fn<Handlers['exportCalendar']>(async () => ({ outcome: 'cancelled' as const })),
    getAppSettings: vi.fn<Handlers['getAppSettings']>(() => ({ settings: defaultAppSettings(), canOpenAtLogin: true, problem: null })),
    updateAppSettings: vi.fn<Handlers['updateAppSettings']>(() => ({ settings: defaultAppSettings(), canOpenAtLogin: true, problem: null })),
    getReminders: vi.fn<Handlers['getReminders']>(() => NO_REMINDERS),
    dismissReminders: vi.fn<Handlers['dismissReminders']>(() => NO_REMINDERS),
    restoreReminders: vi.fn<Handlers['restoreReminders']>(() => NO_REMINDERS),
    clearRemindersAway: vi.fn<Handlers['clearRemindersAway']>(() => NO_REMINDERS),
    getUpdateState: vi.fn<Handlers['getUpdateState']>(() => UPDATE_STATE),
    checkForUpdates: vi.fn<Handlers['checkForUpdates']>(async () => UPDATE_STATE),
    downloadUpdate: vi.fn<Handlers['downloadUpdate']>(async () => UPDATE_STATE),
    installUpdate: vi.fn<Handlers['installUpdate']>(async () => UPDATE_STATE),
    getSyncState: vi.fn<Handlers['getSyncState']>(() => SYNC_STATE),
    useSyncFolder: vi.fn<Handlers['useSyncFolder']>(async () => SYNC_STATE),
    stopSyncFolder: vi.fn<Handlers['stopSyncFolder']>(() => SYNC_STATE),
    syncNow: vi.fn<Handlers['syncNow']>(() => SYNC_STATE),
    renameDevice: vi.fn<Handlers['renameDevice']>(() => SYNC_STATE),
    dismissSyncConflicts: vi.fn<Handlers['dismissSyncConflicts']>(() => SYNC_STATE),
  } satisfies Handlers;
}

const noLog = () => undefined;

function expectFailure(envelope: Envelope<unknown>, code: string): string {
  expect(envelope.ok).toBe(false);
  if (envelope.ok) throw new Error('unreachable');
  expect(Object.keys(envelope.error).sort()).toEqual(['code', 'message']);
  expect(envelope.error.code).toBe(code);
  // A message for people: no stack frames, no zod internals, no JSON dumps.
  expect(envelope.error.message).not.toMatch(/\n\s+at |ZodError|node_modules|"code":|\[object /);
  return envelope.error.message;
}

describe('dispatch', () => {
  it('runs the handler and wraps its value', async () => {
    const handlers = fakeHandlers();
    await expect(dispatch(handlers, 'getPlan', [], noLog)).resolves.toEqual({ ok: true, value: SNAPSHOT });
    await expect(dispatch(handlers, 'getAppInfo', [], noLog)).resolves.toEqual({
      ok: true,
      value: { version: '1.2.3', planLocation: '/x/plan.json', shell: 'electron' },
    });
    expect(handlers.getPlan).toHaveBeenCalledOnce();
  });

  it.each(['nope', '', 'constructor', '__proto__', 'toString', 'getplan', 'plan:get'])('refuses the unknown method %j', async (method) => {
    const handlers = fakeHandlers();
    const message = expectFailure(await dispatch(handlers, method, [], noLog), 'invalid-argument');
    expect(message).toContain('Unknown method');
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it('keeps an absurdly long method name out of the message', async () => {
    const message = expectFailure(await dispatch(fakeHandlers(), 'x'.repeat(10_000), [], noLog), 'invalid-argument');
    expect(message.length).toBeLessThan(200);
  });

  it.each([undefined, null, {}, 'args', 3, { 0: 'https://a.example', length: 1 }])('refuses non-list arguments %j', async (args) => {
    const handlers = fakeHandlers();
    const message = expectFailure(await dispatch(handlers, 'openExternal', args, noLog), 'invalid-argument');
    expect(message).toBe('Arguments of openExternal must be a list.');
    expect(handlers.openExternal).not.toHaveBeenCalled();
  });

  it.each([
    ['applyChange', [{ type: 'milestone.delete-everything' }]],
    ['applyChange', []],
    ['applyChange', [{ type: 'milestone.put', item: { id: 'has spaces', title: 'x' } }]],
    ['getPlan', ['unexpected']],
    ['openExternal', [42]],
    ['openExternal', ['https://a.example/' + 'x'.repeat(2048)]],
  ])('refuses schema-invalid arguments to %s without reaching the handler', async (method, args) => {
    const handlers = fakeHandlers();
    const message = expectFailure(await dispatch(handlers, method, args, noLog), 'invalid-argument');
    expect(message).toMatch(new RegExp(`^The request to ${method} is not valid: `));
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it("explains a bad field in the person's words", async () => {
    const envelope = await dispatch(fakeHandlers(), 'applyChange', [{ type: 'milestone.put', item: { id: 'm1', title: 'x'.repeat(201) } }], noLog);
    expect(expectFailure(envelope, 'invalid-argument')).toBe('The request to applyChange is not valid: Keep the milestone title under 200 characters.');
  });

  it('hands the handler the parsed arguments (defaults filled, text trimmed)', async () => {
    const handlers = fakeHandlers();
    await dispatch(handlers, 'applyChange', [{ type: 'milestone.put', item: { id: 'm1', title: '  Shadow the PMO  ', extra: 'dropped' } }], noLog);
    expect(handlers.applyChange).toHaveBeenCalledOnce();
    const [change] = handlers.applyChange.mock.calls[0]!;
    expect(change).toEqual({
      type: 'milestone.put',
      item: { id: 'm1', title: 'Shadow the PMO', ...MILESTONE_DEFAULTS },
    });
  });

  it('turns an ApiError into its shape, and does not log it', async () => {
    const handlers = fakeHandlers();
    handlers.applyChange.mockRejectedValueOnce(new ApiError('read-only', 'This plan is open read-only.'));
    const log = vi.fn();
    const envelope = await dispatch(handlers, 'applyChange', [{ type: 'item.delete', collection: 'milestones', id: 'm1' }], log);
    expect(envelope).toEqual({ ok: false, error: { code: 'read-only', message: 'This plan is open read-only.' } });
    expect(log).not.toHaveBeenCalled();
  });

  it.each([
    ['a thrown Error', () => { throw new TypeError("Cannot read properties of undefined (reading 'secret') at /home/me/plan.json"); }],
    ['a rejected promise', () => Promise.reject(new Error('EACCES /home/me/.config'))],
    ['a thrown string', () => { throw 'raw string'; }],
  ])('turns %s into a plain internal error and logs the original', async (_label, failure) => {
    const handlers = fakeHandlers();
    handlers.getPlan.mockImplementationOnce(failure as never);
    const log = vi.fn();
    const message = expectFailure(await dispatch(handlers, 'getPlan', [], log), 'internal');
    expect(message).toBe('Something went wrong inside PMO Pathway. Your saved plan is unaffected; please try again.');
    expect(log).toHaveBeenCalledOnce();
    const [logged, error] = log.mock.calls[0]!;
    expect(logged).toContain('getPlan');
    expect(error === 'raw string' || error instanceof Error).toBe(true);
  });

  it('logs to the console by default, never to the caller', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const handlers = fakeHandlers();
      const boom = new Error('boom');
      handlers.getAppInfo.mockImplementationOnce(() => { throw boom; });
      expectFailure(await dispatch(handlers, 'getAppInfo', []), 'internal');
      expect(consoleError).toHaveBeenCalledWith(expect.stringContaining('getAppInfo'), boom);
    } finally {
      consoleError.mockRestore();
    }
  });
});

describe('the backup and plan-file methods check their arguments before the handler runs', () => {
  it.each([
    ['a relative path', '../plan'],
    ['an absolute path', '/etc/passwd'],
    ['a file name with .json', 'plan-20260101T000000000Z-auto.json'],
    ['a path inside the backups folder', 'plan-20260101T000000000Z-auto/../../plan'],
    ['an empty id', ''],
    ['an upper-case reason', 'plan-20260101T000000000Z-AUTO'],
    ['a number', 42],
  ])('restoreBackup refuses %s', async (_label, id) => {
    const handlers = fakeHandlers();
    const message = expectFailure(await dispatch(handlers, 'restoreBackup', [id], noLog), 'invalid-argument');
    expect(message).toMatch(/^The request to restoreBackup is not valid: /);
    expect(handlers.restoreBackup).not.toHaveBeenCalled();
  });

  it('restoreBackup passes a backup id through', async () => {
    const handlers = fakeHandlers();
    await expect(dispatch(handlers, 'restoreBackup', ['plan-20260101T000000000Z-before-import'], noLog)).resolves.toEqual({ ok: true, value: UNDO });
    expect(handlers.restoreBackup).toHaveBeenCalledExactlyOnceWith('plan-20260101T000000000Z-before-import');
  });

  it('previewImport refuses content far beyond any plan (over twice the import limit) before the handler runs', async () => {
    const handlers = fakeHandlers();
    const content = ' '.repeat(2 * MAX_IMPORT_BYTES + 1);
    const message = expectFailure(await dispatch(handlers, 'previewImport', [{ fileName: 'huge.pmoplan.json', content }], noLog), 'invalid-argument');
    expect(message).toBe('The request to previewImport is not valid: That file is too large to be a PMO Pathway plan.');
    expect(handlers.previewImport).not.toHaveBeenCalled();
  });

  it.each([
    ['no content', [{ fileName: 'a.pmoplan.json' }]],
    ['content that is not text', [{ fileName: 'a.pmoplan.json', content: { schemaVersion: 2 } }]],
    ['a bare string', ['{"schemaVersion":2}']],
    ['a file name over 260 characters', [{ fileName: 'x'.repeat(261), content: '{}' }]],
  ])('previewImport refuses %s', async (_label, args) => {
    const handlers = fakeHandlers();
    expectFailure(await dispatch(handlers, 'previewImport', args, noLog), 'invalid-argument');
    expect(handlers.previewImport).not.toHaveBeenCalled();
  });

  it.each([[['x'.repeat(101)]], [[7]], [[]]])('confirmImport refuses %j', async (args) => {
    const handlers = fakeHandlers();
    expectFailure(await dispatch(handlers, 'confirmImport', args, noLog), 'invalid-argument');
    expect(handlers.confirmImport).not.toHaveBeenCalled();
  });

  it.each([
    ['useSyncFolder', [{ folder: 7 }]],
    ['useSyncFolder', ['/home/alex/Dropbox']],
    ['useSyncFolder', [{ folder: 'x'.repeat(4097) }]],
    ['useSyncFolder', [{ folder: '' }]],
    ['renameDevice', ['']],
    ['renameDevice', ['x'.repeat(61)]],
    ['dismissSyncConflicts', [[]]],
    ['dismissSyncConflicts', [['k'.repeat(301)]]],
  ])('%s refuses %j and is never called', async (method, args) => {
    const handlers = fakeHandlers();
    expectFailure(await dispatch(handlers, method, args, noLog), 'invalid-argument');
    expect(handlers[method as 'useSyncFolder']).not.toHaveBeenCalled();
  });

  it.each(['listBackups', 'exportPlanFile', 'getUpdateState', 'checkForUpdates', 'downloadUpdate', 'installUpdate', 'getSyncState', 'stopSyncFolder', 'syncNow'])('%s takes no arguments', async (method) => {
    const handlers = fakeHandlers();
    expectFailure(await dispatch(handlers, method, ['unexpected'], noLog), 'invalid-argument');
    await expect(dispatch(handlers, method, [], noLog)).resolves.toMatchObject({ ok: true });
  });
});

describe('isMethodName', () => {
  it('accepts exactly the contract methods', () => {
    expect(['getPlan', 'applyChange', 'getAppInfo', 'openExternal', 'exportAchievements', 'listBackups', 'restoreBackup', 'exportPlanFile', 'previewImport', 'confirmImport'].every(isMethodName)).toBe(true);
    expect([undefined, null, 1, 'hasOwnProperty', 'valueOf', 'GETPLAN'].some(isMethodName)).toBe(false);
  });
});
