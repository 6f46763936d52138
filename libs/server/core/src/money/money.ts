import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import Decimal from 'decimal.js';
import { Matches } from 'class-validator';
import type { ValueTransformer } from 'typeorm';

/** Amounts are exact decimals with two places, carried as strings in JSON ("1234.50"). */
export type Money = string;

export const MONEY_PATTERN = /^-?\d{1,16}(\.\d{1,2})?$/;

export const money = {
  parse(value: string | number | Decimal): Decimal {
    return new Decimal(value);
  },
  format(value: Decimal | string | number): Money {
    return new Decimal(value).toFixed(2, Decimal.ROUND_HALF_UP);
  },
  sum(values: Array<string | Decimal>): Money {
    return money.format(values.reduce<Decimal>((acc, v) => acc.plus(v), new Decimal(0)));
  },
  isValid(value: unknown): value is string {
    return typeof value === 'string' && MONEY_PATTERN.test(value);
  },
};

/** For `numeric(18,2)` columns: the pg driver already returns strings; normalise to two places. */
export const moneyColumnTransformer: ValueTransformer = {
  to: (value: string | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : money.format(value)),
};

const NON_NEGATIVE_MONEY_PATTERN = /^\d{1,16}(\.\d{1,2})?$/;

/**
 * Declares a money field once: validation and OpenAPI together. Amounts a user enters (capital,
 * turnover, prices) are never negative; a field that may be (an adjustment) says `allowNegative`.
 */
export function IsMoney(options: { description?: string; required?: boolean; allowNegative?: boolean } = {}) {
  const pattern = options.allowNegative ? MONEY_PATTERN : NON_NEGATIVE_MONEY_PATTERN;
  const doc = { type: String, example: '1234.50', pattern: pattern.source, description: options.description, nullable: options.required === false };
  return applyDecorators(
    options.required === false ? ApiPropertyOptional(doc) : ApiProperty(doc),
    Matches(MONEY_PATTERN, { message: 'must be a decimal amount with at most two decimals, e.g. "1234.50"' }),
    ...(options.allowNegative ? [] : [Matches(/^[^-]/, { message: 'must not be negative' })]),
  );
}
