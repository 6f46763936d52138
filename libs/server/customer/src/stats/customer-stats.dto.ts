import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Stage } from '../lifecycle/customer-lifecycle';

export const STATS_MAX_WEEKS = 26;

export class CustomerStatsQueryDto {
  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: STATS_MAX_WEEKS, default: 8, description: 'How many weeks, this one included' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(STATS_MAX_WEEKS)
  weeks = 8;

  @ApiPropertyOptional({ type: Boolean, description: 'Only my own customers (and follow-ups on them)' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  mine?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the customers of this owner' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;
}

export class WeeklyCountDto {
  @ApiProperty({ example: '2026-11-30', description: 'Monday of the week, in the business time zone' }) weekStart: string;
  @ApiProperty({ example: 4, description: 'Customers entered that week' }) newCustomers: number;
  @ApiProperty({ example: 11, description: 'Follow-ups that took place that week' }) followUps: number;
}

export class StageCountDto {
  @ApiProperty({ enum: Stage, enumName: 'CustomerStage' }) stage: Stage;
  @ApiProperty({ example: 12, description: 'Equals the total of the customer list filtered by this stage' }) count: number;
}

export class CustomerStatsDto {
  @ApiProperty({ type: [WeeklyCountDto], description: 'Oldest week first, every week present (zeros included)' }) weeks: WeeklyCountDto[];
  @ApiProperty({ type: [StageCountDto], description: 'Every lifecycle stage, in lifecycle order' }) stages: StageCountDto[];
}
