import { calendarEvents, calendarSequence, calendarUid, type CalendarEvent } from '../../../shared/calendar-export/events';
import { calendarFileName } from '../../../shared/calendar-export/file';
import type { Certification, Milestone } from '../../../shared/model';
import { certification, milestone, planWith } from '../../support/plan-builders';

const TODAY = '2026-12-01';
const at = <T extends Milestone | Certification>(item: T, updatedAt: string): T => ({ ...item, updatedAt });
const byUid = (events: CalendarEvent[]) => new Map(events.map((e) => [e.uid, e]));

describe('which plan items become calendar events', () => {
  const plan = planWith({
    milestones: [
      milestone({ id: 'm-todo', title: 'Shadow the PMO', dueDate: '2027-01-15', status: 'todo' }),
      milestone({ id: 'm-doing', title: 'Draft the RAID log', dueDate: '2027-02-01', status: 'doing' }),
      milestone({ id: 'm-done', title: 'Read the PMO guide', dueDate: '2026-11-01', status: 'done', completedOn: '2026-11-01' }),
      milestone({ id: 'm-dropped', title: 'Learn COBOL', dueDate: '2027-03-01', status: 'dropped' }),
      milestone({ id: 'm-undated', title: 'Find a mentor', status: 'todo' }),
    ],
    certifications: [
      certification({ id: 'c-booked', catalogId: 'pmp', status: 'exam-booked', examDate: '2027-04-20' }),
      certification({ id: 'c-booked-undated', catalogId: 'capm', status: 'exam-booked' }),
      certification({ id: 'c-studying', catalogId: 'pgmp', status: 'studying', examDate: '2027-05-05' }),
      certification({ id: 'c-recorded', catalogId: 'prince2-7-foundation', status: 'passed', issuedOn: '2024-03-10', expiresOn: '2027-03-09' }),
      certification({ id: 'c-derived', catalogId: 'pmp', status: 'passed', issuedOn: '2025-06-01' }),
      certification({ id: 'c-lapsed', catalogId: 'csm', status: 'lapsed', issuedOn: '2022-01-01', expiresOn: '2024-01-01' }),
      certification({ id: 'c-forever', catalogId: 'psm-1', status: 'passed', issuedOn: '2024-01-01' }),
      certification({ id: 'c-custom-undated', customName: 'Change Management Practitioner', status: 'passed' }),
    ],
  });
  const events = calendarEvents(plan, TODAY);

  it('takes open milestones with a due date, booked exams with a date and held certifications with an expiry, soonest first', () => {
    expect(events.map((e) => [e.uid, e.date])).toEqual([
      ['milestone-m-todo@pmopathway.app', '2027-01-15'],
      ['milestone-m-doing@pmopathway.app', '2027-02-01'],
      ['renewal-c-recorded@pmopathway.app', '2027-03-09'],
      ['exam-c-booked@pmopathway.app', '2027-04-20'],
      // PMP: three years from the issue day, ending the day before.
      ['renewal-c-derived@pmopathway.app', '2028-05-31'],
    ]);
  });

  it('titles each in plain words, with the certification’s short name', () => {
    const titles = Object.fromEntries(events.map((e) => [e.uid, e.title]));
    expect(titles).toEqual({
      'milestone-m-todo@pmopathway.app': 'Milestone due: Shadow the PMO',
      'milestone-m-doing@pmopathway.app': 'Milestone due: Draft the RAID log',
      'renewal-c-recorded@pmopathway.app': 'PRINCE2 Foundation expires — renew by this date',
      'exam-c-booked@pmopathway.app': 'Exam: PMP',
      'renewal-c-derived@pmopathway.app': 'PMP expires — renew by this date',
    });
  });

  it('says in the description what to do, the status, and when an expiry is only an estimate', () => {
    const found = byUid(events);
    expect(found.get('milestone-m-doing@pmopathway.app')!.description.split('\n')[0]).toBe('Status: In progress.');
    const exam = found.get('exam-c-booked@pmopathway.app')!.description;
    expect(exam).toContain('Exam day for Project Management Professional (PMP) from PMI (Project Management Institute).');
    expect(exam).toContain('Status: Exam booked.');
    const derived = found.get('renewal-c-derived@pmopathway.app')!.description;
    expect(derived).toContain('Estimated: worked out from the issue date (1 Jun 2025)');
    expect(derived).toContain('CPD: 60 PDUs still to earn (0 of 60 counted so far).');
    expect(derived).toContain('Status: Passed.');
    const recorded = found.get('renewal-c-recorded@pmopathway.app')!.description;
    expect(recorded).not.toContain('Estimated');
    for (const event of events) expect(event.description).toContain('add the calendar file again: it updates this event');
  });

  it('counts CPD logged in the cycle towards what is still to earn', () => {
    const logged = certification({
      id: 'c-logging',
      catalogId: 'pmp',
      status: 'passed',
      expiresOn: '2027-06-30',
      cpd: [
        { id: 'e1', date: '2025-01-10', amount: 20, category: 'Ways of Working', note: '' },
        { id: 'e2', date: '2026-02-01', amount: 15.5, category: 'Business Acumen', note: '' },
        // Before the cycle (1 Jul 2024 to 30 Jun 2027): does not count.
        { id: 'e3', date: '2024-06-30', amount: 10, category: 'Ways of Working', note: '' },
      ],
    });
    const [event] = calendarEvents(planWith({ certifications: [logged] }), TODAY);
    expect(event!.description).toContain('CPD: 24.5 PDUs still to earn (35.5 of 60 counted so far).');
  });

  it('leaves out a following "Sit the exam" milestone on the day its certification’s exam event covers, not on another day', () => {
    const sit = (dueDate: string) =>
      milestone({ id: 'm-sit', title: 'Sit the exam', status: 'doing', dueDate, follows: 'certification-passed', links: { skillIds: [], certificationIds: ['c-booked'], achievementIds: [] } });
    const exam = certification({ id: 'c-booked', catalogId: 'pmp', status: 'exam-booked', examDate: '2027-04-20' });
    expect(calendarEvents(planWith({ milestones: [sit('2027-04-20')], certifications: [exam] }), TODAY).map((e) => e.uid)).toEqual(['exam-c-booked@pmopathway.app']);
    expect(calendarEvents(planWith({ milestones: [sit('2027-04-21')], certifications: [exam] }), TODAY).map((e) => e.uid)).toEqual([
      'exam-c-booked@pmopathway.app',
      'milestone-m-sit@pmopathway.app',
    ]);
    // Without the follow rule it is the person's own milestone: kept, even on the exam day.
    const own = { ...sit('2027-04-20'), follows: null };
    expect(calendarEvents(planWith({ milestones: [own], certifications: [exam] }), TODAY)).toHaveLength(2);
  });

  it('gives an empty list for a plan with nothing dated', () => {
    expect(calendarEvents(planWith({ milestones: [milestone({ id: 'm1' })], certifications: [certification({ id: 'c1', catalogId: 'pmp' })] }), TODAY)).toEqual([]);
  });
});

describe('stable identity across exports', () => {
  const plan = planWith({
    milestones: [milestone({ id: 'm1', dueDate: '2027-01-15' })],
    certifications: [certification({ id: 'c1', catalogId: 'pmp', status: 'exam-booked', examDate: '2027-02-02' })],
  });

  it('gives the same UIDs and SEQUENCEs on two exports, whatever day they are made', () => {
    const first = calendarEvents(plan, '2026-12-01');
    const second = calendarEvents(structuredClone(plan), '2027-06-30');
    expect(second).toEqual(first);
    expect(first.map((e) => e.uid)).toEqual([calendarUid('milestone', 'm1'), calendarUid('exam', 'c1')]);
  });

  it('raises an item’s SEQUENCE when it changes later, and leaves the others alone', () => {
    const before = byUid(calendarEvents(plan, TODAY));
    const edited = { ...plan, milestones: [at({ ...plan.milestones[0]!, dueDate: '2027-01-20' }, '2026-12-01T09:05:00.000Z')] };
    const after = byUid(calendarEvents(edited, TODAY));
    expect(after.get('milestone-m1@pmopathway.app')!.sequence).toBeGreaterThan(before.get('milestone-m1@pmopathway.app')!.sequence);
    expect(after.get('milestone-m1@pmopathway.app')!.date).toBe('2027-01-20');
    expect(after.get('exam-c1@pmopathway.app')!.sequence).toBe(before.get('exam-c1@pmopathway.app')!.sequence);
  });
});

describe('calendarSequence', () => {
  it('counts whole minutes since 1 January 2025 UTC, whatever offset the stamp is written in', () => {
    expect(calendarSequence('2025-01-01T00:00:00.000Z')).toBe(0);
    expect(calendarSequence('2025-01-01T00:00:59.999Z')).toBe(0);
    expect(calendarSequence('2025-01-01T00:01:00.000Z')).toBe(1);
    expect(calendarSequence('2026-12-01T09:00:00.000Z')).toBe(minutesSinceEpoch(2026, 12, 1, 9, 0));
    expect(calendarSequence('2026-12-01T10:00:00+01:00')).toBe(calendarSequence('2026-12-01T09:00:00Z'));
  });

  it('only rises as time goes on, and is never negative', () => {
    const stamps = ['2019-05-05T10:00:00Z', '2024-12-31T23:59:59Z', '2025-01-01T00:00:00Z', '2025-06-01T12:00:00Z', '2025-06-01T12:01:00Z', '2099-12-31T23:59:00Z'];
    const sequences = stamps.map(calendarSequence);
    expect(sequences.slice(0, 3)).toEqual([0, 0, 0]);
    for (let i = 1; i < sequences.length; i++) expect(sequences[i]!).toBeGreaterThanOrEqual(sequences[i - 1]!);
    expect(sequences[4]).toBe(sequences[3]! + 1);
    expect(sequences[5]).toBeLessThanOrEqual(2_147_483_647);
  });
});

describe('calendarFileName', () => {
  it('names the app, what it is and the month', () => {
    expect(calendarFileName('2026-12-01')).toBe('PMO Pathway - calendar - 2026-12.ics');
  });
});

/** Minutes from 2025-01-01T00:00Z to a UTC moment, worked out separately from the code under test. */
function minutesSinceEpoch(year: number, month: number, day: number, hour: number, minute: number): number {
  return (Date.UTC(year, month - 1, day, hour, minute) - Date.UTC(2025, 0, 1)) / 60_000;
}
