/** Years offered by the holiday calendar's year filter: last year to three years ahead. */
export function holidayYears(current: number): number[] {
  return [current - 1, current, current + 1, current + 2, current + 3];
}

/** The weekday of a calendar date `YYYY-MM-DD` in the UI language (independent of the browser's time zone). */
export function weekdayOf(date: string, locale: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return '';
  return parsed.toLocaleDateString(locale, { weekday: 'short', timeZone: 'UTC' });
}
