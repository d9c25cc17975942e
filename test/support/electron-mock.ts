import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module, which cannot load on the build machines. Use it with
 *   vi.mock('electron', () => import('../support/electron-mock'));
 * It has a `default` export (electron-store does `import electron from 'electron'`) and the named
 * exports main/ imports. Handlers passed to ipcMain.handle are captured by channel so a test can call
 * them as Electron would; ipcRenderer / contextBridge record what the preload does.
 */

export const electronState = {
  /** What app.getPath('userData') returns; set it to a temp dir before building a store. */
  userData: '',
  version: '0.0.0-test',
};

type MainHandler = (event: unknown, ...args: unknown[]) => unknown;
/** Every ipcMain.handle registration, by channel. */
export const ipcHandlers = new Map<string, MainHandler>();

export const app = {
  getPath: vi.fn((name: string): string => {
    if (name === 'userData' && electronState.userData) return electronState.userData;
    throw new Error(`electron-mock: app.getPath('${name}') has no value in this test.`);
  }),
  getVersion: vi.fn(() => electronState.version),
};

export const ipcMain = {
  handle: vi.fn((channel: string, handler: MainHandler) => {
    // Electron throws on a second handler for one channel; so does the mock.
    if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcHandlers.set(channel, handler);
  }),
  removeHandler: vi.fn((channel: string) => {
    ipcHandlers.delete(channel);
  }),
  on: vi.fn(),
};

export const shell = {
  openExternal: vi.fn(async (_url: string) => undefined),
  openPath: vi.fn(async (_path: string) => ''),
};

export const contextBridge = {
  exposeInMainWorld: vi.fn(),
};

export const ipcRenderer = {
  invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => undefined),
  on: vi.fn(),
  removeListener: vi.fn(),
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    preloadScripts: [] as { type: string; id: string; filePath: string }[],
    getPreloadScripts: vi.fn(() => session.defaultSession.preloadScripts),
    registerPreloadScript: vi.fn((script: { type: string; id: string; filePath: string }) => {
      session.defaultSession.preloadScripts.push(script);
      return script.id;
    }),
  },
};

export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
export const net = { fetch: vi.fn() };

/** Records the options and the webContents guards of every window created. */
export class BrowserWindow {
  static instances: BrowserWindow[] = [];
  readonly webContentsHandlers = new Map<string, (...args: unknown[]) => void>();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly show = vi.fn();
  readonly once = vi.fn();
  readonly on = vi.fn();
  readonly webContents = {
    on: (name: string, handler: (...args: unknown[]) => void) => this.webContentsHandlers.set(name, handler),
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => {
      this.windowOpenHandler = handler;
    },
  };

  constructor(readonly options: Record<string, unknown>) {
    BrowserWindow.instances.push(this);
  }
}

export default { app, ipcMain, shell, contextBridge, ipcRenderer, session, protocol, net, BrowserWindow };
