import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto, ProblemDto, trimString } from '@kehu/server-core';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, ValidateIf } from 'class-validator';
import type { PersonRef } from '@kehu/server-permissions';
import type { ApproverKind } from '../approval-chains';
import { ApprovalRequest, ApprovalStatus } from '../entities/approval-request.entity';
import { ApprovalStep, ApprovalStepStatus } from '../entities/approval-step.entity';


export class ApprovalStepDto {
  @ApiProperty({ example: 0 }) index: number;
  @ApiProperty({ enum: ['ROLE', 'DEPARTMENT_MANAGER'], enumName: 'ApproverKind' }) approverKind: ApproverKind;
  @ApiProperty({ nullable: true, type: String, example: 'finance' }) roleCode: string | null;
  @ApiProperty({ enum: ApprovalStepStatus, enumName: 'ApprovalStepStatus' }) status: ApprovalStepStatus;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) decidedBy: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedByName: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) decidedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) comment: string | null;
}

export class ApprovalDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'customer.extension' }) subjectType: string;
  @ApiProperty({ format: 'uuid' }) subjectId: string;
  @ApiProperty({ example: '靖江市春意空调有限公司' }) subjectTitle: string;
  @ApiProperty({ format: 'uuid' }) requesterId: string;
  @ApiProperty({ example: '张伟' }) requesterName: string;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Details the domain attached, e.g. `{ "days": 10 }`' })
  payload: Record<string, unknown>;
  @ApiProperty({ enum: ApprovalStatus, enumName: 'ApprovalStatus' }) status: ApprovalStatus;
  @ApiProperty({ description: 'Index of the step awaiting a decision (of the last decided step once closed)' }) currentStep: number;
  @ApiProperty({ type: [ApprovalStepDto] }) steps: ApprovalStepDto[];
  @ApiProperty({ description: 'Whether the caller may approve or reject the current step now' }) canDecide: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) decidedAt: string | null;
  @ApiProperty() version: number;
}

export class PendingCountDto {
  @ApiProperty({ example: 3 }) count: number;
}

const STATUS_FILTERS = ['pending', 'approved', 'rejected', 'cancelled'] as const;
export type ApprovalStatusFilter = (typeof STATUS_FILTERS)[number];

export class ApprovalQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: STATUS_FILTERS,
    description:
      'Without `mine`: `pending` is my inbox (requests whose current step I may decide); another status lists requests I decided with that outcome; omitted lists both. With `mine=true`: my own requests in that status.',
  })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.toLowerCase() : value))
  @IsIn(STATUS_FILTERS)
  status?: ApprovalStatusFilter;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: '`true`: requests I submitted' })
  @IsOptional()
  @IsIn(['true', 'false'])
  mine?: 'true' | 'false';

  @ApiPropertyOptional({ example: 'customer.extension' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z][a-z0-9.-]{1,99}$/, { message: 'must be a subject type such as customer.extension' })
  subjectType?: string;
}

export class ApproveDto {
  @ApiPropertyOptional({ example: '同意', maxLength: 2000, nullable: true, type: String })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @MaxLength(2000)
  comment?: string | null;

  @ApiPropertyOptional({ description: 'Index of the step being decided, as displayed; a stale index is a 409' })
  @ValidateIf((_, v) => v !== undefined)
  @IsInt()
  @Min(0)
  step?: number;
}

export class RejectDto {
  @ApiProperty({ example: '联系人信息不完整', description: 'Required: the reason the requester will see', maxLength: 2000 })
  @Transform(trimString)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  comment: string;

  @ApiPropertyOptional({ description: 'Index of the step being decided, as displayed; a stale index is a 409' })
  @ValidateIf((_, v) => v !== undefined)
  @IsInt()
  @Min(0)
  step?: number;
}

export const BATCH_DECISION_MAX = 100;

export class BatchDecisionDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: BATCH_DECISION_MAX, description: 'The requests to decide, each at its current step' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(BATCH_DECISION_MAX)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  ids: string[];

  @ApiProperty({ enum: ['approve', 'reject'] })
  @IsIn(['approve', 'reject'])
  decision: 'approve' | 'reject';

  @ApiPropertyOptional({ type: String, maxLength: 2000, example: '资料齐全，同意', description: 'One comment for every decision; required to reject (the reason each requester will see)' })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class BatchDecisionResultDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'Whether this decision was made' }) ok: boolean;
  @ApiProperty({ enum: ApprovalStatus, enumName: 'ApprovalStatus', nullable: true, description: 'The request status after the decision; null when it failed' })
  status: ApprovalStatus | null;
  @ApiProperty({ type: ProblemDto, nullable: true, description: 'Why this one failed: the problem deciding it alone would have answered (404, 403 `not-approver`, 409 …)' })
  problem: ProblemDto | null;
}

export class BatchDecisionAnswerDto {
  @ApiProperty({ type: [BatchDecisionResultDto], description: 'One answer per id, in the order sent' }) results: BatchDecisionResultDto[];
  @ApiProperty({ example: 3 }) decided: number;
  @ApiProperty({ example: 1 }) failed: number;
}

export function toApprovalDto(
  request: ApprovalRequest,
  steps: ApprovalStep[],
  people: Map<string, PersonRef>,
  canDecide: boolean,
): ApprovalDto {
  return {
    id: request.id,
    subjectType: request.subjectType,
    subjectId: request.subjectId,
    subjectTitle: request.subjectTitle,
    requesterId: request.requesterId,
    requesterName: people.get(request.requesterId)?.displayName ?? '',
    reason: request.reason,
    payload: request.payload ?? {},
    status: request.status,
    currentStep: request.currentStep,
    steps: [...steps]
      .sort((a, b) => a.index - b.index)
      .map((s) => ({
        index: s.index,
        approverKind: s.approverKind,
        roleCode: s.roleCode,
        status: s.status,
        decidedBy: s.decidedBy,
        decidedByName: s.decidedBy ? (people.get(s.decidedBy)?.displayName ?? null) : null,
        decidedAt: s.decidedAt?.toISOString() ?? null,
        comment: s.comment,
      })),
    canDecide,
    createdAt: request.createdAt.toISOString(),
    decidedAt: request.decidedAt?.toISOString() ?? null,
    version: request.version,
  };
}
