import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../http/pagination.dto';
import type { AuditLog } from './audit-log.entity';

export class AuditLogQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only actions by this user' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ example: 'User', description: 'Entity type, e.g. User, Role, Customer' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityType?: string;

  @ApiPropertyOptional({ description: 'Only this record' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string;

  @ApiPropertyOptional({ example: 'UPDATE' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  action?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'From this time (inclusive)' })
  @IsOptional()
  @IsDateString()
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Before this time (exclusive)' })
  @IsOptional()
  @IsDateString()
  to?: string;
}

export class AuditLogDto {
  @ApiProperty() id: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ nullable: true, type: String }) actorId: string | null;
  @ApiProperty({ nullable: true, type: String }) actorName: string | null;
  @ApiProperty({ example: 'UPDATE' }) action: string;
  @ApiProperty({ example: 'User' }) entityType: string;
  @ApiProperty({ nullable: true, type: String }) entityId: string | null;
  @ApiProperty({ nullable: true, type: String, example: '靖江市春意空调有限公司', description: 'The record’s name (customer, user, role…), when its module names it' })
  entityName: string | null;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true }) before: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true }) after: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: String }) requestId: string | null;
  @ApiProperty({ nullable: true, type: String }) ip: string | null;
}

export function toAuditLogDto(row: AuditLog, entityName: string | null = null): AuditLogDto {
  return { ...row, at: row.at.toISOString(), entityName };
}
