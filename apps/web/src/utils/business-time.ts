/** Dates as the business sees them: days begin and end in the business time zone (rule `businessTimeZone`), not the browser's. */

export type NextContactShortcut = 'tomorrow' | 'nextMonday' | 'inAWeek';
export const NEXT_CONTACT_SHORTCUTS: NextContactShortcut[] = ['tomorrow', 'nextMonday', 'inAWeek'];

/** The hour of the working day a shortcut schedules the next contact at. */
export const NEXT_CONTACT_HOUR = 9;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The calendar day and weekday (0 = Sunday) of an instant in `timeZone`. */
export function businessDay(at: Date, timeZone: string): { year: number; month: number; day: number; weekday: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', weekday: 'short' }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { year: Number(part('year')), month: Number(part('month')), day: Number(part('day')), weekday: WEEKDAYS.indexOf(part('weekday')) };
}

/** Milliseconds `timeZone` is ahead of UTC at `at`. */
function offsetMs(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second')) - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant of `hour`:00 on a calendar day in `timeZone` (the day may overflow: day 32 is next month's 1st). */
export function businessTime(year: number, month: number, day: number, hour: number, timeZone: string): Date {
  const wall = Date.UTC(year, month - 1, day, hour);
  const first = new Date(wall - offsetMs(new Date(wall), timeZone));
  // Once more with the offset at the found instant, for a day on which the offset changes.
  return new Date(wall - offsetMs(first, timeZone));
}

/** 明天 / 下周一 / 一周后 at NEXT_CONTACT_HOUR, counted in business days from `now`. */
export function nextContactAt(shortcut: NextContactShortcut, now: Date, timeZone: string): Date {
  const today = businessDay(now, timeZone);
  const ahead = shortcut === 'tomorrow' ? 1 : shortcut === 'inAWeek' ? 7 : ((8 - today.weekday) % 7 || 7);
  return businessTime(today.year, today.month, today.day + ahead, NEXT_CONTACT_HOUR, timeZone);
}
