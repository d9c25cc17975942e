/**
 * Dates in words, with fixed English month names, so no computer's language setting changes the text
 * of a CV, a calendar file or a notification (Intl would follow the machine). One list for all of them.
 */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** "Jan" … "Dec". */
export function shortMonthName(month: number): string {
  return MONTH_NAMES[month - 1]?.slice(0, 3) ?? '';
}

function parts(date: string): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number);
  return [year ?? 0, month ?? 0, day ?? 0];
}

/** "March 2024" from "2024-03-15" or "2024-03". */
export function monthYear(date: string): string {
  const [year, month] = date.split('-');
  return `${MONTH_NAMES[Number(month) - 1] ?? ''} ${year}`.trim();
}

/** "14 March 2027", or "14 Mar 2027" when `short`. */
export function dayMonthYear(date: string, { short = false } = {}): string {
  const [year, month, day] = parts(date);
  return `${day} ${short ? shortMonthName(month) : (MONTH_NAMES[month - 1] ?? '')} ${year}`;
}

/** "14 March": a day this year or thereabouts, where the year goes without saying. */
export function dayMonth(date: string): string {
  const [, month, day] = parts(date);
  return `${day} ${MONTH_NAMES[month - 1] ?? ''}`;
}
