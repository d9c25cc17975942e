/**
 * Calendar-date arithmetic on `YYYY-MM-DD` strings, the form the plan stores dates in. (Reading the
 * person's local date from a clock is model/calendar.ts's job; this file never reads a clock.)
 *
 * Plan dates are days, not moments: "due on 3 March" means the same day wherever the laptop is. So all
 * arithmetic runs on whole days counted in UTC, where every day is exactly 24 hours long and daylight
 * saving can never move a date. Callers pass `today` in (the person's local date), so nothing here reads
 * the clock and every function is pure.
 */

const MS_PER_DAY = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in `YYYY-MM-DD` form (2026-02-29 is not one). */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = utcDate(year, month, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Days since 1970-01-01 for a calendar date; throws on anything that is not one. */
export function toDayNumber(value: string): number {
  if (!isCalendarDate(value)) throw new RangeError(`Not a calendar date: "${value}".`);
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return Math.round(utcDate(year, month, day).getTime() / MS_PER_DAY);
}

/** Midnight UTC of a date; unlike Date.UTC it does not turn years 0-99 into 1900-1999. */
function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** The calendar date of a day number (the inverse of toDayNumber). */
export function fromDayNumber(dayNumber: number): string {
  const date = new Date(dayNumber * MS_PER_DAY);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Add whole months, keeping the day of the month where it exists and otherwise using the month's last
 * day (31 January + 1 month = 28 or 29 February), which is how people read "a month later".
 */
export function addMonths(date: string, months: number): string {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date: "${date}".`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12; // 0-11
  const lastDay = daysInMonth(targetYear, targetMonth + 1);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(targetYear, 4)}-${pad(targetMonth + 1, 2)}-${pad(Math.min(day, lastDay), 2)}`;
}

export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

/** Whole days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}
