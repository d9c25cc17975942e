import fs from 'node:fs';
import { autoUpdaterOf, configureUpdater, NO_STAGING_ID, updaterPort } from '../../../main/platform/electron-updater';
import { makeTempDir, removeTempDirs } from '../../support/temp-plan';
import { loopbackApp, releaseFeed, serveRelease, startFeedServer } from './support/loopback-feed';

vi.mock('electron', () => import('../../support/electron-mock'));

// The Electron adapter's own choices, on a real electron-updater AppUpdater (the loopback one: the
// platform updaters would reach for Electron's app, which is not here).

afterEach(() => removeTempDirs());

describe('configureUpdater', () => {
  it('turns off everything automatic, pre-releases, downgrades and logging, whatever the defaults were', async () => {
    const app = loopbackApp(makeTempDir('pmo-updater-config-'), 'http://127.0.0.1:9/releases/');
    await app.load();
    const updater = app.updater!;
    expect(updater).toMatchObject({ autoDownload: false, autoInstallOnAppQuit: false, allowPrerelease: false, allowDowngrade: false, fullChangelog: false });
    // A null logger is electron-updater's NoOpLogger: nothing reaches the console.
    expect(updater.logger?.constructor.name).toBe('NoOpLogger');
  });

  it('leaves a fresh updater with electron-updater’s defaults until configured (so the test above means something)', async () => {
    const { LoopbackUpdater } = await import('./support/loopback-feed');
    const fresh = new LoopbackUpdater(
      { version: '0.1.0', name: 'x', isPackaged: true, appUpdateConfigPath: '', userDataPath: '', baseCachePath: '', whenReady: async () => undefined, relaunch() {}, quit() {}, onQuit() {} },
    );
    expect(fresh).toMatchObject({ autoDownload: true, autoInstallOnAppQuit: true });
    expect(configureUpdater(fresh)).toBe(fresh);
    expect(fresh).toMatchObject({ autoDownload: false, autoInstallOnAppQuit: false });
  });
});

describe('updaterPort', () => {
  it('passes checks and events through to the real updater', async () => {
    const server = await startFeedServer(serveRelease(releaseFeed('0.3.0'), '0.3.0'));
    try {
      const dir = makeTempDir('pmo-updater-port-');
      const app = loopbackApp(dir, server.url);
      const port = await app.load();
      const heard: string[] = [];
      port.on('update-available', (info) => heard.push(`available ${info.version}`));
      const result = await port.checkForUpdates();
      expect(result).toMatchObject({ isUpdateAvailable: true, updateInfo: { version: '0.3.0' } });
      expect(heard).toEqual(['available 0.3.0']);
      // No per-install id: the nil one is sent, and electron-updater keeps no userData/.updaterId.
      expect(server.headers[0]!['x-user-staging-id']).toBe(NO_STAGING_ID);
      expect(fs.existsSync(`${dir}/userData/.updaterId`)).toBe(false);
    } finally {
      await server.close();
    }
  });
});

describe('autoUpdaterOf', () => {
  it('reads the lazy getter on the CommonJS exports, not a namespace copy', () => {
    const updater = { name: 'platform updater' };
    let reads = 0;
    const exportsObject = Object.defineProperty({}, 'autoUpdater', { enumerable: true, get: () => (reads++, updater) });
    expect(autoUpdaterOf({ default: exportsObject, autoUpdater: undefined })).toBe(updater);
    expect(autoUpdaterOf({ autoUpdater: updater })).toBe(updater);
    expect(reads).toBe(1);
    expect(() => autoUpdaterOf({})).toThrow('electron-updater did not provide an updater for this system.');
  });

  it('updaterPort only wraps: making it sends nothing', () => {
    const calls: string[] = [];
    const fake = { checkForUpdates: () => (calls.push('check'), Promise.resolve(null)), downloadUpdate: () => Promise.resolve([]), quitAndInstall: () => calls.push('install'), on: () => fake };
    const port = updaterPort(fake as never);
    expect(calls).toEqual([]);
    port.quitAndInstall();
    expect(calls).toEqual(['install']);
  });
});
