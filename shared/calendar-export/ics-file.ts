import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { addDays } from '../date-arithmetic';
import type { CalendarEvent } from './events';

/**
 * Writes calendar events as an iCalendar (.ics, RFC 5545) file with the `ics` library, which does the
 * escaping of `\ ; ,` and newlines and the VALUE=DATE form of all-day dates. Only main loads this file
 * (lazily, on the first calendar export): `ics` and its validator stay out of the page and of start-up.
 *
 * Two things are done here on top of the library:
 * - Control characters are taken out of the text first: RFC 5545 TEXT cannot carry them (a lone CR
 *   would even end the line early), and `ics` passes them through.
 * - Lines are folded again at 75 octets: `ics` folds at 75 characters, so a line with "—" or "é" in it
 *   runs past the 75 octets RFC 5545 asks for. Unfolding and refolding changes no value.
 */

export const CALENDAR_PRODUCT_ID = '-//PMO Pathway//Calendar export//EN';
export const CALENDAR_NAME = 'PMO Pathway';

/** The .ics text of `events`; `stamp` (the export time) is every event's DTSTAMP, written in UTC. */
export function writeIcsFile(events: readonly CalendarEvent[], stamp: Date): string {
  // `timestamp` (DTSTAMP) is read by ics 3.12 and in its schema, but missing from its type declarations.
  const attributes = events.map((event): EventAttributes & { timestamp: number } => ({
    uid: event.uid,
    title: icsText(event.title),
    description: icsText(event.description),
    // Three numbers make a date with no time: ics writes DTSTART;VALUE=DATE and never consults a time
    // zone, so no TZID (which would need a VTIMEZONE) and no shift of the day on any computer.
    start: dateArray(event.date),
    // RFC 5545: an all-day event's DTEND is exclusive, the day after.
    end: dateArray(addDays(event.date, 1)),
    sequence: event.sequence,
    timestamp: stamp.getTime(),
    // A deadline, not a meeting: the person is not busy all day (TRANSP for most calendars, the
    // Microsoft property for Outlook).
    transp: 'TRANSPARENT',
    busyStatus: 'FREE',
    categories: ['PMO Pathway'],
  }));
  const { error, value } = createEvents(attributes, { productId: CALENDAR_PRODUCT_ID, calName: CALENDAR_NAME });
  // The events are ours and always valid, so a refusal is a bug: said plainly, logged by dispatch.
  if (error || value === null) throw new Error(`The calendar file could not be written: ${describe(error)}`);
  return refold(value);
}

function dateArray(date: string): DateArray {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return [year, month, day];
}

/** Newlines as one \n (ics escapes those); every other control character but tab becomes a space. */
export function icsText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ');
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** Unfold the library's folds (CRLF + space or tab), then fold each line at 75 octets of UTF-8. */
function refold(text: string): string {
  const lines = text.replace(/\r\n[ \t]/g, '').split(CRLF);
  return lines.map(foldLine).join(CRLF);
}

function foldLine(line: string): string {
  let out = '';
  let used = 0;
  // The first line holds 75 octets; each continuation starts with a space, which counts as one of them.
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (used + size > MAX_OCTETS) {
      out += `${CRLF} `;
      used = 1;
    }
    out += char;
    used += size;
  }
  return out;
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error && typeof error.message === 'string') return error.message;
  return String(error);
}
