import ICAL from 'ical.js';

/**
 * An .ics file as an independent reader sees it: ical.js (Mozilla's, used by Thunderbird's web
 * calendars), not the library that wrote it. Tests compare what it reads with what the plan says.
 */
export interface ReadEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  startIsDate: boolean;
  end: string;
  endIsDate: boolean;
  sequence: number;
  /** DTSTAMP as ical.js gives it, e.g. 2026-12-01T09:30:00Z. */
  stamp: string;
  stampZone: string | undefined;
}

export interface ReadCalendar {
  productId: string;
  events: ReadEvent[];
}

export function readIcs(text: string): ReadCalendar {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent): ReadEvent => {
    const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = vevent.getFirstPropertyValue('dtend') as ICAL.Time;
    const stamp = vevent.getFirstPropertyValue('dtstamp') as ICAL.Time;
    return {
      uid: String(vevent.getFirstPropertyValue('uid')),
      summary: String(vevent.getFirstPropertyValue('summary')),
      description: String(vevent.getFirstPropertyValue('description')),
      start: start.toString(),
      startIsDate: start.isDate,
      end: end.toString(),
      endIsDate: end.isDate,
      sequence: Number(vevent.getFirstPropertyValue('sequence')),
      stamp: stamp.toString(),
      stampZone: stamp.zone?.tzid,
    };
  });
  return { productId: String(calendar.getFirstPropertyValue('prodid')), events };
}
