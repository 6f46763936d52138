import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DateField, MoneyField, PageQueryDto, TextField, UuidField } from '@kehu/server-core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import { Quote, QuoteApprovalState } from '../entities/quote.entity';
import { QuoteLine } from '../entities/quote-line.entity';
import { QuoteStatus } from '../quote-rules';

/** The most lines one quote may have (issue 20 "Bad input"). */
export const MAX_QUOTE_LINES = 200;

const PERCENT = /^\d{1,3}(\.\d{1,2})?$/;
const QUANTITY = /^\d{1,12}(\.\d{1,3})?$/;

/** A percentage 0–100 with at most two decimals, as a string ("99.99"); the upper bound is checked by the service. */
function PercentField(options: { optional?: boolean; description?: string } = {}): PropertyDecorator {
  const doc = { type: String, pattern: PERCENT.source, example: '5.00', description: options.description };
  return applyDecorators(
    options.optional ? ApiPropertyOptional(doc) : ApiProperty(doc),
    ...(options.optional ? [IsOptional()] : []),
    Matches(PERCENT, { message: 'must be a percentage between 0 and 100 with at most two decimals, e.g. "12.50"' }),
  );
}

export class QuoteLineInputDto {
  @UuidField({ description: 'An on-sale product' }) productId: string;
  @ApiProperty({ type: String, pattern: QUANTITY.source, example: '2', description: 'More than 0, at most three decimals' })
  @Matches(QUANTITY, { message: 'must be a positive quantity with at most three decimals, e.g. "2" or "1.5"' })
  quantity: string;
  @MoneyField({ optional: true, description: 'Default: the product’s list price' }) unitPrice?: string;
  @PercentField({ optional: true, description: 'Line discount in percent; default 0' }) discountPercent?: string;
}

/** A whole quote as the editor sends it: saved whole or not at all. */
export class SaveQuoteDto {
  @DateField({ description: 'Valid until (inclusive); not before today' }) validUntil: string;
  @PercentField({ optional: true, description: 'Discount on the whole quote in percent; default 0' }) headerDiscountPercent?: string;
  @TextField({ max: 2000, optional: true, nullable: true }) note?: string | null;
  @ApiProperty({ type: [QuoteLineInputDto], minItems: 1, maxItems: MAX_QUOTE_LINES })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_QUOTE_LINES)
  @ValidateNested({ each: true })
  @Type(() => QuoteLineInputDto)
  lines: QuoteLineInputDto[];
}

export class QuoteQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() opportunityId?: string;
  @ApiPropertyOptional({ enum: QuoteStatus, enumName: 'QuoteStatus' }) @IsOptional() @IsEnum(QuoteStatus) status?: QuoteStatus;
}

export class QuoteLineDto {
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

export class QuoteDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'BJ20261123-0001' }) number: string;
  @ApiProperty({ description: 'Version under this number; a revision of a sent quote is the next one' }) revision: number;
  @ApiProperty({ format: 'uuid' }) opportunityId: string;
  @ApiProperty({ enum: QuoteStatus, enumName: 'QuoteStatus' }) status: QuoteStatus;
  @ApiProperty({ format: 'date' }) validUntil: string;
  @ApiProperty({ example: '0.00' }) headerDiscountPercent: string;
  @ApiProperty({ description: 'Σ line amount' }) subtotal: string;
  @ApiProperty({ description: 'Σ (line amount − line net)' }) discountTotal: string;
  @ApiProperty({ description: 'Σ line net' }) netTotal: string;
  @ApiProperty({ description: 'Σ line tax' }) taxTotal: string;
  @ApiProperty({ description: 'netTotal + taxTotal' }) total: string;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ nullable: true, enum: QuoteApprovalState, enumName: 'QuoteApprovalState', description: 'The discount approval, when the quote needs one' })
  approvalState: QuoteApprovalState | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) sentAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The newer revision that replaced this one' }) supersededById: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The signed contract made from this quote' }) contractId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'When that contract was signed' }) contractedAt: string | null;
  @ApiProperty({ type: [QuoteLineDto] }) lines: QuoteLineDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() version: number;
}

export function toQuoteDto(q: Quote, lines: QuoteLine[]): QuoteDto {
  return {
    id: q.id,
    number: q.number,
    revision: q.revision,
    opportunityId: q.opportunityId,
    status: q.status,
    validUntil: q.validUntil,
    headerDiscountPercent: q.headerDiscountPercent,
    subtotal: q.subtotal,
    discountTotal: q.discountTotal,
    netTotal: q.netTotal,
    taxTotal: q.taxTotal,
    total: q.total,
    note: q.note,
    approvalState: q.approvalState,
    sentAt: q.sentAt ? q.sentAt.toISOString() : null,
    supersededById: q.supersededById,
    contractId: q.contractId ?? null,
    contractedAt: q.contractedAt ? q.contractedAt.toISOString() : null,
    lines: lines
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
      })),
    createdAt: q.createdAt.toISOString(),
    version: q.version,
  };
}
