import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto, ProblemDto, trimString } from '@kehu/server-core';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PoolReason } from './customer-status';
import { CustomerDto, DuplicateCandidateDto, HistoryEntryDto } from '../customers/customer.dto';

export class RequestIntentDto {
  @ApiProperty({ example: '客户已确认采购预算，约定下周报价', maxLength: 2000, description: 'Why the customer is now an intent customer (shown to the approving manager)' })
  @Transform(trimString)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;
}

export class RequestExtensionDto {
  @ApiProperty({ example: 10, minimum: 1, maximum: 365, description: 'Days to add to the protection; at most the `extensionMaxDays` rule' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  days: number;

  @ApiProperty({ example: '客户内部审批流程较长，需延长跟进', maxLength: 2000 })
  @Transform(trimString)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;
}

export class AbandonCustomerDto {
  @ApiProperty({ example: '客户暂无需求', maxLength: 2000 })
  @Transform(trimString)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;
}

export class PoolQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(50) industry?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(50) region?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(50) level?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(50) grade?: string;
  @ApiPropertyOptional({ enum: PoolReason, enumName: 'PoolReason' }) @IsOptional() @IsEnum(PoolReason) poolReason?: PoolReason;
}

export class PoolCustomerDto extends CustomerDto {
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) previousOwnerId: string | null;
  @ApiProperty({ nullable: true, type: String }) previousOwnerName: string | null;
  @ApiProperty({ description: 'Whole days since it entered the pool' }) daysInPool: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'When I may claim it, if I abandoned it recently (null: now)' })
  claimableAt: string | null;
}

export class PoolCustomerDetailDto extends PoolCustomerDto {
  @ApiProperty({ type: [HistoryEntryDto], description: 'Ownership history, newest first' }) history: HistoryEntryDto[];
}

export class ReviewQueueQueryDto extends PageQueryDto {}

export class ProtectionReviewItemDto {
  @ApiProperty({ format: 'uuid', description: 'Approve or reject with /approvals/{id}/approve|reject' }) approvalId: string;
  @ApiProperty() requesterName: string;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty({ type: CustomerDto }) customer: CustomerDto;
  @ApiProperty() contactCount: number;
  @ApiProperty({ type: [String], example: ['contact'], description: 'What the review checks and is missing: name, address, phone, contact' })
  missing: string[];
  @ApiProperty({ type: [DuplicateCandidateDto], description: 'Existing customers it may duplicate (撞单), best first' })
  duplicates: DuplicateCandidateDto[];
}

/** What a claimant may still take today (DOMAIN §3 limits), for the confirmation before a claim. */
export class ClaimQuotaDto {
  @ApiProperty({ example: 3, description: 'Customers I claimed today (business time zone)' }) claimsToday: number;
  @ApiProperty({ example: 20, description: 'The `maxDailyClaims` rule' }) maxDailyClaims: number;
  @ApiProperty({ example: 17, description: 'Claims left today: maxDailyClaims − claimsToday, at least 0' }) remainingClaims: number;
  @ApiProperty({ example: 42, description: 'Protected customers (POTENTIAL, INTENT) I own' }) ownedProtected: number;
  @ApiProperty({ example: 200, description: 'The `maxOwnedCustomers` rule' }) maxOwnedCustomers: number;
  @ApiProperty({ example: 158, description: 'Customers I may still take before reaching maxOwnedCustomers, at least 0' }) remainingOwned: number;
}

/** At most this many customers per batch claim: a page of the pool at its largest useful size. */
export const MAX_BATCH_CLAIM = 50;

export class BatchClaimDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: MAX_BATCH_CLAIM, description: 'Pool customers to claim, in this order' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH_CLAIM)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  ids: string[];
}

export class BatchClaimItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'Claimed: I own the customer now' }) claimed: boolean;
  @ApiPropertyOptional({ type: CustomerDto, description: 'The claimed customer' }) customer?: CustomerDto;
  @ApiPropertyOptional({ type: ProblemDto, description: 'Why this one was not claimed: the problem a single claim answers (409 `daily-claim-limit`, `owned-customer-limit`, `claim-cooldown`, `illegal-lifecycle-transition`; 404)' })
  problem?: ProblemDto;
}

export class BatchClaimResultDto {
  @ApiProperty({ type: [BatchClaimItemDto], description: 'One answer per requested id, in request order' }) items: BatchClaimItemDto[];
  @ApiProperty({ type: ClaimQuotaDto, description: 'The quota after the batch' }) quota: ClaimQuotaDto;
}
