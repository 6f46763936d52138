import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { declarationErrors, unsafeTextErrors } from './input-rules';
import type { FieldErrorDto } from './problem';
import { flattenValidationErrors, RequestValidationError } from './validation-error';

/**
 * whitelist + forbidNonWhitelisted + transform, plus the rules every field obeys whatever its DTO
 * (input-rules.ts); failures become field-path problem details, all of them in one answer.
 */
class KehuValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'custom') return super.transform(value, metadata);
    const path = metadata.data ?? '';
    // Declarations judge what is stored, i.e. bodies: a query filter may look at any date.
    const declared = metadata.type === 'body' ? declarationErrors(value, metadata.metatype, path) : [];
    const early: FieldErrorDto[] = [...unsafeTextErrors(value, path), ...declared];
    if (!early.length) return super.transform(value, metadata);
    // The DTO's own errors too, except for the fields already named (null is also "not a string").
    // Some validators throw on such text (IsEmail: URIError on a lone surrogate); it is refused already.
    const named = new Set(early.map((e) => e.field));
    const dtoErrors = await super.transform(value, metadata).then(
      () => [],
      (error: unknown) => (error instanceof RequestValidationError ? error.errors.filter((e) => !named.has(e.field)) : []),
    );
    throw new RequestValidationError([...early, ...dtoErrors]);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new KehuValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestValidationError(flattenValidationErrors(errors)),
  });
}
