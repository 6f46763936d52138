import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The longest range one report covers: three years of months. */
export const MAX_REPORT_MONTHS = 36;

export class PlanVsActualQueryDto {
  @ApiProperty({ required: false, pattern: MONTH.source, example: '2026-01', description: 'First month (YYYY-MM); default: 11 months before `to`' })
  @IsOptional()
  @Matches(MONTH, { message: 'must be a month as YYYY-MM, e.g. 2026-01' })
  from?: string;

  @ApiProperty({ required: false, pattern: MONTH.source, example: '2026-12', description: 'Last month (YYYY-MM); default: this month in the business time zone' })
  @IsOptional()
  @Matches(MONTH, { message: 'must be a month as YYYY-MM, e.g. 2026-12' })
  to?: string;
}

export class PlanVsActualRowDto {
  @ApiProperty({ example: '2026-12' }) month: string;
  @ApiProperty({ example: '86784.00', description: 'Instalments due in the month' }) planned: string;
  @ApiProperty({ example: '30000.00', description: 'Confirmed payments paid in the month, net of reversals made in it' }) collected: string;
}

export class PlanVsActualTotalsDto {
  @ApiProperty({ example: '86784.00' }) planned: string;
  @ApiProperty({ example: '30000.00' }) collected: string;
}

/** Collected vs planned per month (回款计划与实际), over the contracts in my data scope. */
export class PlanVsActualReportDto {
  @ApiProperty({ example: '2026-01' }) from: string;
  @ApiProperty({ example: '2026-12' }) to: string;
  @ApiProperty({ type: [PlanVsActualRowDto], description: 'Every month of the range, oldest first, months without figures at 0.00' }) rows: PlanVsActualRowDto[];
  @ApiProperty({ type: PlanVsActualTotalsDto }) totals: PlanVsActualTotalsDto;
}
