/**
 * Everything the services need from the desktop shell, behind one port with two adapters:
 * Electron's (dialogs, shell) and the browser bridge's (downloads, file picker, new tab).
 * This is what lets the real services run under a browser on machines that cannot run Electron.
 */
export interface Platform {
  readonly shell: 'electron' | 'browser';
  /** Open a vetted https/mailto URL outside the app. */
  openExternal(url: string): Promise<void>;
}
