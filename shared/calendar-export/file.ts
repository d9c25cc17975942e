/** What the save dialog and the browser download need to know about a calendar file. */
export const CALENDAR_FILE_INFO = {
  extension: 'ics',
  mimeType: 'text/calendar;charset=utf-8',
  filterName: 'Calendar file',
} as const;

/**
 * "PMO Pathway - calendar - 2026-12.ics": which app and what it is, then the month, so a downloads folder
 * of them sorts by date. No personal name: the file is for the person's own calendar. `today` is YYYY-MM-DD.
 */
export function calendarFileName(today: string): string {
  return `PMO Pathway - calendar - ${today.slice(0, 7)}.${CALENDAR_FILE_INFO.extension}`;
}

/** What the export says when the plan has nothing dated to put in a calendar. */
export const NOTHING_TO_ADD_TO_A_CALENDAR = 'Nothing to add to a calendar yet: give a milestone a due date, or book an exam.';
