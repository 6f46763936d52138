import { money } from './money';

describe('money', () => {
  it('adds exactly where floating point would not', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(money.sum(['0.10', '0.20'])).toBe('0.30');
    expect(money.sum(['1234567890123.45', '0.55'])).toBe('1234567890124.00');
  });

  it('formats with two places, rounding half up', () => {
    expect(money.format('12')).toBe('12.00');
    expect(money.format('2.345')).toBe('2.35');
    expect(money.format('-2.345')).toBe('-2.35');
  });

  it('accepts only decimal strings with at most two places', () => {
    expect(money.isValid('1234.50')).toBe(true);
    expect(money.isValid('-3')).toBe(true);
    expect(money.isValid('1.234')).toBe(false);
    expect(money.isValid('1e5')).toBe(false);
    expect(money.isValid(12.5)).toBe(false);
  });
});
