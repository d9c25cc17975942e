import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isCalendarDate, toDayNumber } from '../../shared/date-arithmetic';

/** The edges of the calendar rules: the exact form, the leap-year rule's exceptions, and what a refusal says. */

describe('calendar dates, at the edges', () => {
  it('accepts only exactly YYYY-MM-DD, nothing before or after it', () => {
    expect(isCalendarDate('2026-03-01')).toBe(true);
    for (const bad of ['2026-03-01T09:00', ' 2026-03-01', '2026-03-01 ', 'x2026-03-01', '12026-03-01', '2026-3-01', '2026-03-1', '26-03-01', '2026-0a-01', 'abcd-03-01', '2026-03-0b']) {
      expect(isCalendarDate(bad), bad).toBe(false);
    }
  });

  it('knows the month lengths and the leap-year rule, with its century exceptions', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29'); // divisible by 4
    expect(addMonths('1900-01-31', 1)).toBe('1900-02-28'); // a century: not leap
    expect(addMonths('2100-01-31', 1)).toBe('2100-02-28');
    expect(addMonths('2000-01-31', 1)).toBe('2000-02-29'); // divisible by 400: leap after all
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-07-31', 1)).toBe('2026-08-31');
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(daysBetween('2000-02-28', '2000-03-01')).toBe(2);
  });

  it('adds months across year ends in both directions', () => {
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
    expect(addMonths('2026-05-15', 0)).toBe('2026-05-15');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('says which value is not a date', () => {
    expect(() => toDayNumber('2026-02-30')).toThrow('Not a calendar date: "2026-02-30".');
    expect(() => addMonths('soon', 1)).toThrow('Not a calendar date: "soon".');
  });
});
