import type { ValidationError } from 'class-validator';
import type { FieldErrorDto } from './problem';

/** Thrown by the validation pipe; carries every failing field with its path. */
export class RequestValidationError extends Error {
  constructor(readonly errors: FieldErrorDto[]) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join('; '));
  }
}

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldErrorDto[] {
  const out: FieldErrorDto[] = [];
  for (const error of errors) {
    const isIndex = /^\d+$/.test(error.property);
    const field = prefix ? (isIndex ? `${prefix}[${error.property}]` : `${prefix}.${error.property}`) : error.property;
    for (const [code, message] of Object.entries(error.constraints ?? {})) {
      // class-validator prefixes messages with the property name; the field path says it already.
      const text = message.startsWith(`${error.property} `) ? message.slice(error.property.length + 1) : message;
      out.push({ field, message: code === 'whitelistValidation' ? 'is not an accepted field' : text, code });
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

/** `@Transform(trimString)`: surrounding spaces never reach validation or the database. */
export const trimString = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
