import Decimal from 'decimal.js';
import { computeQuote, needsDiscountApproval, percentProblem, QuoteStatus, quoteActionAllowed } from './quote-rules';

const line = (quantity: string, unitPrice: string, discountPercent = '0', taxRate = '13') => ({ quantity, unitPrice, discountPercent, taxRate });

describe('quote arithmetic', () => {
  it('rounds each line half-up to the cent, at 0.005 exactly', () => {
    // 1 × 0.01 × 50 % = 0.005 → 0.01 (half-up), never banker's 0.00.
    const q = computeQuote([line('1', '0.01', '50', '0')], '0');
    expect(q.lines[0].amount).toBe('0.01');
    // 3 × 0.335 is not a price (2 decimals), but 0.67 × 1.5 = 1.005 → 1.01.
    expect(computeQuote([line('1.5', '0.67', '0', '0')], '0').lines[0].amount).toBe('1.01');
    // 2.675 is 2.67499999… as a binary float: exact decimals make it 2.68.
    expect(computeQuote([line('1', '5.35', '50', '0')], '0').lines[0].amount).toBe('2.68');
  });

  it('sums 100 rounded lines: the total is the sum of the lines, not the rounded sum of exact values', () => {
    // Each line: 1 × 0.01 × 50 % = 0.005 → 0.01. Exact sum 0.50 would round to 0.50; the lines say 1.00.
    const q = computeQuote(Array.from({ length: 100 }, () => line('1', '0.01', '50', '13')), '0');
    expect(q.subtotal).toBe('1.00');
    expect(q.netTotal).toBe('1.00');
    // Each line's tax: 0.01 × 13 % = 0.0013 → 0.00.
    expect(q.taxTotal).toBe('0.00');
    expect(q.total).toBe('1.00');
    const sum = q.lines.reduce((acc, l) => acc.plus(l.amount), new Decimal(0));
    expect(sum.toFixed(2)).toBe(q.subtotal);
  });

  it('handles a 99.99 % discount to the cent', () => {
    // 3 × 12800.00 = 38400.00; × 0.01 % = 3.84 exactly.
    const q = computeQuote([line('3', '12800.00', '99.99', '13')], '0');
    expect(q.lines[0]).toEqual({ amount: '3.84', netAmount: '3.84', taxAmount: '0.50' });
    expect(q.total).toBe('4.34');
    // Header 99.99 % on top: 3.84 × 0.0001 = 0.000384 → 0.00.
    const both = computeQuote([line('3', '12800.00', '99.99', '13')], '99.99');
    expect(both).toMatchObject({ subtotal: '3.84', discountTotal: '3.84', netTotal: '0.00', taxTotal: '0.00', total: '0.00' });
  });

  it('applies the header discount per line, then the tax per line, each rounded', () => {
    const q = computeQuote([line('2', '100.00', '10', '13'), line('1', '33.33', '0', '9')], '5');
    // 180.00 → net 171.00 → tax 22.23;  33.33 → net 31.6635 → 31.66 → tax 2.8494 → 2.85
    expect(q.lines).toEqual([
      { amount: '180.00', netAmount: '171.00', taxAmount: '22.23' },
      { amount: '33.33', netAmount: '31.66', taxAmount: '2.85' },
    ]);
    expect(q).toMatchObject({ subtotal: '213.33', discountTotal: '10.67', netTotal: '202.66', taxTotal: '25.08', total: '227.74' });
  });

  it('asks for approval when a line ends below the threshold share of its list price', () => {
    const l = { unitPrice: '100.00', discountPercent: '10', listPrice: '100.00' };
    expect(needsDiscountApproval([l], '0', '90.00')).toBe(false);
    expect(needsDiscountApproval([l], '0.01', '90.00')).toBe(true);
    expect(needsDiscountApproval([{ ...l, unitPrice: '89.99', discountPercent: '0' }], '0', '90.00')).toBe(true);
    expect(needsDiscountApproval([{ ...l, listPrice: '0.00' }], '50', '90.00')).toBe(false);
  });

  it('checks percentages: 0–100, two decimals', () => {
    expect(['0', '99.99', '100', '100.00'].map(percentProblem)).toEqual([null, null, null, null]);
    expect(['100.01', '-1', '1.005', 'x'].map((v) => percentProblem(v) !== null)).toEqual([true, true, true, true]);
  });
});

describe('quote states', () => {
  it('moves DRAFT → SENT → ACCEPTED | REJECTED | EXPIRED and nothing else', () => {
    expect(quoteActionAllowed(QuoteStatus.Draft, 'send', false)).toBe(true);
    expect(quoteActionAllowed(QuoteStatus.Draft, 'accept', false)).toBe(false);
    expect(quoteActionAllowed(QuoteStatus.Sent, 'edit', false)).toBe(false);
    expect(quoteActionAllowed(QuoteStatus.Sent, 'expire', false)).toBe(true);
    expect(quoteActionAllowed(QuoteStatus.Accepted, 'revise', false)).toBe(false);
    expect(quoteActionAllowed(QuoteStatus.Sent, 'accept', true)).toBe(false);
  });
});
