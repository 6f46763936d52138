import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { trimString } from '@kehu/server-core';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import type { DictionaryItem } from '../entities/dictionary-item.entity';
import type { DictionaryType } from '../entities/dictionary-type.entity';


export class DictionaryItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'web_form', description: 'Stored on records that use the item' }) code: string;
  @ApiProperty({ example: '网站表单' }) label: string;
  @ApiProperty({ example: 'Web form', nullable: true, type: String }) labelEn: string | null;
  @ApiProperty({ example: 10 }) sortOrder: number;
  @ApiProperty() enabled: boolean;
  @ApiProperty({ description: 'Shipped with Kehu: may be disabled, never deleted' }) builtIn: boolean;
  @ApiProperty({ description: 'For If-Match' }) version: number;
}

export class DictionaryDto {
  @ApiProperty({ example: 'customer-source' }) code: string;
  @ApiProperty({ example: '客户来源' }) name: string;
  @ApiProperty({ example: 'Customer source' }) nameEn: string;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ type: [DictionaryItemDto] }) items: DictionaryItemDto[];
}

export class DictionaryQueryDto {
  @ApiPropertyOptional({ description: '`true` lists only enabled items (what forms offer)', enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'])
  enabledOnly?: 'true' | 'false';
}

export class CreateDictionaryItemDto {
  @ApiProperty({ example: 'trade_fair', description: '1–50 letters, digits, `_`, `.` or `-`, starting with a letter or digit' })
  @Transform(trimString)
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,49}$/, { message: 'must be 1–50 letters, digits, _, . or -, starting with a letter or digit' })
  code: string;

  @ApiProperty({ example: '行业展会' })
  @Transform(trimString)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  label: string;

  @ApiPropertyOptional({ example: 'Trade fair', nullable: true, type: String })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @MaxLength(100)
  labelEn?: string | null;

  @ApiPropertyOptional({ description: 'Position in the list; defaults to after the last item' })
  @ValidateIf((_, v) => v !== undefined)
  @IsInt()
  @Min(0)
  @Max(100000)
  sortOrder?: number;

  @ApiPropertyOptional({ default: true })
  @ValidateIf((_, v) => v !== undefined)
  @IsBoolean()
  enabled?: boolean;
}

export class UpdateDictionaryItemDto {
  @ApiPropertyOptional({ example: '行业展会' })
  @ValidateIf((_, v) => v !== undefined)
  @Transform(trimString)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  label?: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @MaxLength(100)
  labelEn?: string | null;

  @ApiPropertyOptional()
  @ValidateIf((_, v) => v !== undefined)
  @IsInt()
  @Min(0)
  @Max(100000)
  sortOrder?: number;

  @ApiPropertyOptional({ description: 'Disabled items are no longer offered or accepted on new input' })
  @ValidateIf((_, v) => v !== undefined)
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional({ description: 'Alternative to If-Match' })
  @ValidateIf((_, v) => v !== undefined)
  @IsInt()
  version?: number;
}

export function toDictionaryItemDto(item: DictionaryItem): DictionaryItemDto {
  return {
    id: item.id,
    code: item.code,
    label: item.label,
    labelEn: item.labelEn,
    sortOrder: item.sortOrder,
    enabled: item.enabled,
    builtIn: item.builtIn,
    version: item.version,
  };
}

export function toDictionaryDto(type: DictionaryType, items: DictionaryItem[]): DictionaryDto {
  return {
    code: type.code,
    name: type.name,
    nameEn: type.nameEn,
    description: type.description,
    items: items.map(toDictionaryItemDto),
  };
}
