import { addWorkingDays } from '@kehu/server-core';
import { addWorkingDaysWithCalendar, dayKeyIn, isWorkingDayKey, startOfDayIn, workingDaysBetween } from './working-calendar';

const none = { holidays: new Set<string>(), workdays: new Set<string>() };

describe('working calendar arithmetic', () => {
  it('skips the weekend: Friday + 1 working day is Monday, same time of day', () => {
    const friday = new Date('2026-11-27T02:30:00Z');
    expect(addWorkingDaysWithCalendar(friday, 1, none).toISOString()).toBe('2026-11-30T02:30:00.000Z');
    expect(addWorkingDaysWithCalendar(friday, 3, none).toISOString()).toBe('2026-12-02T02:30:00.000Z');
  });

  it('agrees with the kernel without make-up days in UTC', () => {
    const from = new Date('2026-09-29T08:00:00Z');
    const holidays = new Set(['2026-10-01', '2026-10-02', '2026-10-05']);
    for (let n = 0; n < 15; n++) {
      expect(addWorkingDaysWithCalendar(from, n, { holidays, workdays: new Set() })).toEqual(addWorkingDays(from, n, holidays));
    }
  });

  it('skips holidays and counts make-up workdays (National Day 2026 pattern)', () => {
    // Thu 2026-10-01 … Wed 10-07 off; Sat 10-10 worked instead.
    const holidays = new Set(['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07']);
    const workdays = new Set(['2026-10-10']);
    const wednesday = new Date('2026-09-30T01:00:00Z');
    const cal = { holidays, workdays, timeZone: 'Asia/Shanghai' };
    expect(addWorkingDaysWithCalendar(wednesday, 1, cal).toISOString()).toBe('2026-10-08T01:00:00.000Z');
    // 10-08 Thu, 10-09 Fri, 10-10 Sat (make-up day) → third working day is the Saturday.
    expect(addWorkingDaysWithCalendar(wednesday, 3, cal).toISOString()).toBe('2026-10-10T01:00:00.000Z');
    expect(addWorkingDaysWithCalendar(wednesday, 4, cal).toISOString()).toBe('2026-10-12T01:00:00.000Z');
    expect(isWorkingDayKey('2026-10-10', cal)).toBe(true);
    expect(isWorkingDayKey('2026-10-11', cal)).toBe(false);
    expect(isWorkingDayKey('2026-10-05', cal)).toBe(false);
  });

  it('takes the day in the business time zone', () => {
    // 17:00 UTC Friday is 01:00 Saturday in Shanghai: the next working day there is Monday, Tuesday is the second.
    const late = new Date('2026-11-27T17:00:00Z');
    expect(dayKeyIn(late, 'Asia/Shanghai')).toBe('2026-11-28');
    expect(addWorkingDaysWithCalendar(late, 1, { ...none, timeZone: 'Asia/Shanghai' }).toISOString()).toBe('2026-11-29T17:00:00.000Z');
    expect(addWorkingDaysWithCalendar(late, 1, { ...none, timeZone: 'UTC' }).toISOString()).toBe('2026-11-30T17:00:00.000Z');
  });

  it('counts working days between two instants', () => {
    const cal = { holidays: new Set(['2026-12-01']), workdays: new Set(['2026-12-05']), timeZone: 'Asia/Shanghai' };
    // Mon 11-30 → Mon 12-07: Tue is a holiday, Sat is worked: 12-02, 03, 04, 05, 07 = 5.
    expect(workingDaysBetween(new Date('2026-11-30T02:00:00Z'), new Date('2026-12-07T02:00:00Z'), cal)).toBe(5);
    expect(workingDaysBetween(new Date('2026-12-07T02:00:00Z'), new Date('2026-11-30T02:00:00Z'), cal)).toBe(0);
  });

  it('refuses negative or fractional day counts', () => {
    expect(() => addWorkingDaysWithCalendar(new Date(), -1, { ...none, timeZone: 'Asia/Shanghai' })).toThrow(RangeError);
    expect(() => addWorkingDaysWithCalendar(new Date(), 1.5, none)).toThrow(RangeError);
  });

  it('starts a calendar day at midnight of the time zone, across offsets and daylight saving', () => {
    expect(startOfDayIn('2026-11-27', 'Asia/Shanghai').toISOString()).toBe('2026-11-26T16:00:00.000Z');
    expect(startOfDayIn('2026-11-27').toISOString()).toBe('2026-11-27T00:00:00.000Z');
    // New York: EDT (−04:00) in July, EST (−05:00) in January.
    expect(startOfDayIn('2026-07-01', 'America/New_York').toISOString()).toBe('2026-07-01T04:00:00.000Z');
    expect(startOfDayIn('2026-01-15', 'America/New_York').toISOString()).toBe('2026-01-15T05:00:00.000Z');
    expect(dayKeyIn(startOfDayIn('2026-03-08', 'America/New_York'), 'America/New_York')).toBe('2026-03-08');
  });
});
