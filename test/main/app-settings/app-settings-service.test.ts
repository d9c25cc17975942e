import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultAppSettings } from '../../../shared/app-settings/schema';
import { ApiError } from '../../../shared/ipc/errors';
import { confSettingsOpener } from '../../../main/bridge/conf-settings';
import { AppSettingsService } from '../../../main/services/app-settings/app-settings-service';
import { openSettingsFile, type SettingsStore } from '../../../main/services/app-settings/settings-store';
import { realFs } from '../../../main/storage/fs-port';

/** App settings through conf on real files in a temp folder (the bridge's engine; electron-store wraps the same). */
describe('app settings on disk', () => {
  let dir: string;
  const now = new Date('2026-12-02T09:00:00Z');
  beforeEach(() => void (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pmo-app-settings-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const file = () => path.join(dir, 'app-settings.json');
  const open = () => openSettingsFile(realFs, dir, 'app-settings', confSettingsOpener(dir), now);

  it('starts at the defaults, keeps a change, and reads it back in the next start', () => {
    const first = open();
    expect(first.problem).toBeNull();
    const service = new AppSettingsService(first.store);
    expect(service.get()).toEqual(defaultAppSettings());
    service.update({ reminders: { weeklyNudge: { enabled: true, weekday: 1, time: '09:30' } } });
    expect(JSON.parse(fs.readFileSync(file(), 'utf8')).reminders.weeklyNudge).toEqual({ enabled: true, weekday: 1, time: '09:30' });
    expect(new AppSettingsService(open().store).get().reminders.weeklyNudge.time).toBe('09:30');
  });

  it('moves a file that is not JSON into quarantine instead of emptying it, and says where it went', () => {
    fs.writeFileSync(file(), '{"reminders": {"milestoneDue": ');
    const opened = open();
    expect(opened.problem).toMatch(/Your app settings could not be read .*defaults are back.*quarantine/);
    const quarantined = fs.readdirSync(path.join(dir, 'quarantine'));
    expect(quarantined).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, 'quarantine', quarantined[0]!), 'utf8')).toBe('{"reminders": {"milestoneDue": ');
    expect(new AppSettingsService(opened.store).get()).toEqual(defaultAppSettings());
  });

  it('keeps the good parts of a file with some bad values, without a notice', () => {
    fs.writeFileSync(file(), JSON.stringify({ openAtLogin: 'sometimes', reminders: { quietHours: { enabled: true, from: '22:00', to: '07:00' } } }));
    const opened = open();
    expect(opened.problem).toBeNull();
    const settings = new AppSettingsService(opened.store).get();
    expect(settings.reminders.quietHours).toEqual({ enabled: true, from: '22:00', to: '07:00' });
    expect(settings.openAtLogin).toBe(false);
  });

  it('refuses a bad change with its reason and leaves the stored settings as they were', () => {
    const service = new AppSettingsService(open().store);
    expect(() => service.update({ reminders: { quietHours: { enabled: true, from: '7pm', to: '07:00' } } })).toThrow('Give a time as HH:MM, for example 09:30.');
    expect(service.get()).toEqual(defaultAppSettings());
    expect(fs.existsSync(file())).toBe(false);
  });

  it('a full disk: the change holds for this run, listeners hear of it, and the person is told it was not saved', () => {
    const full: SettingsStore = { read: () => ({}), write: () => { throw new Error('ENOSPC: no space left on device'); } };
    const service = new AppSettingsService(full);
    const heard: boolean[] = [];
    service.subscribe((settings) => heard.push(settings.reminders.cpdBehind.enabled));
    expect(() => service.update({ reminders: { cpdBehind: { enabled: false } } })).toThrow(/used until PMO Pathway closes, but it could not be saved: ENOSPC/);
    expect(service.get().reminders.cpdBehind.enabled).toBe(false);
    expect(heard).toEqual([false]);
  });

  it('opening at log-in goes to the shell first; where there is none (the bridge) it is refused plainly', () => {
    const calls: boolean[] = [];
    const desktop = new AppSettingsService(open().store, { setOpenAtLogin: (value) => void calls.push(value) });
    desktop.update({ openAtLogin: true });
    desktop.update({ openAtLogin: true });
    expect(calls).toEqual([true]);
    expect(desktop.get().openAtLogin).toBe(true);

    const refusing = new AppSettingsService(open().store, { setOpenAtLogin: () => { throw new Error('access denied'); } });
    expect(() => refusing.update({ openAtLogin: false })).toThrow(/did not accept .*access denied/);
    expect(refusing.get().openAtLogin).toBe(true);

    const bridge = new AppSettingsService(open().store, null);
    let refusal: unknown;
    try {
      bridge.update({ openAtLogin: false });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ApiError);
    expect((refusal as ApiError).message).toMatch(/desktop app/);
  });
});
