import { DECORATORS } from '@nestjs/swagger';
import type { FieldErrorDto } from './problem';

/**
 * Rules every request field obeys whatever its DTO says, checked by the validation pipe
 * (docs/security.md "Input limits"). They read the field's OpenAPI declaration, so the document
 * clients are generated from and the server's behaviour cannot disagree:
 * - text: no NUL (PostgreSQL text cannot hold it) and no lone UTF-16 surrogate (not encodable as
 *   UTF-8; jsonb refuses its escape), in any string of the body, the query or the path;
 * - in a body, null only where the field is declared `nullable` (a PATCH may leave a required field
 *   out, never blank it with null);
 * - in a body, `format: date` and `date-time` fields between the years 1900 and 2200
 *   (`DATE_YEAR_RANGE`): what is stored is plausible; a query filter may name any date.
 */
export const DATE_YEAR_RANGE = { min: 1900, max: 2200 } as const;

const NUL = '\u0000';
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

interface PropertyDeclaration {
  nullable?: boolean;
  format?: string;
  type?: unknown;
  isArray?: boolean;
}

type DtoClass = abstract new (...args: never[]) => unknown;

function join(prefix: string, key: string | number): string {
  if (typeof key === 'number') return `${prefix}[${key}]`;
  return prefix ? `${prefix}.${key}` : key;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every string in `value` holding NUL or a lone surrogate, with its field path. */
export function unsafeTextErrors(value: unknown, path = ''): FieldErrorDto[] {
  const errors: FieldErrorDto[] = [];
  const visit = (v: unknown, at: string) => {
    if (typeof v === 'string') {
      if (v.includes(NUL)) errors.push({ field: at, message: 'must not contain NUL characters', code: 'safeText' });
      else if (LONE_SURROGATE.test(v)) errors.push({ field: at, message: 'must be valid Unicode (it has an unpaired surrogate)', code: 'safeText' });
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => visit(item, join(at, i)));
    } else if (isRecord(v)) {
      for (const [key, item] of Object.entries(v)) visit(item, join(at, key));
    }
  };
  visit(value, path);
  return errors;
}

/** The OpenAPI declaration of a DTO property, or undefined when the class does not declare it. */
function declarationOf(dto: DtoClass, property: string): PropertyDeclaration | undefined {
  return Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, dto.prototype, property) as PropertyDeclaration | undefined;
}

function declaresProperties(type: unknown): type is DtoClass {
  return typeof type === 'function' && !!type.prototype && Reflect.hasMetadata(DECORATORS.API_MODEL_PROPERTIES_ARRAY, type.prototype);
}

/** The DTO class of a nested property (`type: Line`, `[Line]` or `() => Line`), if it is one. */
function nestedDto(declaration: PropertyDeclaration): DtoClass | undefined {
  let type = Array.isArray(declaration.type) ? declaration.type[0] : declaration.type;
  // A lazy `() => Line` is an arrow function: no prototype.
  if (typeof type === 'function' && !type.prototype) type = (type as () => unknown)();
  if (Array.isArray(type)) type = type[0];
  return declaresProperties(type) ? type : undefined;
}

/** `2026-…` → 2026, `+012026-…` → 12026, `-0001-…` → -1; undefined when it does not start like a date. */
function yearOf(value: string): number | undefined {
  const match = /^([+-]?)(\d{4,6})-/.exec(value);
  if (!match) return undefined;
  return (match[1] === '-' ? -1 : 1) * Number(match[2]);
}

/** Nulls where a property is not declared nullable, and dates outside DATE_YEAR_RANGE, with their paths. */
export function declarationErrors(value: unknown, dto: unknown, path = ''): FieldErrorDto[] {
  if (!declaresProperties(dto) || !isRecord(value)) return [];
  const errors: FieldErrorDto[] = [];
  for (const [key, item] of Object.entries(value)) {
    const declaration = declarationOf(dto, key);
    if (!declaration) continue; // undeclared: the whitelist refuses it
    const at = join(path, key);
    if (item === null) {
      if (!declaration.nullable) errors.push({ field: at, message: 'must not be null', code: 'notNull' });
      continue;
    }
    if ((declaration.format === 'date' || declaration.format === 'date-time') && typeof item === 'string') {
      const year = yearOf(item);
      if (year !== undefined && (year < DATE_YEAR_RANGE.min || year > DATE_YEAR_RANGE.max)) {
        errors.push({ field: at, message: `must be a date between the years ${DATE_YEAR_RANGE.min} and ${DATE_YEAR_RANGE.max}`, code: 'dateRange' });
      }
      continue;
    }
    const nested = nestedDto(declaration);
    if (!nested) continue;
    if (Array.isArray(item)) item.forEach((element, i) => errors.push(...declarationErrors(element, nested, join(at, i))));
    else errors.push(...declarationErrors(item, nested, at));
  }
  return errors;
}
