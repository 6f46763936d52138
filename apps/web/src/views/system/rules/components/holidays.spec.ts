import { describe, expect, it } from 'vitest';
import { holidayYears, weekdayOf } from './holidays';

describe('holiday helpers', () => {
  it('offers last year to three years ahead', () => {
    expect(holidayYears(2026)).toEqual([2025, 2026, 2027, 2028, 2029]);
  });

  it('names the weekday of the calendar date whatever the time zone', () => {
    expect(weekdayOf('2026-10-01', 'en')).toBe('Thu');
    expect(weekdayOf('2026-09-27', 'zh-CN')).toBe('周日');
    expect(weekdayOf('not-a-date', 'en')).toBe('');
  });
});
