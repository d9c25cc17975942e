import fs from 'node:fs';
import path from 'node:path';
import { METHOD_CHANNELS } from '../../shared/ipc/channels';
import { makeTempDir, removeTempDirs } from '../support/temp-plan';

/**
 * main/index.ts, loaded as Electron loads it, with `electron` replaced by a fake (issue 6: "the
 * second-instance behaviour"). A second launch must leave without touching the plan (only the first
 * instance may own plan.json and its single writer); the first instance brings its window forward.
 * Every case loads main/index.ts afresh (vi.resetModules): its top level is what runs at launch.
 */

type Listener = (...args: unknown[]) => void;

class FakeWindow {
  static instances: FakeWindow[] = [];
  readonly handlers = new Map<string, Listener>();
  readonly on = vi.fn((event: string, handler: Listener) => void this.handlers.set(event, handler));
  readonly once = vi.fn();
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly isMinimized = vi.fn(() => false);
  readonly restore = vi.fn();
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly maximize = vi.fn();
  readonly isMaximized = vi.fn(() => false);
  readonly getNormalBounds = vi.fn(() => ({ x: 0, y: 0, width: 1200, height: 800 }));
  readonly webContents = { on: vi.fn(), setWindowOpenHandler: vi.fn(), isDestroyed: () => false, send: vi.fn() };

  constructor(readonly options: Record<string, unknown>) {
    FakeWindow.instances.push(this);
  }
}

/** Everything of `electron` that main/index.ts and what it imports touch, recording each call. */
function fakeElectron(hasLock: boolean, userData: string) {
  const appListeners = new Map<string, Listener[]>();
  let becomeReady!: () => void;
  const ready = new Promise<void>((resolve) => (becomeReady = resolve));
  const ipcHandlers = new Map<string, Listener>();
  const app = {
    requestSingleInstanceLock: vi.fn(() => hasLock),
    quit: vi.fn(),
    on: vi.fn((event: string, listener: Listener) => {
      appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
      return app;
    }),
    whenReady: vi.fn(() => ready),
    getPath: vi.fn((name: string) => {
      if (name === 'userData') return userData;
      throw new Error(`fake electron: no path for ${name}`);
    }),
    getVersion: vi.fn(() => '1.0.0-test'),
    isPackaged: false,
    getLoginItemSettings: vi.fn(() => ({ openAtLogin: false, wasOpenedAtLogin: false })),
    setLoginItemSettings: vi.fn(),
    setAppUserModelId: vi.fn(),
  };
  const electron = {
    app,
    BrowserWindow: FakeWindow,
    Menu: { buildFromTemplate: vi.fn(() => ({})), setApplicationMenu: vi.fn() },
    powerMonitor: { on: vi.fn() },
    // Reminders ask whether the OS has notifications; this fake has none, so the in-app list is the channel.
    Notification: { isSupported: vi.fn(() => false) },
    screen: { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]) },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), getPreloadScripts: vi.fn(() => []), registerPreloadScript: vi.fn() } },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    net: { fetch: vi.fn() },
    ipcMain: {
      handle: vi.fn((channel: string, handler: Listener) => void ipcHandlers.set(channel, handler)),
      removeHandler: vi.fn(),
      on: vi.fn(),
    },
    shell: { openExternal: vi.fn() },
    dialog: { showSaveDialog: vi.fn() },
  };
  const emit = (event: string, ...args: unknown[]) => (appListeners.get(event) ?? []).forEach((listener) => listener(...args));
  return { electron, app, appListeners, ipcHandlers, emit, becomeReady };
}

const SIGNALS = ['exit', 'SIGTERM', 'SIGINT', 'SIGHUP'] as const;
const listenersOf = (event: string) => process.listeners(event as 'exit');
let processListenersBefore: Map<string, Set<unknown>>;

beforeEach(() => {
  FakeWindow.instances.length = 0;
  processListenersBefore = new Map(SIGNALS.map((signal) => [signal, new Set<unknown>(listenersOf(signal))]));
});

afterEach(() => {
  // The first instance installs flush-on-exit handlers on this (the test) process: take them off again.
  for (const signal of SIGNALS) {
    for (const listener of listenersOf(signal)) {
      if (!processListenersBefore.get(signal)!.has(listener)) process.off(signal as 'exit', listener);
    }
  }
  vi.doUnmock('electron');
  vi.doUnmock('../../main/compose');
  vi.doUnmock('../../main/storage');
  vi.resetModules();
  removeTempDirs();
});

/** Launch main/index.ts with the lock granted or not; composeApp and openDurablePlan are spied on. */
async function launch(hasLock: boolean) {
  const userData = path.join(makeTempDir('pmo-instance-'), 'userData'); // does not exist until the app opens its data
  const fake = fakeElectron(hasLock, userData);
  const composeApp = vi.fn();
  const openDurablePlan = vi.fn();
  vi.resetModules();
  vi.doMock('electron', () => ({ ...fake.electron, default: fake.electron }));
  vi.doMock('../../main/storage', async (importOriginal) => {
    const actual = await importOriginal<typeof import('../../main/storage')>();
    openDurablePlan.mockImplementation(actual.openDurablePlan);
    return { ...actual, openDurablePlan };
  });
  vi.doMock('../../main/compose', async (importOriginal) => {
    const actual = await importOriginal<typeof import('../../main/compose')>();
    composeApp.mockImplementation(actual.composeApp);
    return { ...actual, composeApp };
  });
  await import('../../main/index');
  return { ...fake, userData, composeApp, openDurablePlan };
}

/** Let promise callbacks (app.whenReady().then(start)) run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('a second instance (the lock is held by another)', () => {
  it('quits at once and never opens the plan: no composeApp, no storage, no file in the data folder', async () => {
    const { app, electron, appListeners, composeApp, openDurablePlan, userData, becomeReady } = await launch(false);
    becomeReady(); // even if Electron went on to report ready, nothing may start
    await settle();

    expect(app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(app.quit).toHaveBeenCalledOnce();
    expect(composeApp).not.toHaveBeenCalled();
    expect(openDurablePlan).not.toHaveBeenCalled();
    expect(app.getPath).not.toHaveBeenCalled();
    expect(fs.existsSync(userData)).toBe(false);
    expect(app.whenReady).not.toHaveBeenCalled();
    expect([...appListeners.keys()]).toEqual([]);
    expect(electron.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
    expect(FakeWindow.instances).toEqual([]);
  });
});

describe('the first instance (it holds the lock)', () => {
  async function started() {
    const launched = await launch(true);
    expect(launched.app.quit).not.toHaveBeenCalled();
    expect(launched.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce(); // before ready, as Electron requires
    expect(launched.composeApp).not.toHaveBeenCalled(); // nothing opens before the app is ready
    launched.becomeReady();
    // start() awaits the window-state store (electron-store, imported on demand) before the window exists.
    await vi.waitFor(() => expect(FakeWindow.instances).toHaveLength(1));
    return launched;
  }

  it('opens the plan in userData through composeApp and the durable storage, and creates one window', async () => {
    const { composeApp, openDurablePlan, userData } = await started();
    expect(composeApp).toHaveBeenCalledOnce();
    expect(composeApp.mock.calls[0]![0]).toMatchObject({ dataDir: userData, version: '1.0.0-test' });
    expect(openDurablePlan).toHaveBeenCalledOnce();
    expect(fs.existsSync(userData)).toBe(true);
    expect(FakeWindow.instances).toHaveLength(1);
  });

  it('starts the reminders: a first check at start (remembered in userData through electron-store) and a check on waking', async () => {
    const { electron, userData } = await started();
    await vi.waitFor(() => expect(electron.powerMonitor.on).toHaveBeenCalledWith('resume', expect.any(Function)));
    expect(JSON.parse(fs.readFileSync(path.join(userData, 'reminders.json'), 'utf8'))).toMatchObject({ lastCheckedAt: expect.any(String), entries: {} });
    // No notification service in this fake: the in-app list is the channel, and the window starts shown.
    expect(FakeWindow.instances[0]!.once).toHaveBeenCalledWith('ready-to-show', expect.any(Function));
  });

  it("restores and focuses the existing window when a second launch is reported ('second-instance')", async () => {
    const { emit, appListeners } = await started();
    expect(appListeners.get('second-instance')).toHaveLength(1);
    const [window] = FakeWindow.instances;
    window!.isMinimized.mockReturnValue(true);

    emit('second-instance', {}, ['pmo-pathway'], '/home/alex');

    expect(window!.restore).toHaveBeenCalledOnce();
    expect(window!.show).toHaveBeenCalledOnce();
    expect(window!.focus).toHaveBeenCalledOnce();
    expect(FakeWindow.instances).toHaveLength(1); // no second window
  });

  it('focuses a window that is not minimised without restoring it', async () => {
    const { emit } = await started();
    const [window] = FakeWindow.instances;
    emit('second-instance', {}, [], '/');
    expect(window!.restore).not.toHaveBeenCalled();
    expect(window!.focus).toHaveBeenCalledOnce();
  });

  it('ignores a second launch reported before its window exists, or after it closed', async () => {
    const launched = await launch(true);
    expect(() => launched.emit('second-instance', {}, [], '/')).not.toThrow(); // not ready yet: no window
    launched.becomeReady();
    await settle();
    const [window] = FakeWindow.instances;
    window!.handlers.get('closed')!();
    expect(() => launched.emit('second-instance', {}, [], '/')).not.toThrow();
    expect(window!.focus).not.toHaveBeenCalled();
  });

  it('writes a pending change when the app quits (before-quit flushes the debounced writer)', async () => {
    const { ipcHandlers, emit, userData } = await started();
    const apply = ipcHandlers.get(METHOD_CHANNELS.applyChange)!;
    const envelope = await apply({ senderFrame: { url: 'pmo://app/index.html' } }, { type: 'milestone.put', item: { id: 'm1', title: 'Saved on quit' } });
    expect(envelope).toMatchObject({ ok: true });
    const file = path.join(userData, 'plan.json');
    expect(fs.existsSync(file)).toBe(false); // still inside the 300 ms debounce

    emit('before-quit');

    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ milestones: [{ id: 'm1', title: 'Saved on quit' }] });
  });
});
