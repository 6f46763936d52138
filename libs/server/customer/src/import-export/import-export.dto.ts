import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { CustomerQueryDto } from '../customers/customer.dto';

const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export type ImportMode = 'create' | 'upsert';
export type ImportOutcome = 'created' | 'updated' | 'duplicate' | 'rejected';
export type FileFormat = 'csv' | 'xlsx';

export class ImportQueryDto {
  @ApiPropertyOptional({ type: Boolean, default: false, description: 'Check every row and report, writing nothing' })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  dryRun?: boolean;

  @ApiPropertyOptional({
    enum: ['create', 'upsert'],
    default: 'create',
    description:
      '`create` skips rows matching an existing customer as duplicates; `upsert` updates the customer matched by externalId, else by normalised name, when I may see it',
  })
  @IsOptional()
  @IsIn(['create', 'upsert'])
  mode?: ImportMode;
}

export class ImportFileDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'CSV (UTF-8 with or without BOM, or GBK) or XLSX, at most 50 MB; headers in Chinese (template) or as field names',
  })
  file: unknown;
}

export class ImportTotalsDto {
  @ApiProperty() created: number;
  @ApiProperty() updated: number;
  @ApiProperty() duplicate: number;
  @ApiProperty() rejected: number;
}

export class ImportRowDto {
  @ApiProperty({ description: 'Line in the sheet (the header is line 1)', example: 2 }) row: number;
  @ApiProperty({ enum: ['created', 'updated', 'duplicate', 'rejected'] }) outcome: ImportOutcome;
  @ApiPropertyOptional({ format: 'uuid', description: 'The created or updated customer, or the visible existing one a duplicate matches' })
  customerId?: string;
  @ApiPropertyOptional({ example: 'KH202611230001' }) code?: string;
  @ApiPropertyOptional({ example: 'industry', description: 'The offending column (DTO field name)' }) field?: string;
  @ApiPropertyOptional({ example: '"石油" is not an item of the industry dictionary' }) reason?: string;
}

export class ImportReportDto {
  @ApiProperty() dryRun: boolean;
  @ApiProperty({ enum: ['create', 'upsert'] }) mode: ImportMode;
  @ApiProperty({ type: ImportTotalsDto }) totals: ImportTotalsDto;
  @ApiProperty({ type: [ImportRowDto] }) rows: ImportRowDto[];
}

export class FormatQueryDto {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], default: 'csv' })
  @IsOptional()
  @IsIn(['csv', 'xlsx'])
  format?: FileFormat;
}

export class ExportQueryDto extends OmitType(CustomerQueryDto, ['page', 'pageSize', 'sort'] as const) {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], default: 'csv' })
  @IsOptional()
  @IsIn(['csv', 'xlsx'])
  format?: FileFormat;
}
