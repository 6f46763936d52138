import { ApiProperty } from '@nestjs/swagger';
import { DateField, TextField, UuidField } from '@kehu/server-core';
import { PlanItem } from '../entities/plan-item.entity';

export class CreatePlanItemDto {
  @TextField({ max: 500, example: '上门演示变频机组，约技术部王工' }) title: string;
  @DateField({ example: '2026-12-01' }) plannedOn: string;
  @UuidField({ optional: true, description: 'Who carries it out; default the opportunity’s owner' }) executorId?: string;
}

export class UpdatePlanItemDto {
  @TextField({ max: 500, optional: true }) title?: string;
  @DateField({ optional: true }) plannedOn?: string;
  @UuidField({ optional: true }) executorId?: string;
}

export class ExecutePlanItemDto {
  @TextField({ max: 2000, example: '演示顺利，客户要求报价' }) result: string;
  @DateField({ optional: true, description: 'Default: today (business time zone)' }) executedOn?: string;
}

export class PlanItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) opportunityId: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date' }) plannedOn: string;
  @ApiProperty({ format: 'uuid' }) executorId: string;
  @ApiProperty({ nullable: true, type: String, description: 'The executor’s display name' }) executorName: string | null;
  @ApiProperty({ nullable: true, type: String }) result: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) executedOn: string | null;
  @ApiProperty({ description: 'Planned before today and not executed' }) overdue: boolean;
  @ApiProperty() version: number;
}

export function toPlanItemDto(p: PlanItem, today: string, executorName: string | null = null): PlanItemDto {
  return {
    id: p.id,
    opportunityId: p.opportunityId,
    title: p.title,
    plannedOn: p.plannedOn,
    executorId: p.executorId,
    executorName,
    result: p.result,
    executedOn: p.executedOn,
    overdue: p.result === null && p.plannedOn < today,
    version: p.version,
  };
}
