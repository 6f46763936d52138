import { RequestValidationError, type FieldErrorDto } from '@kehu/server-core';
import type { ListViewFilterValue } from './entities/list-view.entity';

export const MAX_VIEW_FILTERS = 30;
const MAX_TEXT = 200;
const MAX_LIST = 100;
const FILTER_NAME = /^[A-Za-z][A-Za-z0-9_]{0,49}$/;

function valueError(value: unknown): string | null {
  if (typeof value === 'string') return value.length > MAX_TEXT ? `must be at most ${MAX_TEXT} characters` : null;
  if (typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : 'must be a finite number';
  if (Array.isArray(value)) {
    if (value.length > MAX_LIST) return `must list at most ${MAX_LIST} values`;
    return value.every((v) => typeof v === 'string' && v.length <= MAX_TEXT) ? null : `must list strings of at most ${MAX_TEXT} characters`;
  }
  return 'must be a string, number, boolean or list of strings';
}

/**
 * A saved view's filters are replayed as a list's query parameters, so they are kept to what a query
 * string can carry: named parameters with flat values. Anything else is refused naming `query.<name>`.
 */
export function parseViewQuery(query: Record<string, unknown>, field = 'query'): Record<string, ListViewFilterValue> {
  const entries = Object.entries(query);
  const errors: FieldErrorDto[] = [];
  if (entries.length > MAX_VIEW_FILTERS) errors.push({ field, message: `must hold at most ${MAX_VIEW_FILTERS} filters`, code: 'maxKeys' });
  for (const [name, value] of entries) {
    if (!FILTER_NAME.test(name)) {
      errors.push({ field, message: `"${name.slice(0, 60)}" is not a filter name (letters and digits, up to 50)`, code: 'filterName' });
      continue;
    }
    const problem = valueError(value);
    if (problem) errors.push({ field: `${field}.${name}`, message: problem, code: 'filterValue' });
  }
  if (errors.length) throw new RequestValidationError(errors);
  return Object.fromEntries(entries) as Record<string, ListViewFilterValue>;
}
