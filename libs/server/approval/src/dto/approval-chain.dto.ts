import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { trimString } from '@kehu/server-core';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import type { ApprovalChainStep, ApproverKind } from '../approval-chains';
import type { ApprovalChain } from '../entities/approval-chain.entity';


export class ApprovalChainStepDto {
  @ApiProperty({ enum: ['ROLE', 'DEPARTMENT_MANAGER'], enumName: 'ApproverKind', description: 'ROLE: any member of the role; DEPARTMENT_MANAGER: the manager of the requester\'s department (or the nearest ancestor\'s)' })
  @IsIn(['ROLE', 'DEPARTMENT_MANAGER'])
  kind: ApproverKind;

  @ApiPropertyOptional({ example: 'finance', nullable: true, type: String, description: 'Required for ROLE steps' })
  @ValidateIf((o: ApprovalChainStepDto) => o.kind === 'ROLE')
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  roleCode?: string | null;
}

export class ApprovalChainDto {
  @ApiProperty({ example: 'contract' }) subjectType: string;
  @ApiProperty({ example: '合同审批' }) name: string;
  @ApiProperty({ type: [ApprovalChainStepDto] }) steps: ApprovalChainStepDto[];
  @ApiProperty({ description: 'Whether a module handles this kind of request in this installation' }) handled: boolean;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty() version: number;
}

export class UpdateApprovalChainDto {
  @ApiPropertyOptional({ example: '合同审批' })
  @ValidateIf((_, v) => v !== undefined)
  @Transform(trimString)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name?: string;

  @ApiProperty({ type: [ApprovalChainStepDto], description: 'In order; 1–10 steps. Requests already submitted keep their steps.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ApprovalChainStepDto)
  steps: ApprovalChainStepDto[];

  @ApiPropertyOptional({ description: 'Alternative to If-Match' })
  @IsOptional()
  @IsInt()
  version?: number;
}

export const SUBJECT_TYPE_PATTERN = /^[a-z][a-z0-9.-]{1,99}$/;

export function toChainSteps(steps: ApprovalChainStepDto[]): ApprovalChainStep[] {
  return steps.map((s) => (s.kind === 'ROLE' ? { kind: 'ROLE', roleCode: s.roleCode as string } : { kind: 'DEPARTMENT_MANAGER' }));
}

export function toApprovalChainDto(chain: ApprovalChain, handled: boolean): ApprovalChainDto {
  return {
    subjectType: chain.subjectType,
    name: chain.name,
    steps: chain.steps.map((s) => (s.kind === 'ROLE' ? { kind: 'ROLE', roleCode: s.roleCode } : { kind: 'DEPARTMENT_MANAGER', roleCode: null })),
    handled,
    updatedAt: chain.updatedAt.toISOString(),
    version: chain.version,
  };
}
