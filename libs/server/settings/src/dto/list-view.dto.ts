import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { TextField } from '@kehu/server-core';
import { IsObject, Matches, ValidateIf } from 'class-validator';
import type { ListView, ListViewFilterValue } from '../entities/list-view.entity';

/** How the SPA names a list: lower-case words joined by dots or dashes (`customers`, `churn-alerts`). */
export const LIST_KEY_PATTERN = /^[a-z][a-z0-9.-]{0,59}$/;

const QUERY_DOC: ApiPropertyOptions = {
  type: 'object',
  additionalProperties: {
    oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'array', items: { type: 'string' } }],
  },
  example: { status: 'INTENT', mine: true },
  description: "The list's filters as its query parameters: up to 30, each a string, number, boolean or list of strings",
};

export class ListViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'customers', description: 'The list the view belongs to' }) list: string;
  @ApiProperty({ example: '华东意向客户' }) name: string;
  @ApiProperty(QUERY_DOC) query: Record<string, ListViewFilterValue>;
  @ApiProperty({ example: 1 }) version: number;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class ListViewQueryDto {
  @ApiPropertyOptional({ example: 'customers', pattern: LIST_KEY_PATTERN.source, description: 'Only the views of this list' })
  @ValidateIf((_, v) => v !== undefined)
  @Matches(LIST_KEY_PATTERN, { message: 'must name a list, e.g. customers' })
  list?: string;
}

export class CreateListViewDto {
  @ApiProperty({ example: 'customers', pattern: LIST_KEY_PATTERN.source, description: 'The list the view belongs to' })
  @Matches(LIST_KEY_PATTERN, { message: 'must name a list, e.g. customers' })
  list: string;

  @TextField({ max: 50, example: '华东意向客户' }) name: string;

  @ApiProperty(QUERY_DOC)
  @IsObject()
  query: Record<string, unknown>;
}

export class UpdateListViewDto {
  @TextField({ max: 50, optional: true, example: '华东意向客户' }) name?: string;

  @ApiPropertyOptional(QUERY_DOC)
  @ValidateIf((_, v) => v !== undefined)
  @IsObject()
  query?: Record<string, unknown>;
}

export function toListViewDto(v: ListView): ListViewDto {
  return { id: v.id, list: v.listKey, name: v.name, query: v.query, version: v.version, updatedAt: v.updatedAt.toISOString() };
}
