/**
 * The month of a date as CVs and exports write it, for a work history (YYYY-MM): ISO dates
 * ("2020-01-15", "2020-01"), a year alone ("2020": January, since a CV gives no more), and month names
 * LinkedIn and people use ("Jan 2020", "January 2020", "Sept 2021"). Anything else is null, so the
 * caller can say it was skipped rather than guess.
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};

const YEAR = (y: number) => y >= 1900 && y <= 2199;
const pad = (m: number) => String(m).padStart(2, '0');

export function monthOf(text: unknown): string | null {
  if (typeof text !== 'string') return null;
  const value = text.trim();
  let match = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:T.*)?$/.exec(value);
  if (match) {
    const [year, month] = [Number(match[1]), Number(match[2])];
    return YEAR(year) && month >= 1 && month <= 12 ? `${year}-${pad(month)}` : null;
  }
  match = /^(\d{4})$/.exec(value);
  if (match) return YEAR(Number(match[1])) ? `${match[1]}-01` : null;
  match = /^([A-Za-z]+)\.?\s+(\d{4})$/.exec(value);
  if (match) {
    const month = MONTHS[match[1]!.toLowerCase()];
    return month !== undefined && YEAR(Number(match[2])) ? `${match[2]}-${pad(month)}` : null;
  }
  match = /^(\d{1,2})\/(\d{4})$/.exec(value);
  if (match) {
    const month = Number(match[1]);
    return month >= 1 && month <= 12 && YEAR(Number(match[2])) ? `${match[2]}-${pad(month)}` : null;
  }
  return null;
}

/** A calendar day (YYYY-MM-DD) when the text is one; a month or year alone gives its first day. */
export function dayOf(text: unknown): string | null {
  if (typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text.trim())) {
    const day = text.trim();
    // A real day only: "2021-02-30" does not round-trip.
    const parsed = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day ? day : null;
  }
  const month = monthOf(text);
  return month === null ? null : `${month}-01`;
}
