import { RequestValidationError } from '@kehu/server-core';
import type { ProductFacade } from '@kehu/server-product';
import Decimal from 'decimal.js';
import type { EntityManager } from 'typeorm';
import { computeQuote, percentProblem, QuoteFigures } from './quote-rules';

/** A line as a quote or contract editor sends it: the product, a quantity, optionally a price and a discount. */
export interface LineInput {
  productId: string;
  quantity: string;
  unitPrice?: string;
  discountPercent?: string;
}

/** A priced line as it is stored: the product as it was offered, and its figures. */
export interface PricedLine {
  lineNo: number;
  productId: string;
  productCode: string;
  productName: string;
  unit: string;
  quantity: string;
  listPrice: string;
  unitPrice: string;
  discountPercent: string;
  taxRate: string;
  amount: string;
  netAmount: string;
  taxAmount: string;
}

export interface PricedLines {
  /** The header discount, normalised to two places. */
  header: string;
  lines: PricedLine[];
  totals: Omit<QuoteFigures, 'lines'>;
}

/**
 * Validates and prices lines from the catalogue the way quotes are priced (quote-rules.ts): on-sale
 * products only, list price unless a price is given, exact per-line rounding. Every bad field is
 * named (`lines[i].quantity`, `headerDiscountPercent`…); nothing is written. Quotes and contracts
 * both price through here, so a contract from a quote adds up exactly as the quote did.
 */
export async function priceLines(products: ProductFacade, tx: EntityManager, input: { lines: readonly LineInput[]; headerDiscountPercent?: string }): Promise<PricedLines> {
  const problems: Array<{ field: string; message: string; code: string }> = [];
  const header = input.headerDiscountPercent ?? '0';
  const headerProblem = percentProblem(header);
  if (headerProblem) problems.push({ field: 'headerDiscountPercent', message: headerProblem, code: 'range' });
  input.lines.forEach((line, i) => {
    if (new Decimal(line.quantity).lessThanOrEqualTo(0)) problems.push({ field: `lines[${i}].quantity`, message: 'must be more than 0', code: 'min' });
    if (line.unitPrice !== undefined && new Decimal(line.unitPrice).isNegative()) problems.push({ field: `lines[${i}].unitPrice`, message: 'must not be negative', code: 'min' });
    const discount = line.discountPercent !== undefined ? percentProblem(line.discountPercent) : null;
    if (discount) problems.push({ field: `lines[${i}].discountPercent`, message: discount, code: 'range' });
  });
  if (problems.length) throw new RequestValidationError(problems);
  const catalogue = await products.quotable(input.lines.map((l, i) => ({ productId: l.productId, field: `lines[${i}].productId` })), tx);
  const inputs = input.lines.map((l) => {
    const product = catalogue.get(l.productId)!;
    return {
      product,
      quantity: new Decimal(l.quantity).toFixed(3),
      unitPrice: new Decimal(l.unitPrice ?? product.listPrice).toFixed(2),
      discountPercent: new Decimal(l.discountPercent ?? '0').toFixed(2),
      taxRate: product.taxRate,
    };
  });
  const figures = computeQuote(inputs, header);
  // numeric(18,2) holds 16 integer digits: a line (or the total) beyond it is refused, not overflowed.
  const tooLarge = figures.lines.flatMap((f, i) => (new Decimal(f.amount).abs().greaterThanOrEqualTo(1e15) ? [{ field: `lines[${i}].quantity`, message: 'makes the line amount too large', code: 'max' }] : []));
  if (tooLarge.length || [figures.subtotal, figures.total].some((v) => new Decimal(v).greaterThanOrEqualTo(1e16))) {
    throw new RequestValidationError(tooLarge.length ? tooLarge : [{ field: 'lines', message: 'the total is too large', code: 'max' }]);
  }
  const lines = inputs.map((line, i) => ({
    lineNo: i + 1,
    productId: line.product.id,
    productCode: line.product.code,
    productName: line.product.name,
    unit: line.product.unit,
    quantity: line.quantity,
    listPrice: line.product.listPrice,
    unitPrice: line.unitPrice,
    discountPercent: line.discountPercent,
    taxRate: line.taxRate,
    ...figures.lines[i],
  }));
  const { lines: _perLine, ...totals } = figures;
  void _perLine;
  return { header: new Decimal(header).toFixed(2), lines, totals };
}
