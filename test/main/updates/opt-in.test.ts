import fs from 'node:fs';
import path from 'node:path';
import { confSettingsOpener } from '../../../main/bridge/conf-settings';
import { composeApp } from '../../../main/compose';
import { DEV_RUN_MESSAGE, electronUpdaterSource } from '../../../main/platform/electron-updater';
import { AppSettingsService } from '../../../main/services/app-settings/app-settings-service';
import { openSettingsFile } from '../../../main/services/app-settings/settings-store';
import { realFs } from '../../../main/storage/fs-port';
import { fixedClock, makeTempDir, manualTimers, recordingPlatform, removeTempDirs } from '../../support/temp-plan';
import { releaseFeed, serveRelease } from './support/loopback-feed';
import { closeFeeds, composeWithFeed, statusReached } from './support/setup';

vi.mock('electron', () => import('../../support/electron-mock'));

// Opt-in, proved with requests counted at a loopback server running the real electron-updater behind it:
// until the person says yes, starting the app sends nothing and does not even load the updater.

afterEach(async () => {
  await closeFeeds();
  removeTempDirs();
});

const REPO_ROOT = path.resolve(__dirname, '../../..');
const feed = () => serveRelease(releaseFeed('0.2.0'), '0.2.0');

describe('automatic checks are opt-in', () => {
  it.each([
    ['not answered yet (null)', null],
    ['answered no', false],
  ] as const)('with the setting %s, starting sends no request and never loads the updater', async (_name, answer) => {
    const rig = await composeWithFeed(feed());
    if (answer !== null) rig.services.appSettings.update({ updates: { checkAutomatically: answer } });
    expect(rig.services.appSettings.get().updates.checkAutomatically).toBe(answer);

    rig.updates.start();
    // Other settings change; still nothing is asked.
    rig.services.appSettings.update({ reminders: { cpdBehind: { enabled: false } } });

    expect(rig.updates.state().status).toEqual({ kind: 'idle', message: 'Not checked for updates yet.' });
    expect(rig.app.loads).toBe(0);
    expect(rig.app.updater).toBeNull();
    expect(rig.server.requests).toEqual([]);
    expect(rig.timers.pending).toEqual([]);
    rig.updates.stop();
  });

  it('with the setting on, starting makes exactly the one check (the feed), and downloads nothing', async () => {
    const rig = await composeWithFeed(feed());
    rig.services.appSettings.update({ updates: { checkAutomatically: true } });
    rig.updates.start();
    const state = await statusReached(rig.updates, 'available');
    expect(state.status).toMatchObject({ kind: 'available', offer: { version: '0.2.0' } });
    expect(rig.server.requests).toHaveLength(1);
    expect(rig.server.requests[0]).toMatch(/\/latest(-[a-z0-9-]+)?\.yml$/);
    expect(rig.app.loads).toBe(1);
    rig.updates.stop();
  });

  it('saying yes later in the run checks once then; other setting changes do not check again', async () => {
    const rig = await composeWithFeed(feed());
    rig.updates.start();
    expect(rig.server.requests).toEqual([]);
    rig.services.appSettings.update({ updates: { checkAutomatically: true } });
    await statusReached(rig.updates, 'available');
    rig.services.appSettings.update({ reminders: { cpdBehind: { enabled: false } } });
    rig.services.appSettings.update({ updates: { checkAutomatically: true } });
    expect(rig.server.requests).toHaveLength(1);
    rig.updates.stop();
  });

  it('an automatic check that fails stays quiet: its status says it was automatic', async () => {
    const rig = await composeWithFeed((_url, response) => void response.writeHead(404).end());
    rig.services.appSettings.update({ updates: { checkAutomatically: true } });
    rig.updates.start();
    const state = await statusReached(rig.updates, 'check-failed');
    expect(state.status).toMatchObject({ kind: 'check-failed', automatic: true });
    // The person asks: their check is theirs, not quiet.
    await expect(rig.handlers.checkForUpdates()).resolves.toMatchObject({ status: { kind: 'check-failed', automatic: false } });
    rig.updates.stop();
  });

  it('Check for Updates works whatever the setting says', async () => {
    const rig = await composeWithFeed(feed());
    rig.services.appSettings.update({ updates: { checkAutomatically: false } });
    rig.updates.start();
    await expect(rig.handlers.checkForUpdates()).resolves.toMatchObject({ canUpdate: true, status: { kind: 'available' } });
    expect(rig.server.requests).toHaveLength(1);
  });

  it('keeps the first-run answer in app-settings.json, and the next start reads it', async () => {
    const dataDir = path.join(makeTempDir('pmo-updates-settings-'), 'data');
    const first = await composeWithFeed(feed(), { dataDir, settings: confSettingsOpener(dataDir) });
    const answered = first.handlers.updateAppSettings({ updates: { checkAutomatically: false } });
    expect(answered).toMatchObject({ settings: { updates: { checkAutomatically: false } } });
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'app-settings.json'), 'utf8')).updates).toEqual({ checkAutomatically: false });
    // The next start reads the file the same way (the plan's writer is per process, so not composeApp again).
    const reopened = openSettingsFile(realFs, dataDir, 'app-settings', confSettingsOpener(dataDir), fixedClock.now());
    expect(reopened.problem).toBeNull();
    expect(new AppSettingsService(reopened.store).get().updates.checkAutomatically).toBe(false);
    expect(first.server.requests).toEqual([]);
  });
});

describe('where there is no updater', () => {
  it('in the browser bridge (no updater given), a check answers at once and touches nothing', async () => {
    const dataDir = path.join(makeTempDir('pmo-updates-bridge-'), 'data');
    const { handlers, services } = composeApp({ dataDir, clock: fixedClock, platform: recordingPlatform(), version: '0.1.0', storage: { timers: manualTimers() } });
    services.appSettings.update({ updates: { checkAutomatically: true } });
    services.updates.start();
    const unsupported = { currentVersion: '0.1.0', canUpdate: false, status: { kind: 'unsupported', message: 'Updates come with the desktop app.' } };
    expect(handlers.getUpdateState()).toEqual(unsupported);
    await expect(handlers.checkForUpdates()).resolves.toEqual(unsupported);
    await expect(handlers.downloadUpdate()).rejects.toThrow('There is no new version to download yet');
    await expect(handlers.installUpdate()).rejects.toThrow('The new version is not downloaded yet');
  });

  it('in a development run (not packaged), the check says updates are checked in the installed app', async () => {
    const source = electronUpdaterSource({ isPackaged: false });
    expect(source).toEqual({ kind: 'unsupported', message: DEV_RUN_MESSAGE });
    const dataDir = path.join(makeTempDir('pmo-updates-dev-'), 'data');
    const { handlers } = composeApp({ dataDir, clock: fixedClock, platform: recordingPlatform(), version: '0.1.0', storage: { timers: manualTimers() }, updater: source });
    await expect(handlers.checkForUpdates()).resolves.toMatchObject({ canUpdate: false, status: { kind: 'unsupported', message: 'Updates are checked in the installed app.' } });
  });

  it('the packaged app gets a loader, not an updater: nothing is loaded until a check', () => {
    const source = electronUpdaterSource({ isPackaged: true });
    expect(source.kind).toBe('available');
  });
});

describe('electron-updater stays out of main’s start-up code', () => {
  /** Every main/ and shared/ source file, as text. */
  const sources = (dir: string): { file: string; text: string }[] =>
    fs.readdirSync(path.join(REPO_ROOT, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.ts$/.test(entry.name))
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return { file: path.relative(REPO_ROOT, file), text: fs.readFileSync(file, 'utf8') };
      });

  it('is imported for its value in one place only, with import(), inside the loader', () => {
    const mentions = [...sources('main'), ...sources('shared')].filter(({ text }) => text.includes("'electron-updater'"));
    expect(mentions.map(({ file }) => file)).toEqual([path.join('main', 'platform', 'electron-updater.ts')]);
    const adapter = mentions[0]!.text;
    // A static value import would load it with main; `import type` is erased at build time.
    expect(adapter.match(/^import .*'electron-updater';$/gm)).toEqual(["import type { AppUpdater } from 'electron-updater';"]);
    expect(adapter).toContain("await import('electron-updater')");
  });
});
