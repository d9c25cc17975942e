import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultAppSettings, type AppSettings } from '../../../shared/app-settings/schema';
import type { Plan } from '../../../shared/model';
import type { ScreenTarget } from '../../../shared/reminders';
import { confSettingsOpener } from '../../../main/bridge/conf-settings';
import type { SettingsStore } from '../../../main/services/app-settings/settings-store';
import { ReminderService, type NotifierPort } from '../../../main/services/reminders/reminder-service';
import { achievement, milestone, planWith } from '../../support/plan-builders';

/**
 * The scheduler's memory and its decisions, with a fake wall clock and real files (conf, the bridge's
 * engine). Europe/London so daylight saving is real: clocks go forward on 28 March 2027.
 */
const originalTz = process.env.TZ;
beforeAll(() => void (process.env.TZ = 'Europe/London'));
afterAll(() => void (process.env.TZ = originalTz));

interface Shown {
  title: string;
  body: string;
  click: () => void;
}

function harness(dir: string, options: { plan?: Plan; settings?: AppSettings; notifier?: boolean; store?: SettingsStore } = {}) {
  const clock = { at: new Date('2026-12-02T12:00:00Z'), now: () => new Date(clock.at) };
  const shown: Shown[] = [];
  const opened: (ScreenTarget | null)[] = [];
  let changes = 0;
  const world = { plan: options.plan ?? planWith({}), settings: options.settings ?? onlyMilestones() };
  const notifier: NotifierPort = { show: (n, click) => void shown.push({ ...n, click }) };
  const make = () => {
    const service = new ReminderService({
      plans: { snapshot: () => ({ plan: world.plan }) },
      settings: { get: () => world.settings },
      store: options.store ?? confSettingsOpener(dir)('reminders'),
      clock,
      notifier: options.notifier === false ? null : notifier,
    });
    service.subscribe({ open: (target) => void opened.push(target), changed: () => void changes++ });
    return service;
  };
  return { clock, shown, opened, world, make, changes: () => changes };
}

function onlyMilestones(): AppSettings {
  const settings = defaultAppSettings();
  for (const kind of ['examDate', 'renewal', 'cpdBehind', 'weeklyNudge'] as const) settings.reminders[kind].enabled = false;
  return settings;
}

const dueTomorrow = () => planWith({ milestones: [milestone({ id: 'm1', title: 'Book PRINCE2 exam', dueDate: '2026-12-03' })] });

describe('ReminderService', () => {
  let dir: string;
  beforeEach(() => void (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pmo-reminders-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('pops a due reminder up once, lists it, and clicking it opens the milestone', () => {
    const h = harness(dir, { plan: dueTomorrow() });
    const service = h.make();
    service.check('tick');
    service.check('tick');
    expect(h.shown.map((n) => [n.title, n.body])).toEqual([['Milestone due tomorrow', 'Book PRINCE2 exam']]);
    expect(service.state().reminders.map((r) => r.key)).toEqual(['milestone-due:m1:2026-12-03']);
    h.shown[0]!.click();
    expect(h.opened).toEqual([{ screen: 'milestones', itemId: 'm1' }]);
  });

  it('what fell due while the app was closed is told together at the next start, and not again after it', () => {
    const plan = planWith({
      milestones: [milestone({ id: 'm1', title: 'One', dueDate: '2026-12-03' }), milestone({ id: 'm2', title: 'Two', dueDate: '2026-11-20' }), milestone({ id: 'm3', title: 'Three', dueDate: '2026-12-04' })],
    });
    const h = harness(dir, { plan });
    h.make().check('start');
    expect(h.shown).toHaveLength(1);
    expect(h.shown[0]).toMatchObject({ title: 'While you were away', body: '3 reminders: Milestone due in 2 days, Milestone due tomorrow and 1 more' });
    h.shown[0]!.click();
    expect(h.opened).toEqual([null]);
    const restarted = h.make();
    restarted.check('start');
    expect(h.shown).toHaveLength(1);
    expect(restarted.state().away).toBeNull();
    expect(restarted.state().reminders).toHaveLength(3);
  });

  it('a dismissal sticks across a restart; undo brings it back without a second pop-up', () => {
    const h = harness(dir, { plan: dueTomorrow() });
    const service = h.make();
    service.check('start');
    expect(service.dismiss(['milestone-due:m1:2026-12-03']).reminders).toEqual([]);
    const restarted = h.make();
    restarted.check('start');
    expect(restarted.state().reminders).toEqual([]);
    expect(restarted.restore(['milestone-due:m1:2026-12-03']).reminders).toHaveLength(1);
    restarted.check('tick');
    expect(h.shown).toHaveLength(1);
    expect(() => restarted.dismiss(['milestone-due:gone:2026-12-03'])).toThrow('That reminder is no longer due');
  });

  it('a restart in the middle of a day neither repeats nor loses a reminder', () => {
    const plan = planWith({ milestones: [milestone({ id: 'm1', title: 'One', dueDate: '2026-12-03' }), milestone({ id: 'm2', title: 'Two', dueDate: '2026-12-06' })] });
    const h = harness(dir, { plan });
    h.make().check('start'); // m1 is due (tomorrow); m2 falls due on 3 December at 09:00
    h.clock.at = new Date('2026-12-03T08:59:00Z');
    const second = h.make();
    second.check('start');
    expect(h.shown.map((n) => n.body)).toEqual(['Milestone due tomorrow. One']);
    h.clock.at = new Date('2026-12-03T09:00:00Z');
    second.check('tick');
    expect(h.shown.map((n) => n.title)).toEqual(['While you were away', 'Milestone due in 3 days']);
  });

  it('after sleep, the first check catches up: due reminders since then pop up together', () => {
    const plan = planWith({ milestones: [milestone({ id: 'm1', title: 'One', dueDate: '2026-12-10' }), milestone({ id: 'm2', title: 'Two', dueDate: '2026-12-11' })] });
    const h = harness(dir, { plan });
    const service = h.make();
    service.check('start');
    expect(h.shown).toEqual([]);
    h.clock.at = new Date('2026-12-09T10:00:00Z'); // the lid was shut for a week
    service.check('resume');
    expect(h.shown.map((n) => [n.title, n.body])).toEqual([['PMO Pathway reminders', '2 reminders: Milestone due in 2 days, Milestone due tomorrow']]);
  });

  it('quiet hours hold pop-ups until they end; the list has them at once', () => {
    const settings = onlyMilestones();
    settings.reminders.quietHours = { enabled: true, from: '21:00', to: '08:00' };
    const h = harness(dir, { plan: dueTomorrow(), settings });
    h.clock.at = new Date('2026-12-02T22:30:00Z');
    const service = h.make();
    service.check('tick');
    expect(h.shown).toEqual([]);
    expect(service.state().reminders).toHaveLength(1);
    h.clock.at = new Date('2026-12-03T07:59:00Z');
    service.check('tick');
    expect(h.shown).toEqual([]);
    h.clock.at = new Date('2026-12-03T08:00:00Z');
    service.check('tick');
    expect(h.shown.map((n) => n.title)).toEqual(['Milestone due today']);
  });

  it('09:00 stays 09:00 on the person’s clock when daylight saving starts', () => {
    const settings = defaultAppSettings();
    for (const kind of ['milestoneDue', 'milestoneOverdue', 'examDate', 'renewal', 'cpdBehind'] as const) settings.reminders[kind].enabled = false;
    settings.reminders.weeklyNudge = { enabled: true, weekday: 1, time: '09:00' };
    const h = harness(dir, { settings });
    const service = h.make();
    h.clock.at = new Date('2027-03-22T08:59:00Z'); // Monday, GMT
    service.check('tick');
    h.clock.at = new Date('2027-03-22T09:00:00Z');
    service.check('tick');
    expect(h.shown.map((n) => n.title)).toEqual(['Log an achievement this week']);
    h.clock.at = new Date('2027-03-29T07:59:00Z'); // Monday after the change: 08:59 BST
    service.check('tick');
    expect(h.shown).toHaveLength(1);
    h.clock.at = new Date('2027-03-29T08:00:00Z'); // 09:00 BST
    service.check('tick');
    expect(h.shown).toHaveLength(2);
  });

  it('a reminder made true by the person’s own edit is listed, not popped up; one made false leaves the list', () => {
    const h = harness(dir, {});
    const service = h.make();
    service.check('start');
    h.world.plan = dueTomorrow();
    service.check('plan');
    expect(h.shown).toEqual([]);
    expect(service.state().reminders).toHaveLength(1);
    h.world.plan = planWith({ milestones: [milestone({ id: 'm1', title: 'Book PRINCE2 exam', dueDate: '2026-12-03', status: 'done' })] });
    service.check('plan');
    expect(service.state().reminders).toEqual([]);
    expect(h.changes()).toBeGreaterThanOrEqual(2);
  });

  it('the weekly nudge goes once an achievement is logged that week', () => {
    const settings = defaultAppSettings();
    for (const kind of ['milestoneDue', 'milestoneOverdue', 'examDate', 'renewal', 'cpdBehind'] as const) settings.reminders[kind].enabled = false;
    const h = harness(dir, { settings });
    h.clock.at = new Date('2026-12-04T16:05:00Z');
    const service = h.make();
    service.check('tick');
    expect(service.state().reminders.map((r) => r.kind)).toEqual(['weeklyNudge']);
    h.world.plan = planWith({ achievements: [achievement({ id: 'a1', title: 'Ran the gate review', createdAt: '2026-12-04T16:04:00.000Z' })] });
    service.check('plan');
    expect(service.state().reminders).toEqual([]);
  });

  it('in the browser, the list is the only channel: nothing pops up and nothing waits to', () => {
    const h = harness(dir, { plan: dueTomorrow(), notifier: false });
    const service = h.make();
    service.check('start');
    expect(service.state()).toMatchObject({ channel: 'in-app', away: { count: 1 } });
    expect(service.state().reminders).toHaveLength(1);
  });

  it('a damaged reminders file starts afresh; a disk that refuses the write is said in plain words', () => {
    fs.writeFileSync(path.join(dir, 'reminders.json'), JSON.stringify({ lastCheckedAt: 5, entries: { 'milestone-due:m1:2026-12-03': { seenAt: 'x', dismissedAt: 7 }, broken: 3 } }));
    const h = harness(dir, { plan: dueTomorrow() });
    const service = h.make();
    service.check('tick');
    expect(service.state().reminders).toHaveLength(1);

    const refusing: SettingsStore = { read: () => ({}), write: () => { throw new Error('ENOSPC: no space left on device'); } };
    const full = harness(dir, { plan: dueTomorrow(), store: refusing }).make();
    full.check('tick');
    expect(full.state().problem).toMatch(/could not be saved \(ENOSPC.*\); some may show again after a restart/);
    expect(full.state().reminders).toHaveLength(1);
  });

  it('the minute timer does not rewrite the file every minute: only what changed, and the check time hourly', () => {
    let writes = 0;
    const store = confSettingsOpener(dir)('reminders');
    const counting: SettingsStore = { read: () => store.read(), write: (value) => void (writes++, store.write(value)) };
    const h = harness(dir, { plan: dueTomorrow(), store: counting });
    const service = h.make();
    service.check('start');
    expect(writes).toBe(1);
    for (let minute = 1; minute <= 59; minute++) {
      h.clock.at = new Date(Date.parse('2026-12-02T12:00:00Z') + minute * 60_000);
      service.check('tick');
    }
    expect(writes).toBe(1);
    h.clock.at = new Date('2026-12-02T13:00:00Z');
    service.check('tick');
    expect(writes).toBe(2);
    service.dismiss(['milestone-due:m1:2026-12-03']);
    expect(writes).toBe(3);
  });
});
