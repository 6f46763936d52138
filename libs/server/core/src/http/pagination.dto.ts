import { applyDecorators, Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { Transform, Type as ToType } from 'class-transformer';
import { RequestValidationError, trimString } from './validation-error';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * The last page a list serves. Offsets beyond it only make the database skip rows (and 1e18 overflowed
 * its bigint): deeper reading narrows the filters, and sync uses `updatedSince`.
 */
export const MAX_PAGE = 100_000;

/** `?page=&pageSize=&sort=&q=`, shared by every list endpoint. */
export class PageQueryDto {
  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: MAX_PAGE, default: 1 })
  @IsOptional()
  @ToType(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
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
  @ApiProperty({ description: 'Matching rows; when `totalCapped` is true, a lower bound (counting stopped there)' }) total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiPropertyOptional({
    description: 'Present on lists that stop counting at a cap (e.g. customers, 1,000): true when more rows than `total` match. Pages up to `total` can be fetched; narrow the filters to count exactly.',
  })
  totalCapped?: boolean;
}

export function toPage<T>(items: T[], total: number, query: PageQueryDto, capped?: { cap: number }): PageDto<T> {
  if (!capped) return { items, total, page: query.page, pageSize: query.pageSize };
  return { items, total: Math.min(total, capped.cap), page: query.page, pageSize: query.pageSize, totalCapped: total > capped.cap };
}

/**
 * `count(*)` of a query's rows, stopping after `cap + 1`: an exact count of a large unfiltered list is
 * a full scan, but a page only needs to know whether there are more than the pager shows. Give the
 * answer to toPage(…, { cap }). Ordering, offset and limit of `qb` are ignored.
 */
export async function countUpTo<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, cap: number): Promise<number> {
  const [sql, params] = qb
    .clone()
    .select('1', 'one')
    .orderBy()
    .offset(undefined)
    .skip(undefined)
    .take(undefined)
    .limit(cap + 1)
    .getQueryAndParameters();
  const rows: Array<{ n: number }> = await qb.connection.query(`SELECT count(*)::int AS n FROM (${sql}) capped`, params);
  return rows[0].n;
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
  /** Where nulls go: last, unless the column is never null and its index wants them first (IndexedSortColumn). */
  nulls: 'NULLS FIRST' | 'NULLS LAST';
}

/**
 * A sortable column that is never null, with the order its index is built in (the list's id
 * tie-breaker in the same order after it). Nulls then go where that index has them in either
 * direction, so ascending and descending both walk the index (forwards or backwards): with
 * `NULLS LAST` both ways, one of the two directions sorted the whole table (0.4–0.7 s at 1M customers).
 */
export interface IndexedSortColumn {
  column: string;
  /**
   * The key as the index declares it. A bare `DESC` is PostgreSQL's `DESC NULLS FIRST` (the default
   * of `CREATE INDEX … (created_at DESC)`): declared as `DESC NULLS LAST`, such a list asked for
   * `NULLS LAST` and sorted every row instead of reading 20 (146 ms at 1M contracts for 0.1).
   */
  indexOrder: 'ASC' | 'DESC' | 'ASC NULLS LAST' | 'DESC NULLS LAST';
  /**
   * The index's further keys (never null) before the id, when its first key has many equal values:
   * sorted by this column alone, ties are broken along them, read the way the index is (for an index
   * on `status, created_at DESC, id DESC`: ascending status newest first, descending status oldest
   * first). Ties broken by the id alone sorted every row of the list (0.4–3.3 s at 1M customers).
   */
  thenBy?: Array<Omit<IndexedSortColumn, 'thenBy'>>;
}

function nullsFor(column: string | IndexedSortColumn, direction: SortSpec['direction']): SortSpec['nulls'] {
  if (typeof column === 'string') return 'NULLS LAST';
  const [indexDirection, , indexNulls] = column.indexOrder.split(' ');
  // PostgreSQL's default: nulls first in a descending index, last in an ascending one.
  const indexNullsFirst = indexNulls ? indexNulls === 'FIRST' : indexDirection === 'DESC';
  // Read forwards the index gives its own nulls order; read backwards, the opposite.
  const forwards = indexDirection === direction;
  return indexNullsFirst === forwards ? 'NULLS FIRST' : 'NULLS LAST';
}

/**
 * Resolves `?sort=` against the columns a list allows, rejecting others with a field error,
 * and always ends with `id` so paging is stable. Only the map's own keys are fields: looked up in a
 * Map, `constructor` or `toString` are unknown fields, not Object.prototype's members.
 */
export function parseSort(sort: string | undefined, allowed: Record<string, string | IndexedSortColumn>, fallback: string, idColumn: string): SortSpec[] {
  const columns = new Map(Object.entries(allowed));
  const fields = (sort ?? fallback).split(',').filter(Boolean);
  const specs: SortSpec[] = [];
  // The id is the index's last key: in the order of the first sort key, or of the index key before it.
  let idOrder: SortSpec | undefined;
  for (const field of fields) {
    const desc = field.startsWith('-');
    const name = desc ? field.slice(1) : field;
    const column = columns.get(name);
    if (!column) {
      throw new RequestValidationError([
        { field: 'sort', message: `cannot sort by "${name}"; allowed: ${[...columns.keys()].join(', ')}`, code: 'sortField' },
      ]);
    }
    const direction = desc ? 'DESC' : 'ASC';
    specs.push({ column: typeof column === 'string' ? column : column.column, direction, nulls: nullsFor(column, direction) });
    idOrder ??= specs[0];
    if (typeof column !== 'string' && column.thenBy && fields.length === 1) {
      // Forwards along the index when the direction is the column's own, backwards otherwise.
      const forwards = column.indexOrder.startsWith(direction);
      for (const key of column.thenBy) {
        const keyDirection = key.indexOrder.startsWith('ASC') === forwards ? 'ASC' : 'DESC';
        specs.push({ column: key.column, direction: keyDirection, nulls: nullsFor(key, keyDirection) });
        idOrder = specs[specs.length - 1];
      }
    }
  }
  specs.push({ column: idColumn, direction: idOrder?.direction ?? 'ASC', nulls: idOrder?.nulls ?? 'NULLS LAST' });
  return specs;
}

