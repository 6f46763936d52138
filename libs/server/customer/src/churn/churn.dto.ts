import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto, trimString } from '@kehu/server-core';
import { Transform } from 'class-transformer';
import { IsEnum, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ChurnAlertStatus } from '../entities/churn-alert.entity';

export class ChurnAlertQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ChurnAlertStatus, enumName: 'ChurnAlertStatus', description: 'Without it: the active ones (OPEN, DEFERRED) unless `active=false`' })
  @IsOptional()
  @IsEnum(ChurnAlertStatus)
  status?: ChurnAlertStatus;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: '`false`: every alert, closed ones included' })
  @IsOptional()
  @IsIn(['true', 'false'])
  active?: 'true' | 'false';

  @ApiPropertyOptional({ enum: ['true', 'false'], description: '`true`: alerts of the customers I own now' })
  @IsOptional()
  @IsIn(['true', 'false'])
  mine?: 'true' | 'false';

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  customerId?: string;
}

export class DeferChurnDto {
  @ApiProperty({ example: '安排技术回访，赠送一次免费保养', maxLength: 2000, description: 'Retention measure 挽留措施; each call appends one' })
  @Transform(trimString)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  measure: string;
}

export class ConfirmChurnDto {
  @ApiProperty({ example: '客户已转向竞争对手', maxLength: 2000 })
  @Transform(trimString)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;
}

export class ChurnMeasureDto {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ nullable: true, type: String }) authorName: string | null;
  @ApiProperty() text: string;
}

export class ChurnAlertDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) customerId: string;
  @ApiProperty() customerName: string;
  @ApiProperty() customerCode: string;
  @ApiProperty({ example: 'FORMAL' }) customerStatus: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) ownerId: string | null;
  @ApiProperty({ nullable: true, type: String }) ownerName: string | null;
  @ApiProperty({ format: 'date-time' }) raisedAt: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) lastDealAt: string | null;
  @ApiProperty({ nullable: true, type: Number }) daysWithoutDeal: number | null;
  @ApiProperty({ enum: ChurnAlertStatus, enumName: 'ChurnAlertStatus' }) status: ChurnAlertStatus;
  @ApiProperty({ type: [ChurnMeasureDto] }) measures: ChurnMeasureDto[];
  @ApiProperty({ nullable: true, type: String }) lossReason: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) closedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) closedByName: string | null;
  @ApiProperty() version: number;
}
