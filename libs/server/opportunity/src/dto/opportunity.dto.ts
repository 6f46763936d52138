import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { DateField, IntField, MoneyField, PageQueryDto, TextField, UuidField } from '@kehu/server-core';
import { Type } from 'class-transformer';
import { IsEnum, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Opportunity, OpportunityStatus } from '../entities/opportunity.entity';

/** A company that is not a customer yet: checked against existing customers (a warning), made a customer when won. */
export class ProspectDto {
  @TextField({ max: 200, example: '泰州市冬暖制冷设备有限公司' }) company: string;
  @TextField({ max: 100, example: '周经理' }) contactName: string;
  @TextField({ max: 40, example: '0523-86660000' }) phone: string;
}

export class CreateOpportunityDto {
  @TextField({ max: 200, example: '冬暖制冷 2027 年压缩机集采' }) title: string;
  @UuidField({ optional: true, description: 'An existing customer in your scope; or give `prospect` instead' }) customerId?: string;
  @ApiPropertyOptional({ type: ProspectDto, description: 'A company not yet a customer (when there is no `customerId`)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProspectDto)
  prospect?: ProspectDto;
  @TextField({ max: 50, optional: true, nullable: true, example: 'exhibition', description: 'Dictionary opportunity-source' }) source?: string | null;
  @TextField({ max: 5000, optional: true, nullable: true }) summary?: string | null;
  @TextField({ max: 100, optional: true, nullable: true, example: '周经理' }) contactName?: string | null;
  @TextField({ max: 40, optional: true, nullable: true, example: '13900001111' }) contactPhone?: string | null;
  @MoneyField({ optional: true, example: '860000.00', description: 'Expected amount, not negative' }) expectedAmount?: string;
  @DateField({ optional: true, nullable: true }) expectedCloseDate?: string | null;
  @TextField({ max: 50, optional: true, example: 'lead', description: 'Dictionary opportunity-stage (open stages); default lead' }) stage?: string;
  @IntField({ min: 0, max: 100, optional: true, description: 'Success probability in percent; default: the stage’s' }) probability?: number;
  @UuidField({
    optional: true,
    nullable: true,
    description: 'Owner; omitted → me. null leaves it unassigned in the managers’ queue, another user assigns it (both need opportunity:assign)',
  })
  ownerId?: string | null;
}

export class UpdateOpportunityDto {
  @TextField({ max: 200, optional: true }) title?: string;
  @TextField({ max: 50, optional: true, nullable: true }) source?: string | null;
  @TextField({ max: 5000, optional: true, nullable: true }) summary?: string | null;
  @TextField({ max: 100, optional: true, nullable: true }) contactName?: string | null;
  @TextField({ max: 40, optional: true, nullable: true }) contactPhone?: string | null;
  @MoneyField({ optional: true }) expectedAmount?: string;
  @DateField({ optional: true, nullable: true }) expectedCloseDate?: string | null;
  @IntField({ min: 0, max: 100, optional: true }) probability?: number;
}

export class ChangeStageDto {
  @TextField({ max: 50, example: 'qualified' }) stage: string;
  @IntField({ min: 0, max: 100, optional: true, description: 'Default: the new stage’s probability' }) probability?: number;
  @TextField({ max: 500, optional: true, nullable: true }) note?: string | null;
}

export class AssignOpportunityDto {
  @UuidField({ description: 'A user of a department inside your data scope' }) ownerId: string;
}

/** What a prospect lacks to become a customer (the customer form's required fields). */
export class WinCustomerDto {
  @TextField({ max: 300, example: '江苏省泰州市海陵区工业园 8 号' }) address: string;
  @TextField({ max: 50, example: 'manufacturing', description: 'Dictionary industry' }) industry: string;
  @TextField({ max: 5000, optional: true }) description?: string;
}

export class WinOpportunityDto {
  @ApiPropertyOptional({ type: WinCustomerDto, description: 'Required when the opportunity is for a prospect: it becomes a customer' })
  @IsOptional()
  @ValidateNested()
  @Type(() => WinCustomerDto)
  customer?: WinCustomerDto;
  @MoneyField({ optional: true, description: 'The amount won; default the expected amount' }) amount?: string;
}

export class LoseOpportunityDto {
  @TextField({ max: 50, example: 'price', description: 'Dictionary loss-reason' }) reason: string;
  @TextField({ max: 2000, optional: true, nullable: true }) note?: string | null;
}

export class ReopenOpportunityDto {
  @TextField({ max: 50, example: 'negotiation', description: 'The open stage it returns to' }) stage: string;
  @TextField({ max: 500, example: '客户重新启动招标' }) reason: string;
}

export class StageProbabilityDto {
  @IntField({ min: 0, max: 100, example: 30 }) probability: number;
}

export class OpportunityQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: OpportunityStatus, enumName: 'OpportunityStatus' }) @IsOptional() @IsEnum(OpportunityStatus) status?: OpportunityStatus;
  @ApiPropertyOptional({ description: 'Stage code' }) @IsOptional() @IsString() @MaxLength(50) stage?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() ownerId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() customerId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() departmentId?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'], description: '`true`: only mine' }) @IsOptional() @IsIn(['true', 'false']) mine?: 'true' | 'false';
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/) @IsISO8601({ strict: true }) expectedCloseFrom?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/) @IsISO8601({ strict: true }) expectedCloseTo?: string;
}

/** The kanban's filters: the list's, without status and stage (its columns are the open stages) or paging. */
export class OpportunityKanbanQueryDto extends OmitType(OpportunityQueryDto, ['status', 'stage', 'page', 'pageSize', 'sort'] as const) {
  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: 50, default: 20, description: 'Cards per column (the most recently moved first). More: the list with `stage=`' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  perStage?: number;
}

export class DuplicateWarningDto {
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'Null when the customer is outside your scope' }) id: string | null;
  @ApiProperty() name: string;
  @ApiProperty() status: string;
  @ApiProperty({ nullable: true, type: String }) ownerName: string | null;
  @ApiProperty({ type: [String], example: ['name'] }) matchedOn: string[];
}

export class OpportunityDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) customerId: string | null;
  @ApiProperty({ nullable: true, type: String }) customerName: string | null;
  @ApiProperty({ nullable: true, type: String }) prospectCompany: string | null;
  @ApiProperty({ nullable: true, type: String }) prospectContact: string | null;
  @ApiProperty({ nullable: true, type: String }) prospectPhone: string | null;
  @ApiProperty({ nullable: true, type: String }) source: string | null;
  @ApiProperty({ nullable: true, type: String }) summary: string | null;
  @ApiProperty({ nullable: true, type: String }) contactName: string | null;
  @ApiProperty({ nullable: true, type: String }) contactPhone: string | null;
  @ApiProperty({ example: '860000.00' }) expectedAmount: string;
  @ApiProperty({ minimum: 0, maximum: 100 }) probability: number;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) expectedCloseDate: string | null;
  @ApiProperty({ example: 'lead' }) stage: string;
  @ApiProperty({ enum: OpportunityStatus, enumName: 'OpportunityStatus' }) status: OpportunityStatus;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) ownerId: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The owner’s display name' }) ownerName: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) departmentId: string | null;
  @ApiProperty({ format: 'date-time' }) stageChangedAt: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) closedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) lossReason: string | null;
  @ApiProperty({ nullable: true, type: String }) lossNote: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty() version: number;
}

export class CreatedOpportunityDto extends OpportunityDto {
  @ApiProperty({ type: [DuplicateWarningDto], description: 'Existing customers the prospect resembles (a warning; empty for a customer)' })
  duplicateWarnings: DuplicateWarningDto[];
}

export class StageChangeDto {
  @ApiProperty({ nullable: true, type: String }) fromStage: string | null;
  @ApiProperty() toStage: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) changedBy: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Who moved it, by display name' }) changedByName: string | null;
  @ApiProperty({ format: 'date-time' }) changedAt: string;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
}

export class KanbanColumnDto {
  @ApiProperty({ example: 'proposal' }) stage: string;
  @ApiProperty({ example: '方案/报价' }) label: string;
  @ApiProperty({ nullable: true, type: String }) labelEn: string | null;
  @ApiProperty({ example: 50 }) probability: number;
  @ApiProperty({ description: 'Open opportunities in this stage (all of them, not only the cards)' }) count: number;
  @ApiProperty({ example: '860000.00', description: 'Σ expected amount of those' }) amount: string;
  @ApiProperty({ type: [OpportunityDto], description: 'The first cards: most recently moved into the stage first' }) items: OpportunityDto[];
}

export class OpportunityKanbanDto {
  @ApiProperty({ type: [KanbanColumnDto], description: 'One column per open stage, in dictionary order' }) columns: KanbanColumnDto[];
}

export class StageDefinitionDto {
  @ApiProperty({ example: 'lead' }) code: string;
  @ApiProperty({ example: '线索' }) label: string;
  @ApiProperty({ nullable: true, type: String, example: 'Lead' }) labelEn: string | null;
  @ApiProperty({ example: 10 }) probability: number;
  @ApiProperty({ description: 'false for won and lost (reached through win and lose)' }) open: boolean;
}

export function toOpportunityDto(o: Opportunity, customerName: string | null, ownerName: string | null = null): OpportunityDto {
  return {
    id: o.id,
    title: o.title,
    customerId: o.customerId,
    customerName,
    prospectCompany: o.prospectCompany,
    prospectContact: o.prospectContact,
    prospectPhone: o.prospectPhone,
    source: o.source,
    summary: o.summary,
    contactName: o.contactName,
    contactPhone: o.contactPhone,
    expectedAmount: o.expectedAmount,
    probability: o.probability,
    expectedCloseDate: o.expectedCloseDate,
    stage: o.stage,
    status: o.status,
    ownerId: o.ownerId,
    ownerName,
    departmentId: o.departmentId,
    stageChangedAt: o.stageChangedAt.toISOString(),
    closedAt: o.closedAt ? o.closedAt.toISOString() : null,
    lossReason: o.lossReason,
    lossNote: o.lossNote,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
    version: o.version,
  };
}

