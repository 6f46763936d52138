import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EnumField, PageQueryDto } from '@kehu/server-core';
import { IsOptional, Matches } from 'class-validator';
import { ContractNumberStatus } from './contract-number-rules';
import type { ContractNumberRow } from './contract-number.repository';

export class ContractNumberDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'HT202612-0007' }) number: string;
  @ApiProperty({ example: '202612', description: 'The month (yyyyMM, business time zone) whose sequence the number belongs to' }) period: string;
  @ApiProperty({ type: 'integer', example: 7, description: 'Its place in the month’s sequence' }) seq: number;
  @ApiProperty({ enum: ContractNumberStatus, enumName: 'ContractNumberStatus' }) status: ContractNumberStatus;
  @ApiProperty({ format: 'uuid', description: 'Who reserved or used it' }) ownerId: string;
  @ApiProperty({ nullable: true, type: String, example: '张伟' }) ownerName: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) departmentId: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) reservedAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'When an unused reservation lapses and the number is voided' }) expiresAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) usedAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) voidedAt: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'EXPIRED', description: 'Why the number is void: EXPIRED (reservation unused)' }) voidReason: string | null;
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function toContractNumberDto(row: ContractNumberRow): ContractNumberDto {
  return {
    id: row.id,
    number: row.number,
    period: row.period,
    seq: Number(row.seq),
    status: row.status,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    departmentId: row.department_id,
    reservedAt: iso(row.reserved_at),
    expiresAt: iso(row.expires_at),
    usedAt: iso(row.used_at),
    voidedAt: iso(row.voided_at),
    voidReason: row.void_reason,
  };
}

export class ContractNumberQueryDto extends PageQueryDto {
  @EnumField(ContractNumberStatus, { optional: true, enumName: 'ContractNumberStatus' }) status?: ContractNumberStatus;
}

export class ContractNumberVoidQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '202612', description: 'Only this month (yyyyMM)' })
  @IsOptional()
  @Matches(/^\d{4}(0[1-9]|1[0-2])$/, { message: 'must be a month as yyyyMM, e.g. 202612' })
  period?: string;
}
