import { addDays } from '../date-arithmetic';
import { localDate } from '../model/calendar';

/**
 * The person's wall clock, as reminders read it: their calendar date, the minute of their day and their
 * weekday. Reminders are due at a local date and time ("Friday 16:00", "9:00 three days before"), so
 * they are compared as local moments ("2026-03-29T09:00"), which daylight saving cannot shift: 09:00 is
 * 09:00 on the day the clocks change.
 */
export interface LocalNow {
  /** YYYY-MM-DD on the person's clock. */
  date: string;
  /** Minutes since local midnight, 0-1439. */
  minutes: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** `${date}T${HH:MM}`: sorts and compares as text. */
  moment: string;
}

export function localNow(at: Date): LocalNow {
  const minutes = at.getHours() * 60 + at.getMinutes();
  const date = localDate(at);
  return { date, minutes, weekday: ((at.getDay() + 6) % 7) + 1, moment: `${date}T${clockTime(minutes)}` };
}

/** "HH:MM" → minutes since midnight. */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

export function clockTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function localMoment(date: string, time: string): string {
  return `${date}T${time}`;
}

/** Monday of the week `date` is in (weeks run Monday to Sunday, as ISO 8601 has them). */
export function weekStart(date: string, weekday: number): string {
  return addDays(date, 1 - weekday);
}

/**
 * Are we inside quiet hours? `from` is inclusive and `to` exclusive; a span that passes midnight (21:00 to
 * 08:00) wraps. Equal times mean no quiet hours at all, not a whole silent day.
 */
export function inQuietHours(minutes: number, quiet: { enabled: boolean; from: string; to: string }): boolean {
  if (!quiet.enabled) return false;
  const from = minutesOf(quiet.from);
  const to = minutesOf(quiet.to);
  if (from === to) return false;
  return from < to ? minutes >= from && minutes < to : minutes >= from || minutes < to;
}
