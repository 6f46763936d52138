const DAY_MS = 86_400_000;

function isWeekend(date: Date): boolean {
  const day = date.getUTCDay();
  return day === 0 || day === 6;
}

function dayKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Adds `days` working days (Monday–Friday, minus listed holidays as YYYY-MM-DD) to `from`,
 * keeping the time of day. Dates are taken in UTC.
 */
export function addWorkingDays(from: Date, days: number, holidays: ReadonlySet<string> = new Set()): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError('days must be a non-negative integer');
  let current = new Date(from.getTime());
  let remaining = days;
  while (remaining > 0) {
    current = new Date(current.getTime() + DAY_MS);
    if (!isWeekend(current) && !holidays.has(dayKey(current))) remaining--;
  }
  return current;
}

export function addDays(from: Date, days: number): Date {
  return new Date(from.getTime() + days * DAY_MS);
}

export function addMinutes(from: Date, minutes: number): Date {
  return new Date(from.getTime() + minutes * 60_000);
}
