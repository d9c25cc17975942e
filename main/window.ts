import { BrowserWindow, session, type Rectangle, type WebContents } from 'electron';
import { isAllowedExternalUrl } from './security/external-url';
import { APP_ENTRY_URL, isOwnAppUrl } from './security/app-origin';
import { decidePermission } from './security/permissions';

export interface WindowOptions {
  /** Where the window was last time, already checked against the displays (see window-state.ts). */
  bounds?: Rectangle | null;
  /** Set in development (electron-vite dev): the page comes from the dev server instead of the app scheme. */
  devServerUrl?: string;
  openExternal: (url: string) => void;
  /** Started at log-in: load the page (so reminders run) but keep the window out of sight until asked. */
  hidden?: boolean;
}

/** The one app window, locked down: no navigation away, no new windows, no permissions. */
export function createMainWindow(options: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...(options.bounds ?? { width: 1200, height: 800 }),
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'PMO Pathway',
    // Written out here, not built elsewhere, so the Electronegativity gate can read every flag (it only
    // reads object literals). The page is untrusted content: no Node, in a sandbox, isolated from the
    // preload. test/main/security.test.ts pins the whole object. The preload is registered on the session
    // (registerAppPreload), not set here.
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // No middle-click (auxclick) events, so a middle-click on a link cannot try to open it elsewhere; every window is denied anyway.
      disableBlinkFeatures: 'Auxclick',
      // Off: on Windows and Linux Chromium downloads spelling dictionaries from Google, and the app makes no network requests.
      spellcheck: false,
    },
  });
  guardWebContents(window.webContents, options);
  if (!options.hidden) window.once('ready-to-show', () => window.show());
  void window.loadURL(options.devServerUrl ?? APP_ENTRY_URL);
  return window;
}

function guardWebContents(contents: WebContents, options: WindowOptions): void {
  contents.on('will-navigate', (event, url) => {
    if (!isOwnAppUrl(url, options.devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isOwnAppUrl(url, options.devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links to the web open in the system browser after the allowlist check; the app never opens windows.
    if (isAllowedExternalUrl(url)) options.openExternal(url);
    return { action: 'deny' };
  });
}

const APP_PRELOAD_ID = 'pmo-pathway-api';

/**
 * The app's preload (main/preload.ts: window.api and nothing else) runs in the main frame of every page
 * of the default session, which only ever shows the one app window: registered once on the session
 * rather than as a webPreferences option, so it is one fact in one place. Sub-frames get no preload
 * (nodeIntegrationInSubFrames is off), as before.
 */
export function registerAppPreload(preloadPath: string): void {
  const ses = session.defaultSession;
  if (ses.getPreloadScripts().some((script) => script.id === APP_PRELOAD_ID)) return;
  ses.registerPreloadScript({ type: 'frame', id: APP_PRELOAD_ID, filePath: preloadPath });
}

/** Deny every permission request and check of the default session. */
export function lockDownSession(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(decidePermission(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => decidePermission(permission));
}

/** A second launch focuses the window we already have instead of opening another. */
export function focusExistingWindow(window: Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'> | null): void {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
