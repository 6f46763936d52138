import { formatContractNumber, periodOf, reservationExpiry } from './contract-number-rules';

describe('contract number rules', () => {
  const december = { key: '202612', year: 2026, month: 12 };

  it.each([
    ['{prefix}{yyyy}{MM}-{seq:4}', 'HT', 7, 'HT202612-0007'],
    ['HT{yyyy}{MM}-{seq:4}', 'XX', 12, 'HT202612-0012'],
    ['{prefix}-{yy}{MM}{seq:3}', 'KH', 5, 'KH-2612005'],
    ['{prefix}{seq}', 'HT', 123, 'HT123'],
    // Past its padding the sequence is written in full, never cut (a cut would repeat numbers).
    ['{prefix}{yyyy}{MM}-{seq:4}', 'HT', 12345, 'HT202612-12345'],
  ])('%s with prefix %s and sequence %i is %s', (pattern, prefix, seq, expected) => {
    expect(formatContractNumber(pattern, { prefix, period: december, seq })).toBe(expected);
  });

  it('refuses a pattern without a sequence and a sequence below 1', () => {
    expect(() => formatContractNumber('{prefix}{yyyy}', { prefix: 'HT', period: december, seq: 1 })).toThrow(/no \{seq\}/);
    expect(() => formatContractNumber('{seq:4}', { prefix: 'HT', period: december, seq: 0 })).toThrow(/positive/);
  });

  it('counts months in the business time zone, not UTC', () => {
    // 31 Dec 2026 17:00 UTC is already 1 Jan 2027 in Shanghai.
    const instant = new Date('2026-12-31T17:00:00Z');
    expect(periodOf(instant, 'Asia/Shanghai')).toEqual({ key: '202701', year: 2027, month: 1 });
    expect(periodOf(instant, 'UTC')).toEqual({ key: '202612', year: 2026, month: 12 });
  });

  it('lets a reservation lapse the given number of days later', () => {
    expect(reservationExpiry(new Date('2026-12-01T02:00:00Z'), 30).toISOString()).toBe('2026-12-31T02:00:00.000Z');
  });
});
