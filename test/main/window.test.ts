import { APP_ENTRY_URL } from '../../main/security/app-origin';
import { createMainWindow, lockDownSession } from '../../main/window';
import { BrowserWindow, session } from '../support/electron-mock';

vi.mock('electron', () => import('../support/electron-mock'));

beforeEach(() => {
  BrowserWindow.instances.length = 0;
  vi.clearAllMocks();
});

function open(devServerUrl?: string) {
  const openExternal = vi.fn();
  createMainWindow({ devServerUrl, openExternal });
  const window = BrowserWindow.instances.at(-1)!;
  const fire = (name: string, url?: string) => {
    const event = { preventDefault: vi.fn() };
    const handler = window.webContentsHandlers.get(name);
    if (!handler) throw new Error(`No ${name} guard`);
    handler(event, url);
    return event.preventDefault;
  };
  return { window, openExternal, fire };
}

describe('createMainWindow', () => {
  it('creates one hidden, sandboxed, isolated window and loads our page', () => {
    const { window } = open();
    expect(BrowserWindow.instances).toHaveLength(1);
    // Every flag is pinned in test/main/security.test.ts; here, that this window is the one that gets them.
    expect(window.options).toMatchObject({
      show: false,
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false },
    });
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith(APP_ENTRY_URL);
    expect(window.once).toHaveBeenCalledWith('ready-to-show', expect.any(Function));
  });

  it('loads the dev server only in development', () => {
    const { window } = open('http://localhost:5173');
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('http://localhost:5173');
  });

  it.each(['will-navigate', 'will-redirect'])('%s: stays on our pages and stops everything else', (name) => {
    const { fire } = open();
    expect(fire(name, 'pmo://app/index.html')).not.toHaveBeenCalled();
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'http://localhost:5173/', 'javascript:alert(1)']) {
      expect(fire(name, url), url).toHaveBeenCalledOnce();
    }
  });

  it('refuses to attach a webview', () => {
    expect(open().fire('will-attach-webview')).toHaveBeenCalledOnce();
  });

  it('never opens a window; https links go to the system browser, others nowhere', () => {
    const { window, openExternal } = open();
    const handler = window.windowOpenHandler!;
    expect(handler({ url: 'https://www.axelos.com/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'pmo://app/index.html' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'http://example.com/' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://www.axelos.com/');
  });
});

describe('lockDownSession', () => {
  it('denies every permission request and check', () => {
    lockDownSession();
    const onRequest = session.defaultSession.setPermissionRequestHandler.mock.calls[0]![0] as (c: unknown, p: string, cb: (granted: boolean) => void) => void;
    const onCheck = session.defaultSession.setPermissionCheckHandler.mock.calls[0]![0] as (c: unknown, p: string) => boolean;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-sanitized-write']) {
      const callback = vi.fn();
      onRequest({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(onCheck({}, permission)).toBe(false);
    }
  });
});
