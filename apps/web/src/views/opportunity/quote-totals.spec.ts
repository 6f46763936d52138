import { describe, expect, it } from 'vitest';
import { computeQuote, linesNeedingApproval } from './quote-totals';

/**
 * The editor's live totals against the figures the server answers for the same lines (the cases of
 * libs/server/opportunity/src/quote-rules.spec.ts and quotes.spec.ts): they must agree to the cent.
 */
const line = (quantity: string, unitPrice: string, discountPercent = '0', taxRate = '13') => ({ quantity, unitPrice, discountPercent, taxRate });

describe('quote editor totals', () => {
  it('rounds each line half-up at 0.005, where a float would not', () => {
    expect(computeQuote([line('1', '0.01', '50', '0')], '0').lines[0].amount).toBe('0.01');
    expect(computeQuote([line('1.5', '0.67', '0', '0')], '0').lines[0].amount).toBe('1.01');
    expect(computeQuote([line('1', '5.35', '50', '0')], '0').lines[0].amount).toBe('2.68');
    // The same 1.005 as a binary float is 1.00499…, which a float rounding takes down to 1.00.
    expect((1.005).toFixed(2)).toBe('1.00');
  });

  it('sums 100 rounded lines, not the rounded exact sum', () => {
    const q = computeQuote(Array.from({ length: 100 }, () => line('1', '0.01', '50', '13')), '0');
    expect(q).toMatchObject({ subtotal: '1.00', netTotal: '1.00', taxTotal: '0.00', total: '1.00' });
  });

  it('handles a 99.99 % discount, also on top of a 99.99 % header discount', () => {
    const q = computeQuote([line('3', '12800.00', '99.99', '13')], '0');
    expect(q.lines[0]).toEqual({ amount: '3.84', netAmount: '3.84', taxAmount: '0.50' });
    expect(q.total).toBe('4.34');
    expect(computeQuote([line('3', '12800.00', '99.99', '13')], '99.99')).toMatchObject({ subtotal: '3.84', discountTotal: '3.84', netTotal: '0.00', total: '0.00' });
  });

  it('applies the header discount and the tax per line, each rounded', () => {
    const q = computeQuote([line('2', '100.00', '10', '13'), line('1', '33.33', '0', '9')], '5');
    expect(q.lines).toEqual([
      { amount: '180.00', netAmount: '171.00', taxAmount: '22.23' },
      { amount: '33.33', netAmount: '31.66', taxAmount: '2.85' },
    ]);
    expect(q).toMatchObject({ subtotal: '213.33', discountTotal: '10.67', netTotal: '202.66', taxTotal: '25.08', total: '227.74' });
  });

  it('stays exact for large amounts and three-decimal quantities', () => {
    // 999999999.999 × 99999.99 = 99999989999900.00001: 19 significant digits, past what a float keeps.
    const q = computeQuote([line('999999999.999', '99999.99', '0', '0')], '0');
    expect(q.lines[0].amount).toBe('99999989999900.00');
    expect(computeQuote([line('0.333', '0.03', '0', '0')], '0').lines[0].amount).toBe('0.01');
  });

  it('counts a half-typed line as zero instead of breaking the sum', () => {
    const q = computeQuote([line('', '100.00'), line('2', 'abc'), line('1', '10.00', '', '')], '');
    expect(q.lines.map((l) => l.amount)).toEqual(['0.00', '0.00', '10.00']);
    expect(q.total).toBe('10.00');
  });

  it('counts the lines the server will send for discount approval', () => {
    const l = { unitPrice: '100.00', discountPercent: '10', listPrice: '100.00' };
    expect(linesNeedingApproval([l], '0', '90.00')).toBe(0);
    expect(linesNeedingApproval([l], '0.01', '90.00')).toBe(1);
    expect(linesNeedingApproval([{ ...l, unitPrice: '89.99', discountPercent: '0' }, l], '0', '90.00')).toBe(1);
    expect(linesNeedingApproval([{ ...l, listPrice: '0.00' }], '50', '90.00')).toBe(0);
  });
});
