import { AppSettingsPatchSchema, defaultAppSettings, readAppSettings, withPatch } from '../../../shared/app-settings/schema';

describe('app settings', () => {
  it('defaults: every reminder on at its usual timing, quiet hours off, no log-in start, update checks not yet asked', () => {
    const settings = defaultAppSettings();
    expect(settings.reminders.milestoneDue).toEqual({ enabled: true, daysBefore: 3 });
    expect(settings.reminders.examDate.daysBefore).toEqual([7, 1]);
    expect(settings.reminders.renewal.daysBefore).toEqual([90, 30, 7]);
    expect(settings.reminders.weeklyNudge).toEqual({ enabled: true, weekday: 5, time: '16:00' });
    expect(settings.reminders.quietHours.enabled).toBe(false);
    expect(settings.openAtLogin).toBe(false);
    expect(settings.updates.checkAutomatically).toBeNull();
  });

  it('reads a damaged file field by field: what is bad falls back to its default, what is good is kept', () => {
    const read = readAppSettings({
      reminders: { milestoneDue: { enabled: 'yes', daysBefore: -2 }, renewal: { enabled: false, daysBefore: [7, 90, 30, 7] }, weeklyNudge: { weekday: 9, time: '25:00', enabled: false } },
      openAtLogin: 3,
      updates: { checkAutomatically: true },
      somethingElse: 1,
    });
    expect(read.reminders.milestoneDue).toEqual({ enabled: true, daysBefore: 3 });
    expect(read.reminders.renewal).toEqual({ enabled: false, daysBefore: [90, 30, 7] });
    expect(read.reminders.weeklyNudge).toEqual({ enabled: false, weekday: 5, time: '16:00' });
    expect(read.openAtLogin).toBe(false);
    expect(read.updates.checkAutomatically).toBe(true);
    for (const junk of [null, [], 'settings', 42]) expect(readAppSettings(junk)).toEqual(defaultAppSettings());
  });

  it('applies a patch kind by kind and keeps warnings largest first without repeats', () => {
    const next = withPatch(defaultAppSettings(), { openAtLogin: true, reminders: { examDate: { enabled: false, daysBefore: [1, 14, 1] } } });
    expect(next.openAtLogin).toBe(true);
    expect(next.reminders.examDate).toEqual({ enabled: false, daysBefore: [14, 1] });
    expect(next.reminders.renewal).toEqual(defaultAppSettings().reminders.renewal);
  });

  it('refuses a bad patch with words a person can act on, instead of quietly replacing it', () => {
    const refusal = (patch: unknown) => {
      const parsed = AppSettingsPatchSchema.safeParse(patch);
      return parsed.success ? null : parsed.error.issues[0]!.message;
    };
    expect(refusal({ reminders: { weeklyNudge: { enabled: true, weekday: 5, time: '9am' } } })).toBe('Give a time as HH:MM, for example 09:30.');
    expect(refusal({ reminders: { renewal: { enabled: true, daysBefore: [] } } })).toBe('Keep at least one warning, or turn this reminder off.');
    expect(refusal({ reminders: { milestoneDue: { enabled: true, daysBefore: 1.5 } } })).toBe('Give a whole number of days.');
    expect(refusal({ reminders: { bogus: {} } })).not.toBeNull();
    expect(refusal({ planFolder: '/tmp' })).not.toBeNull();
    expect(refusal({ openAtLogin: true })).toBeNull();
  });
});

describe('app settings defaults', () => {
  it('are fresh objects each time: changing one copy never changes the next', () => {
    const first = defaultAppSettings();
    first.reminders.milestoneDue.enabled = false;
    first.reminders.renewal.daysBefore.push(1);
    first.updates.checkAutomatically = true;
    expect(defaultAppSettings()).toEqual(readAppSettings({}));
    expect(defaultAppSettings().reminders.milestoneDue.enabled).toBe(true);
    expect(defaultAppSettings().reminders.renewal.daysBefore).toEqual([90, 30, 7]);
    expect(readAppSettings({ reminders: 'x' }).updates.checkAutomatically).toBeNull();
  });
});
