import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';

export class FunnelQueryDto {
  @ApiPropertyOptional({ enum: ['me', 'department', 'all'], default: 'all', description: 'Mine; my department; everything my data scope shows' })
  @IsOptional()
  @IsIn(['me', 'department', 'all'])
  view?: 'me' | 'department' | 'all';

  @ApiPropertyOptional({ format: 'uuid', description: 'A chosen department and those under it (within my data scope)' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Expected close date from (inclusive)' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'must be a real calendar date' })
  closeFrom?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Expected close date to (inclusive)' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'must be a real calendar date' })
  closeTo?: string;
}

export class FunnelStageDto {
  @ApiProperty({ example: 'proposal' }) stage: string;
  @ApiProperty({ example: '方案/报价' }) label: string;
  @ApiProperty({ nullable: true, type: String }) labelEn: string | null;
  @ApiProperty({ description: 'Opportunities now in this stage' }) count: number;
  @ApiProperty({ example: '860000.00', description: 'Σ expected amount' }) amount: string;
  @ApiProperty({ example: '430000.00', description: 'round2(Σ expected amount × probability / 100)' }) weightedAmount: string;
  @ApiProperty({ description: 'Opportunities that ever entered this stage (stage history)' }) reached: number;
  @ApiProperty({ nullable: true, type: String, example: '42.50', description: 'Percent of those that reached this stage and reached the next (for the last open stage: won); null for won, lost or none reached' })
  conversionToNext: string | null;
}

export class ForecastMonthDto {
  @ApiProperty({ example: '2027-03' }) month: string;
  @ApiProperty() count: number;
  @ApiProperty({ example: '860000.00' }) amount: string;
  @ApiProperty({ example: '430000.00' }) weightedAmount: string;
}

export class FunnelDto {
  @ApiProperty({ type: [FunnelStageDto] }) stages: FunnelStageDto[];
  @ApiProperty() wonCount: number;
  @ApiProperty() lostCount: number;
  @ApiProperty({ nullable: true, type: String, example: '60.00', description: 'won / (won + lost) in percent; null when none closed' }) winRate: string | null;
  @ApiProperty({ nullable: true, type: Number, example: 23.5, description: 'Average days from entry to win, one decimal' }) averageCycleDays: number | null;
  @ApiProperty({ type: [ForecastMonthDto], description: 'Open opportunities by month of expected close date' }) forecast: ForecastMonthDto[];
}
