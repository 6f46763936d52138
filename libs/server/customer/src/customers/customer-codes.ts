import type { EntityManager } from 'typeorm';
import { advanceCodeSequence } from './customers.repository';

/** Formats a date as YYYYMMDD in the business time zone. */
export function businessDay(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
  return parts.replace(/-/g, '');
}

/**
 * Next customer code, e.g. KH202611230001: prefix + business day + daily sequence. The
 * sequence row is upserted atomically, so concurrent creations never share a number and a
 * number is never reused (rolled-back ones are simply skipped).
 */
export async function nextCustomerCodes(manager: EntityManager, prefix: string, now: Date, timeZone: string, count = 1): Promise<string[]> {
  const day = businessDay(now, timeZone);
  const last = await advanceCodeSequence(manager, prefix, day, count);
  return Array.from({ length: count }, (_, i) => `${prefix}${day}${String(last - count + 1 + i).padStart(4, '0')}`);
}
