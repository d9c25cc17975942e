import { defaultAppSettings, type ReminderSettings } from '../../../shared/app-settings/schema';
import { dueReminders, type LocalNow } from '../../../shared/reminders';
import { achievement, certification, milestone, planWith } from '../../support/plan-builders';

const settings = (change: (s: ReminderSettings) => void = () => {}): ReminderSettings => {
  const s = structuredClone(defaultAppSettings().reminders);
  change(s);
  return s;
};

/** A local moment: 2026-12-02 is a Wednesday (weekday 3). */
function at(date: string, time = '12:00'): LocalNow {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const weekday = ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
  return { date, minutes: h * 60 + m, weekday, moment: `${date}T${time}` };
}

/** Settings with only the named kinds on. */
const only = (...kinds: (keyof ReminderSettings)[]) =>
  settings((s) => {
    for (const kind of ['milestoneDue', 'milestoneOverdue', 'examDate', 'renewal', 'cpdBehind', 'weeklyNudge'] as const) s[kind].enabled = kinds.includes(kind);
  });

const keys = (...args: Parameters<typeof dueReminders>) => dueReminders(...args).map((r) => r.key);

describe('dueReminders', () => {
  it('a milestone is due soon from 09:00 three days before, and overdue from 09:00 the day after its date', () => {
    const plan = planWith({ milestones: [milestone({ id: 'm1', title: 'Shadow the PMO', dueDate: '2026-12-10' })] });
    expect(keys(plan, settings(), at('2026-12-07', '08:59'))).toEqual([]);
    const due = dueReminders(plan, settings(), at('2026-12-07', '09:00'));
    expect(due).toEqual([
      expect.objectContaining({ key: 'milestone-due:m1:2026-12-10', kind: 'milestoneDue', title: 'Milestone due in 3 days', body: 'Shadow the PMO', dueAt: '2026-12-07T09:00', target: { screen: 'milestones', itemId: 'm1' } }),
    ]);
    expect(dueReminders(plan, settings(), at('2026-12-09')).map((r) => r.title)).toEqual(['Milestone due tomorrow']);
    expect(dueReminders(plan, settings(), at('2026-12-10')).map((r) => r.title)).toEqual(['Milestone due today']);
    // The day after: not due any more but not yet overdue until 09:00.
    expect(keys(plan, settings(), at('2026-12-11', '08:00'))).toEqual([]);
    expect(dueReminders(plan, settings(), at('2026-12-11', '09:00'))[0]).toMatchObject({ key: 'milestone-overdue:m1:2026-12-10', title: 'Milestone overdue' });
    expect(dueReminders(plan, settings(), at('2026-12-14'))[0]!.body).toBe('Shadow the PMO: it was due 4 days ago. Finish it, or give it a new date.');
  });

  it('finished, dropped and undated milestones never remind; a new date is a new reminder', () => {
    const plan = planWith({
      milestones: [
        milestone({ id: 'done', title: 'Done', dueDate: '2026-12-03', status: 'done' }),
        milestone({ id: 'dropped', title: 'Dropped', dueDate: '2026-11-01', status: 'dropped' }),
        milestone({ id: 'undated', title: 'Someday', dueDate: null }),
        milestone({ id: 'doing', title: 'Doing', dueDate: '2026-12-04', status: 'doing' }),
      ],
    });
    expect(keys(plan, settings(), at('2026-12-02'))).toEqual(['milestone-due:doing:2026-12-04']);
    const moved = planWith({ milestones: [milestone({ id: 'doing', title: 'Doing', dueDate: '2026-12-05', status: 'doing' })] });
    expect(keys(moved, settings(), at('2026-12-02'))).toEqual(['milestone-due:doing:2026-12-05']);
  });

  it('each kind has its own switch and timing', () => {
    const plan = planWith({ milestones: [milestone({ id: 'm1', title: 'A', dueDate: '2026-12-12' }), milestone({ id: 'm2', title: 'B', dueDate: '2026-11-20' })] });
    expect(keys(plan, settings(), at('2026-12-02'))).toEqual(['milestone-overdue:m2:2026-11-20']);
    expect(keys(plan, settings((s) => (s.milestoneDue.daysBefore = 10)), at('2026-12-02'))).toEqual(['milestone-due:m1:2026-12-12', 'milestone-overdue:m2:2026-11-20']);
    expect(keys(plan, settings((s) => ((s.milestoneDue.daysBefore = 10), (s.milestoneOverdue.enabled = false))), at('2026-12-02'))).toEqual(['milestone-due:m1:2026-12-12']);
    expect(keys(plan, settings((s) => ((s.milestoneDue.enabled = false), (s.milestoneOverdue.enabled = false))), at('2026-12-02'))).toEqual([]);
  });

  it('a booked exam warns 7 days and 1 day before; after a week away only the latest warning shows', () => {
    const plan = planWith({ certifications: [certification({ id: 'c1', catalogId: 'pmp', status: 'exam-booked', examDate: '2026-12-20' })] });
    const exams = only('examDate');
    expect(keys(plan, exams, at('2026-12-12'))).toEqual([]);
    expect(dueReminders(plan, exams, at('2026-12-13'))).toEqual([expect.objectContaining({ key: 'exam:c1:2026-12-20:7', title: expect.stringMatching(/exam in 7 days$/), dueAt: '2026-12-13T09:00' })]);
    expect(keys(plan, exams, at('2026-12-19'))).toEqual(['exam:c1:2026-12-20:1']);
    expect(keys(plan, exams, at('2026-12-21'))).toEqual([]);
    const passed = planWith({ certifications: [certification({ id: 'c1', catalogId: 'pmp', status: 'passed', examDate: '2026-12-20', issuedOn: '2026-12-20' })] });
    expect(keys(passed, exams, at('2026-12-19'))).toEqual([]);
  });

  it('a held certification warns 90, 30 and 7 days before it expires, with the CPD still to log', () => {
    const plan = planWith({ certifications: [certification({ id: 'c1', catalogId: 'pmp', status: 'passed', issuedOn: '2024-03-01', expiresOn: '2027-02-28' })] });
    const renewals = only('renewal');
    expect(keys(plan, renewals, at('2026-11-29'))).toEqual([]);
    expect(keys(plan, renewals, at('2026-11-30'))).toEqual(['renewal:c1:2027-02-28:90']);
    const due = dueReminders(plan, renewals, at('2027-01-29'));
    expect(due.map((r) => r.key)).toEqual(['renewal:c1:2027-02-28:30']);
    expect(due[0]!.body).toBe('Renew it before then. 60 PDU of CPD still to log.');
    expect(keys(plan, renewals, at('2027-02-21'))).toEqual(['renewal:c1:2027-02-28:7']);
    expect(keys(plan, only('renewal', 'cpdBehind'), at('2027-03-01'))).toEqual([]);
  });

  it('an expiry estimated from the pass date says so', () => {
    const plan = planWith({ certifications: [certification({ id: 'c1', catalogId: 'pmp', status: 'passed', issuedOn: '2024-03-01', cpd: [{ id: 'e', date: '2025-01-01', amount: 60, category: 'Ways of Working', note: '' }] })] });
    const [renewal] = dueReminders(plan, only('renewal'), at('2027-02-25'));
    expect(renewal?.body).toMatch(/^Estimated from the date you passed\. Renew it before then\./);
  });

  it('CPD behind its pace reminds once a month, and not once enough is logged', () => {
    const cert = (amount: number) =>
      planWith({ certifications: [certification({ id: 'c1', catalogId: 'pmp', status: 'passed', issuedOn: '2025-01-01', expiresOn: '2027-12-31', cpd: amount ? [{ id: 'e', date: '2025-06-01', amount, category: 'Ways of Working', note: '' }] : [] })] });
    const onlyCpd = only('cpdBehind');
    // Half-way through a three-year, 60-PDU cycle about 30 should be logged.
    const behind = dueReminders(cert(10), onlyCpd, at('2026-07-03'));
    expect(behind.map((r) => r.key)).toEqual(['cpd-behind:c1:2027-12-31:2026-07']);
    expect(behind[0]!.body).toBe('10 of 60 PDU logged; about 30 would be on pace to renew by 31 December 2027.');
    expect(keys(cert(10), onlyCpd, at('2026-08-15'))).toEqual(['cpd-behind:c1:2027-12-31:2026-08']);
    expect(keys(cert(40), onlyCpd, at('2026-07-03'))).toEqual([]);
    expect(keys(cert(10), only('renewal'), at('2026-07-03'))).toEqual([]);
  });

  it('the weekly nudge comes at the chosen day and time, unless an achievement was logged that week', () => {
    const friday16 = only('weeklyNudge');
    const none = planWith({});
    expect(keys(none, friday16, at('2026-12-04', '15:59'))).toEqual([]);
    expect(dueReminders(none, friday16, at('2026-12-04', '16:00'))).toEqual([expect.objectContaining({ key: 'weekly:2026-11-30', dueAt: '2026-12-04T16:00', target: { screen: 'achievements', itemId: null } })]);
    // Opened on Sunday after missing Friday: still due that week; next Monday it is a new week.
    expect(keys(none, friday16, at('2026-12-06', '10:00'))).toEqual(['weekly:2026-11-30']);
    expect(keys(none, friday16, at('2026-12-07', '10:00'))).toEqual([]);
    const logged = planWith({ achievements: [achievement({ id: 'a1', title: 'Ran the gate review', createdAt: '2026-12-01T10:00:00.000Z' })] });
    expect(keys(logged, friday16, at('2026-12-04', '16:30'))).toEqual([]);
    const mondays = only('weeklyNudge');
    mondays.weeklyNudge = { enabled: true, weekday: 1, time: '08:30' };
    expect(keys(none, mondays, at('2026-12-02'))).toEqual(['weekly:2026-11-30']);
    expect(keys(none, only(), at('2026-12-06'))).toEqual([]);
  });

  it('newest first, so the list reads like an inbox', () => {
    const plan = planWith({ milestones: [milestone({ id: 'old', title: 'Old', dueDate: '2026-11-01' }), milestone({ id: 'soon', title: 'Soon', dueDate: '2026-12-03' })] });
    expect(dueReminders(plan, settings(), at('2026-12-02')).map((r) => r.dueAt)).toEqual(['2026-11-30T09:00', '2026-11-02T09:00']);
  });
});
