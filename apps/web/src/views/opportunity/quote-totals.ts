import Decimal from 'decimal.js';

/**
 * The quote editor's live figures, by the server's rule (docs/sales.md "Quote arithmetic"), with the
 * same exact decimal library the server uses — never a float — so what the editor shows is what
 * the saved quote says, to the cent:
 *
 *   line amount = round2(quantity × unit price × (100 − line discount %) / 100)
 *   line net    = round2(line amount × (100 − header discount %) / 100)
 *   line tax    = round2(line net × tax rate % / 100)
 *   totals      = sums of the rounded line figures; total = net total + tax total
 *
 * round2 is half-up (0.005 → 0.01). Inputs the server would refuse (empty, not a number) count as 0
 * here, so a half-typed line shows 0.00 instead of breaking the sum; `lineProblem` says what is wrong.
 */
export interface QuoteLineInput {
  quantity: string;
  unitPrice: string;
  discountPercent: string;
  taxRate: string;
}

export interface QuoteLineFigures {
  amount: string;
  netAmount: string;
  taxAmount: string;
}

export interface QuoteFigures {
  lines: QuoteLineFigures[];
  subtotal: string;
  discountTotal: string;
  netTotal: string;
  taxTotal: string;
  total: string;
}

const HUNDRED = new Decimal(100);
const NUMBER = /^\d+(\.\d+)?$/;
const round2 = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
const decimal = (value: string | null | undefined) => (value && NUMBER.test(value.trim()) ? new Decimal(value.trim()) : new Decimal(0));
const off = (percent: string | null | undefined) => HUNDRED.minus(decimal(percent)).dividedBy(HUNDRED);

export function computeQuote(lines: readonly QuoteLineInput[], headerDiscountPercent: string): QuoteFigures {
  let subtotal = new Decimal(0);
  let netTotal = new Decimal(0);
  let taxTotal = new Decimal(0);
  const figures = lines.map((line) => {
    const amount = round2(decimal(line.quantity).times(decimal(line.unitPrice)).times(off(line.discountPercent)));
    const net = round2(amount.times(off(headerDiscountPercent)));
    const tax = round2(net.times(decimal(line.taxRate)).dividedBy(HUNDRED));
    subtotal = subtotal.plus(amount);
    netTotal = netTotal.plus(net);
    taxTotal = taxTotal.plus(tax);
    return { amount: amount.toFixed(2), netAmount: net.toFixed(2), taxAmount: tax.toFixed(2) };
  });
  return {
    lines: figures,
    subtotal: subtotal.toFixed(2),
    discountTotal: subtotal.minus(netTotal).toFixed(2),
    netTotal: netTotal.toFixed(2),
    taxTotal: taxTotal.toFixed(2),
    total: netTotal.plus(taxTotal).toFixed(2),
  };
}

/**
 * How many lines are offered below `minPercentOfList` % of their list price after both discounts —
 * the server's test before sending (rule `quoteMinDiscountWithoutApproval`); free products never are.
 */
export function linesNeedingApproval(
  lines: ReadonlyArray<Pick<QuoteLineInput, 'unitPrice' | 'discountPercent'> & { listPrice: string }>,
  headerDiscountPercent: string,
  minPercentOfList: string,
): number {
  return lines.filter((line) => {
    const list = decimal(line.listPrice);
    if (list.isZero()) return false;
    const effective = decimal(line.unitPrice).times(off(line.discountPercent)).times(off(headerDiscountPercent));
    return effective.times(HUNDRED).lessThan(list.times(decimal(minPercentOfList)));
  }).length;
}
