import type { AppUpdater } from 'electron-updater';
import type { UpdaterPort, UpdaterSource } from '../services/updates/update-policy';

/**
 * electron-updater behind the UpdaterPort (issue 17). Only types are imported at the top: the module
 * itself is loaded by `loadElectronUpdater`, on the first check the person asks for or agreed to, so a
 * run with update checks off never loads it, never constructs an updater, and sends nothing anywhere
 * (it also keeps main's start-up bundle small). The feed is the one electron-builder wrote into the
 * package (resources/app-update.yml: GitHub Releases).
 */

export const DEV_RUN_MESSAGE = 'Updates are checked in the installed app.';

/** The packaged app has an updater; a development run (`npm run dev`, `npm start`) says where updates are. */
export function electronUpdaterSource(app: { readonly isPackaged: boolean }): UpdaterSource {
  if (!app.isPackaged) return { kind: 'unsupported', message: DEV_RUN_MESSAGE };
  return { kind: 'available', load: loadElectronUpdater };
}

export async function loadElectronUpdater(): Promise<UpdaterPort> {
  return updaterPort(configureUpdater(autoUpdaterOf(await import('electron-updater'))));
}

/**
 * The platform's updater (NSIS, DMG/zip, AppImage or deb) from the loaded module. It is a lazy getter on
 * the CommonJS exports, which an ES namespace may not copy, so it is read from the exports object itself.
 */
export function autoUpdaterOf(loaded: unknown): AppUpdater {
  const exports = loaded as { default?: { autoUpdater?: AppUpdater }; autoUpdater?: AppUpdater };
  const updater = exports.default?.autoUpdater ?? exports.autoUpdater;
  if (!updater) throw new Error('electron-updater did not provide an updater for this system.');
  return updater;
}

/** What goes in electron-updater's x-user-staging-id header instead of a per-install id: nothing at all. */
export const NO_STAGING_ID = '00000000-0000-0000-0000-000000000000';

/**
 * The choices the issue fixes, whatever electron-updater's defaults: nothing is downloaded or installed
 * unless the person asks, only full releases are offered, never an older version, and nothing is logged
 * (a failed check is a status in the app, not a line in a console nobody reads). Also: electron-updater
 * would send every check a random id it keeps in userData/.updaterId (for staged roll-outs, which these
 * releases do not use); the nil id is sent instead, so a check says nothing about who asks.
 */
export function configureUpdater<T extends AppUpdater>(updater: T): T {
  updater.autoDownload = false;
  updater.autoInstallOnAppQuit = false;
  updater.allowPrerelease = false;
  updater.allowDowngrade = false;
  updater.fullChangelog = false;
  updater.logger = null;
  // A private field of electron-updater 6 (pinned); test/main/updates checks the header and the file.
  Reflect.set(updater, 'stagingUserIdPromise', { value: Promise.resolve(NO_STAGING_ID) });
  return updater;
}

/** The slice of AppUpdater the policy uses. */
export function updaterPort(updater: AppUpdater): UpdaterPort {
  return {
    checkForUpdates: () => updater.checkForUpdates(),
    downloadUpdate: () => updater.downloadUpdate(),
    quitAndInstall: () => updater.quitAndInstall(),
    on: (event: string, listener: (...args: never[]) => void) => {
      updater.on(event as 'error', listener as (error: Error) => void);
    },
  };
}
