import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { RequestValidationError } from './validation-error';

/** What an ERP's id may look like: printable, no spaces or slashes, at most 100 characters. */
const EXTERNAL_ID = /^[A-Za-z0-9._:@-]{1,100}$/;

/**
 * `@Param('externalId', ExternalIdParam)` on `PUT /{resource}/by-external-id/{externalId}` (sync by
 * ERP id, ARCHITECTURE "REST conventions"): a malformed id is a 400 naming the parameter.
 */
@Injectable()
export class ExternalIdParam implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (typeof value !== 'string' || !EXTERNAL_ID.test(value)) {
      throw new RequestValidationError([
        { field: metadata.data ?? 'externalId', message: 'must be 1–100 letters, digits or . _ : @ -', code: 'externalId' },
      ]);
    }
    return value;
  }
}
