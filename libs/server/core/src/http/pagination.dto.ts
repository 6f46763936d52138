import { applyDecorators, Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { Transform, Type as ToType } from 'class-transformer';
import { RequestValidationError, trimString } from './validation-error';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

/** `?page=&pageSize=&sort=&q=`, shared by every list endpoint. */
export class PageQueryDto {
  @ApiPropertyOptional({ type: Number, minimum: 1, default: 1 })
  @IsOptional()
  @ToType(() => Number)
  @IsInt()
  @Min(1)
  page = 1;

  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: 200, default: 20 })
  @IsOptional()
  @ToType(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize = 20;

  @ApiPropertyOptional({
    description: 'Comma-separated fields, `-` for descending, e.g. `-createdAt,name`',
    example: '-createdAt',
  })
  @IsOptional()
  @IsString()
  @Matches(/^-?[A-Za-z]+(,-?[A-Za-z]+)*$/, { message: 'must be a comma-separated list of fields, e.g. -createdAt,name' })
  sort?: string;

  @ApiPropertyOptional({ description: 'Free-text search' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Transform(trimString)
  q?: string;
}

export class PageDto<T> {
  items: T[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export function toPage<T>(items: T[], total: number, query: PageQueryDto): PageDto<T> {
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** Swagger for `{ items: Item[], total, page, pageSize }`. */
export function ApiPageResponse(item: Type<unknown>, description = 'One page of results') {
  return applyDecorators(
    ApiExtraModels(PageDto, item),
    ApiOkResponse({
      description,
      schema: {
        allOf: [
          { $ref: getSchemaPath(PageDto) },
          { properties: { items: { type: 'array', items: { $ref: getSchemaPath(item) } } }, required: ['items'] },
        ],
      },
    }),
  );
}

export interface SortSpec {
  column: string;
  direction: 'ASC' | 'DESC';
}

/**
 * Resolves `?sort=` against the columns a list allows, rejecting others with a field error,
 * and always ends with `id` so paging is stable.
 */
export function parseSort(sort: string | undefined, allowed: Record<string, string>, fallback: string, idColumn: string): SortSpec[] {
  const fields = (sort ?? fallback).split(',').filter(Boolean);
  const specs: SortSpec[] = [];
  for (const field of fields) {
    const desc = field.startsWith('-');
    const name = desc ? field.slice(1) : field;
    const column = allowed[name];
    if (!column) {
      throw new RequestValidationError([
        { field: 'sort', message: `cannot sort by "${name}"; allowed: ${Object.keys(allowed).join(', ')}`, code: 'sortField' },
      ]);
    }
    specs.push({ column, direction: desc ? 'DESC' : 'ASC' });
  }
  specs.push({ column: idColumn, direction: specs[0]?.direction ?? 'ASC' });
  return specs;
}

