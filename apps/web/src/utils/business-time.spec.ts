import { describe, expect, it } from 'vitest';
import { businessDay, nextContactAt } from './business-time';

describe('business time', () => {
  it('counts next-contact shortcuts in the business time zone, at 09:00 there', () => {
    // Sunday 2026-11-22 23:30 in Shanghai is still Sunday 15:30 UTC: tomorrow is Monday in Shanghai.
    const sundayNight = new Date('2026-11-22T15:30:00Z');
    expect(businessDay(sundayNight, 'Asia/Shanghai')).toMatchObject({ day: 22, weekday: 0 });
    expect(nextContactAt('tomorrow', sundayNight, 'Asia/Shanghai').toISOString()).toBe('2026-11-23T01:00:00.000Z');
    expect(nextContactAt('nextMonday', sundayNight, 'Asia/Shanghai').toISOString()).toBe('2026-11-23T01:00:00.000Z');
    expect(nextContactAt('inAWeek', sundayNight, 'Asia/Shanghai').toISOString()).toBe('2026-11-29T01:00:00.000Z');
    // 00:30 Monday in Shanghai (Sunday in UTC): next Monday is a week later, not "tomorrow".
    const mondayEarly = new Date('2026-11-22T16:30:00Z');
    expect(nextContactAt('nextMonday', mondayEarly, 'Asia/Shanghai').toISOString()).toBe('2026-11-30T01:00:00.000Z');
    expect(nextContactAt('tomorrow', mondayEarly, 'Asia/Shanghai').toISOString()).toBe('2026-11-24T01:00:00.000Z');
    // Month end rolls over.
    expect(nextContactAt('tomorrow', new Date('2026-11-30T04:00:00Z'), 'Asia/Shanghai').toISOString()).toBe('2026-12-01T01:00:00.000Z');
  });

  it('keeps 09:00 local across a daylight-saving change', () => {
    // Saturday 2026-03-07 in New York; Sunday 03-08 clocks go forward (EST → EDT).
    const saturday = new Date('2026-03-07T17:00:00Z');
    expect(nextContactAt('tomorrow', saturday, 'America/New_York').toISOString()).toBe('2026-03-08T13:00:00.000Z');
    expect(nextContactAt('nextMonday', saturday, 'America/New_York').toISOString()).toBe('2026-03-09T13:00:00.000Z');
    expect(nextContactAt('inAWeek', new Date('2026-03-06T17:00:00Z'), 'America/New_York').toISOString()).toBe('2026-03-13T13:00:00.000Z');
    expect(nextContactAt('tomorrow', new Date('2026-03-06T17:00:00Z'), 'America/New_York').toISOString()).toBe('2026-03-07T14:00:00.000Z');
  });
});
