import path from 'node:path';
import { composeApp } from '../../main/compose';
import { registerIpcHandlers, sendEvent } from '../../main/ipc/handle';
import { isOwnAppUrl } from '../../main/security/app-origin';
import { EVENT_CHANNELS, METHOD_CHANNELS } from '../../shared/ipc/channels';
import type { Handlers } from '../../shared/ipc/contract';
import type { Envelope } from '../../shared/ipc/errors';
import { ipcHandlers, ipcMain, shell } from '../support/electron-mock';
import { PLAN_FILE_NAME, fixedClock, makeTempDir, manualTimers, readJson, removeTempDirs } from '../support/temp-plan';

vi.mock('electron', () => import('../support/electron-mock'));

const OWN_PAGE = 'pmo://app/index.html';

/** Calls the handler registered for `channel` the way Electron would, from a frame at `frameUrl`. */
function invoke(channel: string, frameUrl: string | undefined | null, ...args: unknown[]): Promise<Envelope<unknown>> {
  const handler = ipcHandlers.get(channel);
  if (!handler) throw new Error(`No handler for ${channel}`);
  const event = { senderFrame: frameUrl === null ? null : { url: frameUrl }, sender: {} };
  return handler(event, ...args) as Promise<Envelope<unknown>>;
}

function spyHandlers(): Handlers & Record<string, ReturnType<typeof vi.fn>> {
  return {
    getPlan: vi.fn(),
    applyChange: vi.fn(),
    getAppInfo: vi.fn(() => ({ version: '1', planLocation: '/p', shell: 'electron' as const })),
    openExternal: vi.fn(),
    exportAchievements: vi.fn(),
    listBackups: vi.fn(),
    restoreBackup: vi.fn(),
    exportPlanFile: vi.fn(),
    previewImport: vi.fn(),
    confirmImport: vi.fn(),
  } as never;
}

let unregister: (() => void) | undefined;
beforeEach(() => vi.clearAllMocks());
afterEach(() => {
  unregister?.();
  unregister = undefined;
  removeTempDirs();
});

describe('registerIpcHandlers', () => {
  it('registers one handler per contract channel and removes them all again', () => {
    unregister = registerIpcHandlers(spyHandlers(), () => true);
    expect([...ipcHandlers.keys()].sort()).toEqual(Object.values(METHOD_CHANNELS).sort());
    expect(ipcMain.handle).toHaveBeenCalledTimes(Object.keys(METHOD_CHANNELS).length);
    unregister();
    unregister = undefined;
    expect(ipcHandlers.size).toBe(0);
  });

  it.each([
    ['a web page', 'https://evil.example/'],
    ['a local file', 'file:///etc/passwd'],
    ['a lookalike host', 'pmo://app.evil/index.html'],
    ['the dev server when not in development', 'http://localhost:5173/'],
    ['an unknown frame', undefined],
    ['an empty url', ''],
  ])('refuses a call from %s as forbidden without reaching the handler', async (_label, frameUrl) => {
    const handlers = spyHandlers();
    const trusted = vi.fn((url: string | undefined) => isOwnAppUrl(url));
    unregister = registerIpcHandlers(handlers, trusted);

    for (const [name, channel] of Object.entries(METHOD_CHANNELS)) {
      const envelope = await invoke(channel, frameUrl, ...(name === 'openExternal' ? ['https://ok.example'] : []));
      expect(envelope).toEqual({ ok: false, error: { code: 'forbidden', message: 'This request did not come from PMO Pathway and was refused.' } });
    }
    expect(trusted).toHaveBeenCalledWith(frameUrl);
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a call whose frame is gone (senderFrame null)', async () => {
    const handlers = spyHandlers();
    unregister = registerIpcHandlers(handlers, (url) => isOwnAppUrl(url));
    await expect(invoke(METHOD_CHANNELS.getAppInfo, null)).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(handlers.getAppInfo).not.toHaveBeenCalled();
  });

  it('still parses arguments from a trusted frame', async () => {
    const handlers = spyHandlers();
    unregister = registerIpcHandlers(handlers, () => true);
    const envelope = await invoke(METHOD_CHANNELS.applyChange, OWN_PAGE, { type: 'not-a-change' });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(handlers.applyChange).not.toHaveBeenCalled();
  });

  it('works end to end from our own page with the real services over a temp plan file', async () => {
    const dataDir = makeTempDir();
    const { services, handlers } = composeApp({
      dataDir,
      clock: fixedClock,
      platform: { shell: 'electron', openExternal: (url) => shell.openExternal(url), saveFile: async () => ({ saved: false }), printToPdf: async () => new Uint8Array() },
      version: '9.9.9',
      storage: { timers: manualTimers() },
    });
    unregister = registerIpcHandlers(handlers, (url) => isOwnAppUrl(url));

    const change = { type: 'milestone.put', item: { id: 'm1', title: 'Shadow the PMO' } };
    const applied = await invoke(METHOD_CHANNELS.applyChange, OWN_PAGE, change);
    expect(applied).toMatchObject({ ok: true, value: { revision: 1, readOnly: false } });

    const got = await invoke(METHOD_CHANNELS.getPlan, OWN_PAGE);
    expect(got).toMatchObject({ ok: true, value: { revision: 1, plan: { milestones: [{ id: 'm1', title: 'Shadow the PMO', status: 'todo' }] } } });
    expect(services.plan.flush()).toBe(true); // the writer is debounced; quit and tests flush
    await expect(invoke(METHOD_CHANNELS.getPlan, OWN_PAGE)).resolves.toMatchObject({ ok: true, value: { save: { state: 'saved', message: null } } });
    expect(readJson(path.join(dataDir, PLAN_FILE_NAME))).toMatchObject({ milestones: [{ id: 'm1', title: 'Shadow the PMO' }] });

    await expect(invoke(METHOD_CHANNELS.getAppInfo, OWN_PAGE)).resolves.toEqual({
      ok: true,
      value: { version: '9.9.9', planLocation: path.join(dataDir, PLAN_FILE_NAME), shell: 'electron' },
    });

    await expect(invoke(METHOD_CHANNELS.openExternal, OWN_PAGE, 'https://www.axelos.com/')).resolves.toEqual({ ok: true, value: undefined });
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://www.axelos.com/');
    const refused = await invoke(METHOD_CHANNELS.openExternal, OWN_PAGE, 'file:///etc/passwd');
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(shell.openExternal).toHaveBeenCalledOnce();
  });

  it('trusts the dev server only when it is given', async () => {
    const handlers = spyHandlers();
    unregister = registerIpcHandlers(handlers, (url) => isOwnAppUrl(url, 'http://localhost:5173'));
    await expect(invoke(METHOD_CHANNELS.getAppInfo, 'http://localhost:5173/index.html')).resolves.toMatchObject({ ok: true });
    await expect(invoke(METHOD_CHANNELS.getAppInfo, 'http://localhost:5174/')).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(handlers.getAppInfo).toHaveBeenCalledOnce();
  });
});

describe('sendEvent', () => {
  it('sends the payload on the event channel, and nothing to a destroyed page', () => {
    const live = { isDestroyed: () => false, send: vi.fn() };
    sendEvent(live as never, 'planChanged', { revision: 4 });
    expect(live.send).toHaveBeenCalledExactlyOnceWith(EVENT_CHANNELS.planChanged, { revision: 4 });
    sendEvent(live as never, 'saveStatus', { state: 'failed', message: 'The disk is full.' });
    expect(live.send).toHaveBeenLastCalledWith(EVENT_CHANNELS.saveStatus, { state: 'failed', message: 'The disk is full.' });

    const gone = { isDestroyed: () => true, send: vi.fn() };
    sendEvent(gone as never, 'planChanged', { revision: 5 });
    expect(gone.send).not.toHaveBeenCalled();
  });
});
