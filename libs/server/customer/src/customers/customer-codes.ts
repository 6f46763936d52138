import type { EntityManager } from 'typeorm';

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
  const [row] = await manager.query(
    `INSERT INTO customer_code_sequence (prefix, day, last) VALUES ($1, to_date($2, 'YYYYMMDD'), $3)
     ON CONFLICT (prefix, day) DO UPDATE SET last = customer_code_sequence.last + $3
     RETURNING last`,
    [prefix, day, count],
  );
  const last = Number(row.last);
  return Array.from({ length: count }, (_, i) => `${prefix}${day}${String(last - count + 1 + i).padStart(4, '0')}`);
}
