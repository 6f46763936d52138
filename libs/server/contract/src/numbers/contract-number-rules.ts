/**
 * Contract numbers as pure functions: the pattern (the `contractNumberPattern` rule), the month a
 * moment falls in (business time zone) and the reservation deadline. No I/O, no clock.
 */

/** The month of `now` in `timeZone`: the period a sequence runs in. */
export interface NumberPeriod {
  /** `yyyyMM`, the counter's key. */
  key: string;
  year: number;
  month: number;
}

export function periodOf(now: Date, timeZone: string): NumberPeriod {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(now);
  const year = Number(parts.find((p) => p.type === 'year')?.value);
  const month = Number(parts.find((p) => p.type === 'month')?.value);
  return { key: `${year}${String(month).padStart(2, '0')}`, year, month };
}

const TOKEN = /\{(prefix|yyyy|yy|MM|seq(?::([1-9]))?)\}/g;

/**
 * The number for sequence `seq` of `period`: `{prefix}{yyyy}{MM}-{seq:4}` with prefix HT, December
 * 2026 and 7 → `HT202612-0007`. A sequence longer than its padding is written in full (never cut,
 * which would repeat numbers).
 */
export function formatContractNumber(pattern: string, values: { prefix: string; period: NumberPeriod; seq: number }): string {
  if (!Number.isInteger(values.seq) || values.seq < 1) throw new Error(`sequence must be a positive integer, got ${values.seq}`);
  if (!/\{seq(?::[1-9])?\}/.test(pattern)) throw new Error(`pattern ${pattern} has no {seq}`);
  return pattern.replace(TOKEN, (_, token: string, width?: string) => {
    switch (token) {
      case 'prefix':
        return values.prefix;
      case 'yyyy':
        return String(values.period.year);
      case 'yy':
        return String(values.period.year % 100).padStart(2, '0');
      case 'MM':
        return String(values.period.month).padStart(2, '0');
      default:
        return String(values.seq).padStart(Number(width ?? 1), '0');
    }
  });
}

/** When a reservation made at `reservedAt` lapses: `days` whole days later, to the millisecond. */
export function reservationExpiry(reservedAt: Date, days: number): Date {
  return new Date(reservedAt.getTime() + days * 86_400_000);
}

export enum ContractNumberStatus {
  /** Reserved 预领 by a rep, theirs until it expires. */
  Reserved = 'RESERVED',
  /** On a contract. */
  Used = 'USED',
  /** A reservation that lapsed unused: recorded so auditors see why the sequence has a gap, never reused. */
  Void = 'VOID',
}
