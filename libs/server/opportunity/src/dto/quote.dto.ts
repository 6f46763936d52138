import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DateField, PageQueryDto, TextField } from '@kehu/server-core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { Quote, QuoteApprovalState } from '../entities/quote.entity';
import { QuoteLine } from '../entities/quote-line.entity';
import { QuoteStatus } from '../quote-rules';
import { PercentField, PricedLineDto, PricedLineInputDto, toPricedLineDtos } from './priced-line.dto';

/** The most lines one quote may have (issue 20 "Bad input"). */
export const MAX_QUOTE_LINES = 200;

/** A quote line as the editor sends it (the fields are every priced line's). */
export class QuoteLineInputDto extends PricedLineInputDto {}

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

/** A priced line of a quote. */
export class QuoteLineDto extends PricedLineDto {}

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
    lines: toPricedLineDtos(lines),
    createdAt: q.createdAt.toISOString(),
    version: q.version,
  };
}
