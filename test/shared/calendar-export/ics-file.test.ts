import { calendarEvents, type CalendarEvent } from '../../../shared/calendar-export/events';
import { writeIcsFile } from '../../../shared/calendar-export/ics-file';
import { certification, milestone, planWith } from '../../support/plan-builders';
import { readIcs } from './read-ics';

const STAMP = new Date('2026-12-01T09:30:00.000Z');
const event = (fields: Partial<CalendarEvent> & Pick<CalendarEvent, 'date'>): CalendarEvent => ({
  kind: 'milestone',
  uid: `milestone-${fields.date}@pmopathway.app`,
  title: `Due ${fields.date}`,
  description: 'Status: To do.',
  sequence: 3,
  ...fields,
});
const lines = (text: string) => text.split('\r\n');
/** The property lines of the file, unfolded as every reader must (RFC 5545 3.1). */
const unfolded = (text: string) => lines(text.replace(/\r\n[ \t]/g, ''));
const octets = (line: string) => new TextEncoder().encode(line).length;

describe('writeIcsFile', () => {
  const plan = planWith({
    milestones: [milestone({ id: 'm1', title: 'Shadow the PMO', dueDate: '2027-01-15', status: 'doing' })],
    certifications: [
      certification({ id: 'c1', catalogId: 'pmp', status: 'exam-booked', examDate: '2027-04-20' }),
      certification({ id: 'c2', catalogId: 'prince2-7-foundation', status: 'passed', issuedOn: '2024-03-10' }),
    ],
  });
  const events = calendarEvents(plan, '2026-12-01');
  const text = writeIcsFile(events, STAMP);

  it('writes one VCALENDAR named for PMO Pathway, with CRLF line ends and one VEVENT per event', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(unfolded(text)).toContain('PRODID:-//PMO Pathway//Calendar export//EN');
    expect(unfolded(text)).toContain('X-WR-CALNAME:PMO Pathway');
    expect(text.match(/^BEGIN:VEVENT$/gm)).toHaveLength(events.length);
    expect(events).toHaveLength(3);
  });

  it('writes all-day dates (VALUE=DATE), the next day as DTEND, the export time in UTC as DTSTAMP, and no TZID anywhere', () => {
    const props = unfolded(text);
    expect(props.filter((l) => l.startsWith('DTSTART'))).toEqual(['DTSTART;VALUE=DATE:20270115', 'DTSTART;VALUE=DATE:20270309', 'DTSTART;VALUE=DATE:20270420']);
    expect(props.filter((l) => l.startsWith('DTEND'))).toEqual(['DTEND;VALUE=DATE:20270116', 'DTEND;VALUE=DATE:20270310', 'DTEND;VALUE=DATE:20270421']);
    expect(props.filter((l) => l.startsWith('DTSTAMP'))).toEqual(Array(3).fill('DTSTAMP:20261201T093000Z'));
    expect(text).not.toMatch(/TZID|VTIMEZONE/);
  });

  it('marks every event free time (a deadline, not a meeting) and carries its UID and SEQUENCE', () => {
    const props = unfolded(text);
    expect(props.filter((l) => l === 'TRANSP:TRANSPARENT')).toHaveLength(3);
    expect(props.filter((l) => l === 'X-MICROSOFT-CDO-BUSYSTATUS:FREE')).toHaveLength(3);
    expect(props.filter((l) => l.startsWith('UID:'))).toEqual(events.map((e) => `UID:${e.uid}`));
    expect(props.filter((l) => l.startsWith('SEQUENCE:'))).toEqual(events.map((e) => `SEQUENCE:${e.sequence}`));
  });

  it('reads back in ical.js as the same events', () => {
    const read = readIcs(text);
    expect(read.productId).toBe('-//PMO Pathway//Calendar export//EN');
    expect(read.events.map((e) => [e.uid, e.summary, e.description, e.start, e.startIsDate, e.end, e.endIsDate, e.sequence])).toEqual(
      events.map((e) => [e.uid, e.title, e.description, e.date, true, nextDay(e.date), true, e.sequence]),
    );
    for (const e of read.events) expect([e.stamp, e.stampZone]).toEqual(['2026-12-01T09:30:00Z', 'UTC']);
  });

  it.each([
    ['2026-12-31', '20270101'],
    ['2027-01-31', '20270201'],
    ['2027-04-30', '20270501'],
    ['2027-02-28', '20270301'],
    ['2028-02-28', '20280229'],
    ['2028-02-29', '20280301'],
    ['2100-02-28', '21000301'],
  ])('ends an all-day event on %s the next day (%s), across month, year and leap-day ends', (date, end) => {
    const file = writeIcsFile([event({ date })], STAMP);
    expect(unfolded(file)).toContain(`DTSTART;VALUE=DATE:${date.replaceAll('-', '')}`);
    expect(unfolded(file)).toContain(`DTEND;VALUE=DATE:${end}`);
    const [read] = readIcs(file).events;
    expect([read!.start, read!.end, read!.startIsDate, read!.endIsDate]).toEqual([date, nextDay(date), true, true]);
  });

  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/London'])('writes the same day on a computer in %s (no time zone is consulted)', (zone) => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = zone;
      const file = writeIcsFile([event({ date: '2027-03-28' })], STAMP);
      expect(unfolded(file)).toEqual(expect.arrayContaining(['DTSTART;VALUE=DATE:20270328', 'DTEND;VALUE=DATE:20270329', 'DTSTAMP:20261201T093000Z']));
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('escapes commas, semicolons, backslashes and newlines in titles and descriptions, and they read back unchanged', () => {
    const typed = 'Risk, RAID; review\\nnext'; // a backslash and an "n" the person typed, not a newline
    const [milestoneEvent] = calendarEvents(planWith({ milestones: [milestone({ id: 'm1', title: typed, dueDate: '2027-01-15' })] }), '2026-12-01');
    const withNewline = event({ date: '2027-02-01', title: 'Two\nlines', description: 'First; second\r\nthird, fourth\\' });
    const file = writeIcsFile([milestoneEvent!, withNewline], STAMP);
    expect(unfolded(file)).toContain('SUMMARY:Milestone due: Risk\\, RAID\\; review\\\\nnext');
    expect(unfolded(file)).toContain('SUMMARY:Two\\nlines');
    expect(unfolded(file)).toContain('DESCRIPTION:First\\; second\\nthird\\, fourth\\\\');
    const read = readIcs(file).events;
    expect(read.map((e) => e.summary)).toEqual([`Milestone due: ${typed}`, 'Two\nlines']);
    expect(read[1]!.description).toBe('First; second\nthird, fourth\\');
  });

  it('takes out control characters, which iCalendar text cannot carry (a lone CR would end the line)', () => {
    const file = writeIcsFile([event({ date: '2027-02-01', title: 'Bell\u0007 and\rreturn\u0000end\ttab' })], STAMP);
    // eslint-disable-next-line no-control-regex
    expect(file.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f]/);
    expect(readIcs(file).events[0]!.summary).toBe('Bell  and\nreturn end\ttab');
  });

  it('folds long lines at 75 octets, never inside a character, and they unfold to the whole title', () => {
    const long = `${'Quarterly portfolio review with the sponsor group '.repeat(6)}`.slice(0, 300);
    const wide = `Revue — été 🇬🇧👩🏽‍💼 ${'é—'.repeat(60)}`;
    const file = writeIcsFile([event({ date: '2027-01-15', title: long }), event({ date: '2027-01-16', title: wide })], STAMP);
    const summaryLines = lines(file).filter((l, i, all) => l.startsWith('SUMMARY:') || (l.startsWith(' ') && all.slice(0, i).reverse().find((p) => !p.startsWith(' '))?.startsWith('SUMMARY:')));
    expect(summaryLines.length).toBeGreaterThan(6);
    for (const line of lines(file)) expect(octets(line)).toBeLessThanOrEqual(75);
    // The first line of the 300-character title is filled to exactly 75 octets: folded, not just short.
    expect(octets(summaryLines[0]!)).toBe(75);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(file))).toBe(file);
    expect(file).not.toContain('\uFFFD');
    expect(readIcs(file).events.map((e) => e.summary)).toEqual([long, wide]);
  });

  it('writes an empty calendar for no events (the service refuses that case before it gets here)', () => {
    const file = writeIcsFile([], STAMP);
    expect(file).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
    expect(readIcs(file).events).toEqual([]);
  });
});

/** The day after a YYYY-MM-DD date, worked out with Date (not the code under test's arithmetic). */
function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
