import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { trimString } from '@kehu/server-core';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import type { Holiday } from '../entities/holiday.entity';

export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class HolidayDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '2026-10-01', format: 'date' }) date: string;
  @ApiProperty({ example: '国庆节' }) name: string;
  @ApiProperty({ description: 'true: a weekend day worked instead (调休 make-up day); false: a day off' }) isWorkday: boolean;
}

export class HolidayQueryDto {
  @ApiPropertyOptional({ example: 2026, description: 'Only this calendar year' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1970)
  @Max(2200)
  year?: number;
}

export class CreateHolidayDto {
  @ApiProperty({ example: '2026-10-01', format: 'date' })
  @IsString()
  @Matches(DATE_PATTERN, { message: 'must be a date YYYY-MM-DD' })
  date: string;

  @ApiProperty({ example: '国庆节' })
  @Transform(trimString)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({ default: false, description: 'true for a 调休 make-up working day' })
  @ValidateIf((_, v) => v !== undefined)
  @IsBoolean()
  isWorkday?: boolean;
}

export function toHolidayDto(h: Holiday): HolidayDto {
  return { id: h.id, date: h.date, name: h.name, isWorkday: h.isWorkday };
}
