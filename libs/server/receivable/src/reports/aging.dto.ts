import { ApiProperty } from '@nestjs/swagger';
import { EnumField } from '@kehu/server-core';

export const AGING_GROUPS = ['customer', 'owner', 'department'] as const;
export const AGING_FORMATS = ['json', 'csv'] as const;

export class AgingQueryDto {
  @EnumField(AGING_GROUPS, { optional: true, enumName: 'AgingGroup', description: 'Rows per customer (default), owner or department' }) groupBy?: (typeof AGING_GROUPS)[number];
  @EnumField(AGING_FORMATS, { optional: true, enumName: 'AgingFormat', description: 'csv: the report as a CSV file (as `Accept: text/csv` does); default json' })
  format?: (typeof AGING_FORMATS)[number];
}

export class AgingAmountsDto {
  @ApiProperty({ example: '1200.00', description: '1 to 30 days past due' }) days0to30: string;
  @ApiProperty({ example: '0.00', description: '31 to 60 days past due' }) days31to60: string;
  @ApiProperty({ example: '0.00', description: '61 to 90 days past due' }) days61to90: string;
  @ApiProperty({ example: '0.00', description: 'More than 90 days past due' }) over90: string;
  @ApiProperty({ example: '1200.00' }) total: string;
}

export class AgingRowDto extends AgingAmountsDto {
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The customer, owner or department (null: contracts without a department)' }) key: string | null;
  @ApiProperty({ nullable: true, type: String, example: '靖江市春意空调有限公司' }) name: string | null;
}

/** 账龄: outstanding amounts of overdue instalments in my data scope, by how long they are overdue. */
export class AgingReportDto {
  @ApiProperty({ format: 'date', description: 'Today in the business time zone: days past due are counted to it' }) asOf: string;
  @ApiProperty({ enum: AGING_GROUPS, enumName: 'AgingGroup' }) groupBy: string;
  @ApiProperty({ type: [AgingRowDto], description: 'Largest total first' }) rows: AgingRowDto[];
  @ApiProperty({ type: AgingAmountsDto }) totals: AgingAmountsDto;
}

/** The CSV's headers: the aging page's labels (docs/glossary.md, "Receivables"). */
export const AGING_CSV_GROUP_LABELS: Record<(typeof AGING_GROUPS)[number], string> = { customer: '客户', owner: '负责人', department: '部门' };
export const AGING_CSV_AMOUNT_LABELS: Array<[keyof AgingAmountsDto, string]> = [
  ['days0to30', '1–30 天'],
  ['days31to60', '31–60 天'],
  ['days61to90', '61–90 天'],
  ['over90', '90 天以上'],
  ['total', '合计'],
];
/** The first cell of the totals row. */
export const AGING_CSV_TOTALS_LABEL = '总计';
/** The first cell of a row without a name (contracts without a department). */
export const AGING_CSV_UNNAMED_LABEL = '（无）';
