import { describe, expect, it } from 'vitest';
import { changeClockAt, localDate } from '../../../shared/model';

/**
 * The person's calendar: "today" is their local date written YYYY-MM-DD (months counted from 1, month
 * and day padded to two digits), and a change clock pairs it with the ISO timestamp of the same moment.
 * Dates are built from local parts, so the expectations hold in any time zone.
 */

describe('localDate', () => {
  it('writes the local date as YYYY-MM-DD, padding month and day', () => {
    expect(localDate(new Date(2027, 0, 5, 12, 0))).toBe('2027-01-05');
  });

  it('counts months from 1 and keeps two-digit months and days as they are', () => {
    expect(localDate(new Date(2026, 11, 25, 12, 0))).toBe('2026-12-25');
    expect(localDate(new Date(2026, 9, 10, 12, 0))).toBe('2026-10-10');
  });

  it('is the local day even late in the evening', () => {
    expect(localDate(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
    expect(localDate(new Date(2027, 0, 1, 0, 1))).toBe('2027-01-01');
  });
});

describe('changeClockAt', () => {
  it('stamps the ISO timestamp of the moment and the local date of it', () => {
    const moment = new Date(2026, 2, 7, 9, 30, 15, 250);
    const clock = changeClockAt(moment);
    expect(Object.keys(clock).sort()).toEqual(['now', 'today']);
    expect(clock.today).toBe('2026-03-07');
    expect(clock.now).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(Date.parse(clock.now)).toBe(moment.getTime());
  });

  it('gives the UTC timestamp unchanged for a moment given in UTC', () => {
    expect(changeClockAt(new Date(Date.UTC(2026, 11, 1, 9, 0, 0))).now).toBe('2026-12-01T09:00:00.000Z');
  });
});
