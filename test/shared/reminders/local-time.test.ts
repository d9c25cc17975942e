import { inQuietHours, localNow, minutesOf, weekStart } from '../../../shared/reminders';

describe('reminders: the local clock', () => {
  it('quiet hours include their start, exclude their end, and wrap past midnight', () => {
    const night = { enabled: true, from: '21:00', to: '08:00' };
    expect([minutesOf('20:59'), minutesOf('21:00'), minutesOf('00:00'), minutesOf('07:59'), minutesOf('08:00')].map((m) => inQuietHours(m, night))).toEqual([false, true, true, true, false]);
    const lunch = { enabled: true, from: '12:00', to: '13:00' };
    expect([minutesOf('11:59'), minutesOf('12:00'), minutesOf('12:59'), minutesOf('13:00')].map((m) => inQuietHours(m, lunch))).toEqual([false, true, true, false]);
    expect(inQuietHours(minutesOf('23:00'), { ...night, enabled: false })).toBe(false);
    expect(inQuietHours(minutesOf('10:00'), { enabled: true, from: '10:00', to: '10:00' })).toBe(false);
  });

  it('reads the local date, minute and ISO weekday; weeks start on Monday', () => {
    const now = localNow(new Date(2026, 11, 6, 23, 59)); // Sunday 6 December 2026, 23:59 local
    expect(now).toEqual({ date: '2026-12-06', minutes: 23 * 60 + 59, weekday: 7, moment: '2026-12-06T23:59' });
    expect(weekStart(now.date, now.weekday)).toBe('2026-11-30');
    expect(localNow(new Date(2026, 11, 7, 0, 0)).weekday).toBe(1);
  });
});
