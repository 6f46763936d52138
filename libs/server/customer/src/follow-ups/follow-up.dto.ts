import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto, trimString } from '@kehu/server-core';
import { Transform } from 'class-transformer';
import { IsDateString, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { FollowUp } from '../entities/follow-up.entity';
import { HistoryEntryDto } from '../customers/customer.dto';


export class CreateFollowUpDto {
  @ApiProperty({ example: 'visit', description: 'Dictionary follow-up-method' }) @IsString() @IsNotEmpty() @MaxLength(50) method: string;
  @ApiProperty({ format: 'date-time' }) @IsDateString() occurredAt: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: '客户公司会议室' }) @IsOptional() @Transform(trimString) @IsString() @MaxLength(200) place?: string | null;
  @ApiProperty({ example: '介绍新款压缩机方案' }) @Transform(trimString) @IsString() @IsNotEmpty() @MaxLength(500) summary: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(10000) details?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'B', description: 'Dictionary follow-up-result (A 商谈成功 … E 连续观察)' }) @IsOptional() @IsString() @MaxLength(20) result?: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) @IsOptional() @IsUUID() contactId?: string | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String, description: 'Becomes a reminder for the owner on that day. Required while the rule `followUpRequiresNextContact` is on (the default): 400 naming `nextContactAt` without it' })
  @IsOptional()
  @IsDateString()
  nextContactAt?: string | null;
}

export class FollowUpQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() customerId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Recorded by' }) @IsOptional() @IsUUID() ownerId?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsDateString() from?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsDateString() to?: string;
}

export class FollowUpDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) customerId: string;
  @ApiProperty({ nullable: true, type: String }) customerName: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) contactId: string | null;
  @ApiProperty({ nullable: true, type: String }) contactName: string | null;
  @ApiProperty() method: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ nullable: true, type: String }) place: string | null;
  @ApiProperty() summary: string;
  @ApiProperty({ nullable: true, type: String }) details: string | null;
  @ApiProperty({ nullable: true, type: String }) result: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) nextContactAt: string | null;
  @ApiProperty({ format: 'uuid' }) ownerId: string;
  @ApiProperty({ nullable: true, type: String }) ownerName: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export function toFollowUpDto(f: FollowUp, names: { customer?: string | null; contact?: string | null; owner?: string | null }): FollowUpDto {
  return {
    id: f.id,
    customerId: f.customerId,
    customerName: names.customer ?? null,
    contactId: f.contactId,
    contactName: names.contact ?? null,
    method: f.method,
    occurredAt: f.occurredAt.toISOString(),
    place: f.place,
    summary: f.summary,
    details: f.details,
    result: f.result,
    nextContactAt: f.nextContactAt?.toISOString() ?? null,
    ownerId: f.ownerId,
    ownerName: names.owner ?? null,
    createdAt: f.createdAt.toISOString(),
  };
}

export class TimelineEntryDto {
  @ApiProperty({ enum: ['follow-up', 'history'] }) kind: 'follow-up' | 'history';
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiPropertyOptional({ type: FollowUpDto }) followUp?: FollowUpDto;
  @ApiPropertyOptional({ type: HistoryEntryDto }) history?: HistoryEntryDto;
}
