import fc from 'fast-check';
import { calendarEvents } from '../../../shared/calendar-export/events';
import { writeIcsFile } from '../../../shared/calendar-export/ics-file';
import { certificationRenewalStatus } from '../../../shared/insights/renewal';
import type { Plan } from '../../../shared/model';
import { arbitraryPlan, arbitraryTimestamp } from '../../support/arbitraries';
import { readIcs } from './read-ics';

/**
 * For any valid plan, the file read back by an independent reader (ical.js) holds exactly the events
 * the rules call for, each a whole day with its UID, title, SEQUENCE and the next day as its end.
 * The expected set is worked out here from the rules as written, not with the code under test.
 */

interface Expected {
  summary: string;
  start: string;
  sequence: number;
}

const EPOCH = Date.UTC(2025, 0, 1);
const minutesSince2025 = (updatedAt: string) => Math.max(0, Math.floor((Date.parse(updatedAt) - EPOCH) / 60_000));
// What iCalendar text can carry: newlines as one \n, other control characters (but tab) as spaces.
// eslint-disable-next-line no-control-regex
const asCalendarText = (s: string) => s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ');

function expectedEvents(plan: Plan, today: string): Map<string, Expected> {
  const expected = new Map<string, Expected>();
  const examDay = new Map(plan.certifications.filter((c) => c.status === 'exam-booked' && c.examDate).map((c) => [c.id, c.examDate]));
  for (const m of plan.milestones) {
    if ((m.status !== 'todo' && m.status !== 'doing') || m.dueDate === null) continue;
    if (m.follows === 'certification-passed' && m.links.certificationIds.some((id) => examDay.get(id) === m.dueDate)) continue;
    expected.set(`milestone-${m.id}@pmopathway.app`, { summary: asCalendarText(`Milestone due: ${m.title}`), start: m.dueDate, sequence: minutesSince2025(m.updatedAt) });
  }
  for (const c of plan.certifications) {
    if (c.status === 'exam-booked' && c.examDate !== null) {
      expected.set(`exam-${c.id}@pmopathway.app`, { summary: expect.stringMatching(/^Exam: /) as unknown as string, start: c.examDate, sequence: minutesSince2025(c.updatedAt) });
    }
    const expiresOn = c.status === 'passed' ? certificationRenewalStatus(c, today).expiresOn : null;
    if (expiresOn !== null) {
      expected.set(`renewal-${c.id}@pmopathway.app`, { summary: expect.stringMatching(/ expires — renew by this date$/) as unknown as string, start: expiresOn, sequence: minutesSince2025(c.updatedAt) });
    }
  }
  return expected;
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

describe('calendar files of generated plans, read back by ical.js', () => {
  it('hold exactly the expected all-day events, with UID, title, SEQUENCE and DTEND the next day', () => {
    fc.assert(
      fc.property(arbitraryPlan({ maxItems: 6 }), arbitraryTimestamp(), (plan, stamp) => {
        const today = stamp.slice(0, 10);
        const events = calendarEvents(plan, today);
        const file = writeIcsFile(events, new Date(stamp));
        const read = readIcs(file).events;
        const expected = expectedEvents(plan, today);

        expect(read.map((e) => e.uid).sort()).toEqual([...expected.keys()].sort());
        for (const e of read) {
          const want = expected.get(e.uid)!;
          expect({ summary: e.summary, start: e.start, sequence: e.sequence }).toEqual(want);
          expect([e.startIsDate, e.endIsDate, e.end]).toEqual([true, true, nextDay(e.start)]);
        }
        // Every line within 75 octets and no time zone: what strict readers and validators check.
        for (const line of file.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        expect(file).not.toContain('TZID');
      }),
      { numRuns: 150 },
    );
  });

  it('give every event the same UID and SEQUENCE on a second export at another time', () => {
    fc.assert(
      fc.property(arbitraryPlan({ maxItems: 6 }), arbitraryTimestamp(), arbitraryTimestamp(), (plan, first, second) => {
        const identity = (stamp: string) => readIcs(writeIcsFile(calendarEvents(plan, stamp.slice(0, 10)), new Date(stamp))).events.map((e) => [e.uid, e.sequence, e.summary, e.description, e.start]);
        expect(identity(second)).toEqual(identity(first));
      }),
      { numRuns: 50 },
    );
  });
});
