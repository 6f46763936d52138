import { ValidationPipe } from '@nestjs/common';
import { flattenValidationErrors, RequestValidationError } from './validation-error';

/** whitelist + forbidNonWhitelisted + transform; failures become field-path problem details. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestValidationError(flattenValidationErrors(errors)),
  });
}
