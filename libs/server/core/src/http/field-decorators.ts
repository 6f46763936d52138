import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiPropertyOptions } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsNotEmpty, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { MONEY_PATTERN } from '../money/money';
import { trimString } from './validation-error';

/**
 * Composite field decorators: a request DTO field is declared once — type, limits, example — and
 * gets its validation and its OpenAPI schema from the same words, so the two cannot drift.
 *
 * `optional`: the field may be left out. `nullable`: the field may be sent as null (e.g. to clear
 * it). Anything else that is sent is validated; unlike `@IsOptional()`, an optional field that is
 * not nullable refuses null, so "name": null is a 400 naming the field rather than a database error.
 */
export interface FieldOptions {
  optional?: boolean;
  nullable?: boolean;
  description?: string;
  example?: unknown;
}

function field(options: FieldOptions, schema: ApiPropertyOptions, ...validators: PropertyDecorator[]): PropertyDecorator {
  const example = options.example ?? schema.example;
  const doc = {
    ...schema,
    ...(options.nullable ? { nullable: true } : {}),
    ...(options.description ? { description: options.description } : {}),
    ...(example !== undefined ? { example } : {}),
  } as ApiPropertyOptions;
  const skip = (value: unknown) => (options.optional && value === undefined) || (options.nullable && value === null);
  return applyDecorators(options.optional ? ApiPropertyOptional(doc) : ApiProperty(doc), ValidateIf((_, value) => !skip(value)), ...validators);
}

/** Text, trimmed, not blank unless `min: 0`, at most `max` characters. */
export function TextField(options: FieldOptions & { max: number; min?: number; example?: string }): PropertyDecorator {
  const min = options.min ?? 1;
  return applyDecorators(
    Transform(trimString),
    field(
      options,
      { type: String, maxLength: options.max, ...(min > 0 ? { minLength: min } : {}) },
      IsString(),
      ...(min === 1 ? [IsNotEmpty()] : min > 1 ? [MinLength(min)] : []),
      MaxLength(options.max),
    ),
  );
}

/** A whole number in [min, max]. */
export function IntField(options: FieldOptions & { min: number; max: number; default?: number; example?: number }): PropertyDecorator {
  return field(
    options,
    { type: 'integer', minimum: options.min, maximum: options.max, ...(options.default !== undefined ? { default: options.default } : {}) },
    IsInt(),
    Min(options.min),
    Max(options.max),
  );
}

/** An amount of money as a decimal string with at most two decimals ("1234.50"); never a JS number. */
export function MoneyField(options: FieldOptions & { example?: string } = {}): PropertyDecorator {
  return field(
    options,
    { type: String, pattern: MONEY_PATTERN.source, example: '1234.50' },
    Matches(MONEY_PATTERN, { message: 'must be a decimal amount with at most two decimals, e.g. "1234.50"' }),
  );
}

/** One of the values of a TypeScript enum (or a readonly list of strings); the schema names the enum. */
export function EnumField(values: Record<string, string> | readonly string[], options: FieldOptions & { enumName?: string } = {}): PropertyDecorator {
  const allowed = Array.isArray(values) ? [...values] : Object.values(values);
  return field(
    options,
    { enum: allowed, ...(options.enumName ? { enumName: options.enumName } : {}), example: options.example ?? allowed[0] },
    IsIn(allowed, { message: `must be one of ${allowed.join(', ')}` }),
  );
}

/** An instant as ISO 8601 with a time zone offset, e.g. "2026-11-23T09:00:00+08:00". */
export function DateTimeField(options: FieldOptions & { example?: string } = {}): PropertyDecorator {
  return field(
    options,
    { type: String, format: 'date-time', example: '2026-11-23T09:00:00+08:00' },
    IsISO8601({ strict: true, strictSeparator: true }, { message: 'must be an ISO 8601 date-time, e.g. 2026-11-23T09:00:00+08:00' }),
    // A time without an offset would be read in the server's zone: say which instant is meant.
    Matches(/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/, { message: 'must carry a time and a time zone offset (Z or +08:00)' }),
  );
}

/** A calendar day without time or zone, "2026-12-31" (due dates, validity dates, expected close dates). */
export function DateField(options: FieldOptions & { example?: string } = {}): PropertyDecorator {
  return field(
    options,
    { type: String, format: 'date', example: '2026-12-31' },
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date as YYYY-MM-DD, e.g. 2026-12-31' }),
    IsISO8601({ strict: true }, { message: 'must be a real calendar date, e.g. 2026-12-31' }),
  );
}

/** A reference to another record by id. */
export function UuidField(options: FieldOptions = {}): PropertyDecorator {
  return field(options, { type: String, format: 'uuid' }, IsUUID());
}
