import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { trimString } from '@kehu/server-core';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** A percentage of list price with at most two decimals, 0–100 (the column is numeric(5,2)). */
const PERCENT = /^(?:100(?:\.0{1,2})?|\d{1,2}(?:\.\d{1,2})?)$/;

/**
 * A discount or settlement-term change 折扣/结算变更 (DOMAIN §1, §6; seed 000 A2.2): applied only once
 * the chain `customer.terms-change` (manager, then finance) approves it. Give the field(s) to change;
 * `null` clears one.
 */
export class RequestTermsChangeDto {
  @ApiPropertyOptional({ nullable: true, type: String, example: '92.50', pattern: PERCENT.source, description: 'New agreed discount, percent of list price (0–100, two decimals); null clears it' })
  @IsOptional()
  @Matches(PERCENT, { message: 'must be a percentage from 0 to 100 with at most two decimals, e.g. "92.50"' })
  discountPercent?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: '月结 60 天', maxLength: 500, description: 'New settlement terms; null clears them' })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  settlementTerms?: string | null;

  @ApiProperty({ example: '年采购量增加，申请调整折扣及账期', maxLength: 2000, description: 'Why (shown to the approvers)' })
  @Transform(trimString)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;
}
