import { addWorkingDays as addWeekdays } from '@kehu/server-core';

const DAY_MS = 86_400_000;

/** The days that break the Monday–Friday rule, as YYYY-MM-DD in the business time zone. */
export interface CalendarExceptions {
  /** Weekdays off (public holidays). */
  holidays: ReadonlySet<string>;
  /** Weekend days worked (调休 make-up days). */
  workdays: ReadonlySet<string>;
  /** IANA zone in which a date's day is taken; default UTC. */
  timeZone?: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** YYYY-MM-DD of an instant in a time zone. */
export function dayKeyIn(date: Date, timeZone = 'UTC'): string {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f.format(date);
}

/** The zone's offset from UTC at an instant, in minutes (+480 for Asia/Shanghai). */
function offsetMinutes(at: Date, timeZone: string): number {
  const zone = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(zone);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** The instant a calendar day (YYYY-MM-DD) starts in a time zone: 00:00 there. */
export function startOfDayIn(dayKey: string, timeZone = 'UTC'): Date {
  const midnightUtc = Date.parse(`${dayKey}T00:00:00Z`);
  // The offset at the guess, then again at the instant it gives: a daylight-saving switch between
  // the two (on the day itself) moves midnight by the difference.
  const guess = midnightUtc - offsetMinutes(new Date(midnightUtc), timeZone) * 60_000;
  return new Date(midnightUtc - offsetMinutes(new Date(guess), timeZone) * 60_000);
}

function weekdayOf(dayKey: string): number {
  return new Date(`${dayKey}T00:00:00Z`).getUTCDay();
}

function nextDayKey(dayKey: string): string {
  return new Date(Date.parse(`${dayKey}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

/** Whether a calendar day (YYYY-MM-DD) is worked: a weekday that is not a holiday, or a make-up day. */
export function isWorkingDayKey(dayKey: string, calendar: CalendarExceptions): boolean {
  if (calendar.workdays.has(dayKey)) return true;
  if (calendar.holidays.has(dayKey)) return false;
  const day = weekdayOf(dayKey);
  return day !== 0 && day !== 6;
}

/**
 * Adds `days` working days to `from`, keeping the time of day: weekends and holidays are
 * skipped, make-up workdays count. Days are taken in the calendar's time zone. Without make-up
 * days in a UTC calendar this is exactly the kernel's `addWorkingDays`.
 */
export function addWorkingDaysWithCalendar(from: Date, days: number, calendar: CalendarExceptions): Date {
  const timeZone = calendar.timeZone ?? 'UTC';
  if (timeZone === 'UTC' && calendar.workdays.size === 0) return addWeekdays(from, days, calendar.holidays);
  if (!Number.isInteger(days) || days < 0) throw new RangeError('days must be a non-negative integer');
  let key = dayKeyIn(from, timeZone);
  let elapsed = 0;
  let remaining = days;
  while (remaining > 0) {
    key = nextDayKey(key);
    elapsed++;
    if (isWorkingDayKey(key, calendar)) remaining--;
  }
  return new Date(from.getTime() + elapsed * DAY_MS);
}

/** Working days from `from`'s day (exclusive) to `to`'s day (inclusive); 0 when `to` is not later. */
export function workingDaysBetween(from: Date, to: Date, calendar: CalendarExceptions): number {
  const timeZone = calendar.timeZone ?? 'UTC';
  const end = dayKeyIn(to, timeZone);
  let key = dayKeyIn(from, timeZone);
  let count = 0;
  while (key < end) {
    key = nextDayKey(key);
    if (isWorkingDayKey(key, calendar)) count++;
  }
  return count;
}
