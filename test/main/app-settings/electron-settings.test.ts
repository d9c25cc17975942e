import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { confSettingsOpener } from '../../../main/bridge/conf-settings';
import { electronSettingsOpener } from '../../../main/platform/electron-settings';
import { electronState } from '../../support/electron-mock';

vi.mock('electron', () => import('../../support/electron-mock'));

/** The app's electron-store and the bridge's conf read and write the very same file in the data folder. */
describe('electron-store behind the settings port', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pmo-electron-settings-'));
    electronState.userData = dir;
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes app-settings.json in userData, which conf reads back, and the other way round', async () => {
    const open = await electronSettingsOpener();
    open('app-settings').write({ openAtLogin: true });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'app-settings.json'), 'utf8'))).toEqual({ openAtLogin: true });
    expect(confSettingsOpener(dir)('app-settings').read()).toEqual({ openAtLogin: true });
    confSettingsOpener(dir)('reminders').write({ lastCheckedAt: '2026-12-02T09:00:00.000Z', entries: {} });
    expect(open('reminders').read()).toEqual({ lastCheckedAt: '2026-12-02T09:00:00.000Z', entries: {} });
  });
});
