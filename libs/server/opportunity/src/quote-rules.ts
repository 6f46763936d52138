import Decimal from 'decimal.js';

/**
 * Quote arithmetic (docs/sales.md "Quote arithmetic"): every figure is computed on the
 * server from exact decimals and rounded half-up to 2 places once per line; totals are sums of
 * rounded line figures, so a printed quote adds up to the cent and the SPA can show the same.
 *
 *   line amount   = round2(quantity × unit price × (100 − line discount %) / 100)
 *   line net      = round2(line amount × (100 − header discount %) / 100)
 *   line tax      = round2(line net × tax rate % / 100)
 *   subtotal      = Σ line amount        discount = Σ (line amount − line net)
 *   net total     = Σ line net           tax      = Σ line tax
 *   total         = net total + tax
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
const round2 = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
const off = (percent: string) => HUNDRED.minus(percent).dividedBy(HUNDRED);

export function computeQuote(lines: readonly QuoteLineInput[], headerDiscountPercent: string): QuoteFigures {
  let subtotal = new Decimal(0);
  let netTotal = new Decimal(0);
  let taxTotal = new Decimal(0);
  const figures = lines.map((line) => {
    const amount = round2(new Decimal(line.quantity).times(line.unitPrice).times(off(line.discountPercent)));
    const net = round2(amount.times(off(headerDiscountPercent)));
    const tax = round2(net.times(line.taxRate).dividedBy(HUNDRED));
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
 * Whether a quote needs the discount approval before it is sent: some line is offered below
 * `minPercentOfList` % of its list price after both discounts (折扣低于规则值). A free product
 * (list price 0) never does.
 */
export function needsDiscountApproval(
  lines: ReadonlyArray<{ unitPrice: string; discountPercent: string; listPrice: string }>,
  headerDiscountPercent: string,
  minPercentOfList: string,
): boolean {
  return lines.some((line) => {
    const list = new Decimal(line.listPrice);
    if (list.isZero()) return false;
    const effective = new Decimal(line.unitPrice).times(off(line.discountPercent)).times(off(headerDiscountPercent));
    return effective.times(HUNDRED).lessThan(list.times(minPercentOfList));
  });
}

/** A percentage field's problem, if any: 0–100 with at most two decimals. */
export function percentProblem(value: string): string | null {
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(value)) return 'must be a percentage with at most two decimals, e.g. "12.50"';
  return new Decimal(value).greaterThan(100) ? 'must be between 0 and 100' : null;
}

export enum QuoteStatus {
  Draft = 'DRAFT',
  Sent = 'SENT',
  Accepted = 'ACCEPTED',
  Rejected = 'REJECTED',
  Expired = 'EXPIRED',
}

export type QuoteAction = 'edit' | 'send' | 'accept' | 'reject' | 'expire' | 'revise';

const ALLOWED: Record<QuoteAction, readonly QuoteStatus[]> = {
  edit: [QuoteStatus.Draft],
  send: [QuoteStatus.Draft],
  accept: [QuoteStatus.Sent],
  reject: [QuoteStatus.Sent],
  expire: [QuoteStatus.Sent],
  // A new version of what the customer was shown (or turned down, or let lapse); the old one is kept.
  revise: [QuoteStatus.Sent, QuoteStatus.Rejected, QuoteStatus.Expired],
};

const NEXT: Partial<Record<QuoteAction, QuoteStatus>> = {
  send: QuoteStatus.Sent,
  accept: QuoteStatus.Accepted,
  reject: QuoteStatus.Rejected,
  expire: QuoteStatus.Expired,
};

/** DRAFT → SENT → ACCEPTED | REJECTED | EXPIRED: whether `action` applies to a quote in `status` (a superseded version takes none). */
export function quoteActionAllowed(status: QuoteStatus, action: QuoteAction, superseded: boolean): boolean {
  return !superseded && ALLOWED[action].includes(status);
}

export function statusAfter(action: 'send' | 'accept' | 'reject' | 'expire'): QuoteStatus {
  return NEXT[action] as QuoteStatus;
}
