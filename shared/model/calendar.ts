import type { ChangeClock } from './changes';

/** A person's local calendar date, YYYY-MM-DD (not UTC: "done today" means their today). */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The clock a change is applied with, read from a Date (main's clock, or the page's for optimistic updates). */
export function changeClockAt(date: Date): ChangeClock {
  return { now: date.toISOString(), today: localDate(date) };
}
