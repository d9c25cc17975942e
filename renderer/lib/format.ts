/** Dates as people in the UK read them: "3 Nov 2026". Stored dates are YYYY-MM-DD. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return DATE_FORMAT.format(date);
}

// One formatter for every date on screen: toLocaleDateString builds a new one per call (slow in long lists).
const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
