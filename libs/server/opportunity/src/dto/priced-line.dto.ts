import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyField, UuidField } from '@kehu/server-core';
import { IsOptional, Matches } from 'class-validator';

/**
 * A priced product line, as quotes and contracts both have it: one definition of what a line asks
 * (product, quantity, price, discount) and what it answers once priced by line-pricing.ts. Each
 * document names its own subclass (QuoteLineDto, ContractLineDto), so the OpenAPI schemas keep their
 * names while the fields, limits and texts are written once.
 */

const PERCENT = /^\d{1,3}(\.\d{1,2})?$/;
const QUANTITY = /^\d{1,12}(\.\d{1,3})?$/;

/** A percentage 0–100 with at most two decimals, as a string ("99.99"); the upper bound is checked by the pricing. */
export function PercentField(options: { optional?: boolean; description?: string } = {}): PropertyDecorator {
  const doc = { type: String, pattern: PERCENT.source, example: '5.00', description: options.description };
  return applyDecorators(
    options.optional ? ApiPropertyOptional(doc) : ApiProperty(doc),
    ...(options.optional ? [IsOptional()] : []),
    Matches(PERCENT, { message: 'must be a percentage between 0 and 100 with at most two decimals, e.g. "12.50"' }),
  );
}

/** A line as a client sends it; the server prices it from the catalogue. */
export class PricedLineInputDto {
  @UuidField({ description: 'An on-sale product of the catalogue' }) productId: string;
  @ApiProperty({ type: String, pattern: QUANTITY.source, example: '2', description: 'More than 0, at most three decimals' })
  @Matches(QUANTITY, { message: 'must be a positive quantity with at most three decimals, e.g. "2" or "1.5"' })
  quantity: string;
  @MoneyField({ optional: true, example: '12800.00', description: 'Default: the product’s list price' }) unitPrice?: string;
  @PercentField({ optional: true, description: 'Line discount in percent; default 0' }) discountPercent?: string;
}

/** A priced line as stored (quote_line, contract_line). */
export interface PricedLineFields {
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

/** A priced line as answered: the product as it was when priced, and the line's exact figures. */
export class PricedLineDto implements PricedLineFields {
  @ApiProperty() lineNo: number;
  @ApiProperty({ format: 'uuid' }) productId: string;
  @ApiProperty() productCode: string;
  @ApiProperty() productName: string;
  @ApiProperty() unit: string;
  @ApiProperty({ example: '2.000' }) quantity: string;
  @ApiProperty({ example: '12800.00' }) listPrice: string;
  @ApiProperty({ example: '12800.00' }) unitPrice: string;
  @ApiProperty({ example: '5.00' }) discountPercent: string;
  @ApiProperty({ example: '13.00' }) taxRate: string;
  @ApiProperty({ example: '24320.00', description: 'round2(quantity × unitPrice × (100 − discount) / 100)' }) amount: string;
  @ApiProperty({ description: 'round2(amount × (100 − header discount) / 100)' }) netAmount: string;
  @ApiProperty({ description: 'round2(netAmount × taxRate / 100)' }) taxAmount: string;
}

/** The stored lines as answered, in line order. */
export function toPricedLineDtos(lines: readonly PricedLineFields[]): PricedLineDto[] {
  return [...lines]
    .sort((a, b) => a.lineNo - b.lineNo)
    .map((l) => ({
      lineNo: l.lineNo,
      productId: l.productId,
      productCode: l.productCode,
      productName: l.productName,
      unit: l.unit,
      quantity: l.quantity,
      listPrice: l.listPrice,
      unitPrice: l.unitPrice,
      discountPercent: l.discountPercent,
      taxRate: l.taxRate,
      amount: l.amount,
      netAmount: l.netAmount,
      taxAmount: l.taxAmount,
    }));
}
