import { applyDecorators, BadRequestException, CallHandler, ExecutionContext, Injectable, NestInterceptor, PayloadTooLargeException, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { MulterOptions } from '@nestjs/platform-express/multer/interfaces/multer-options.interface';
import { ApiBody, ApiConsumes, ApiProduces, ApiOkResponse } from '@nestjs/swagger';
import { catchError, Observable, throwError } from 'rxjs';
import { ACCEPTED_FILE_TYPES } from './content-sniffing';
import { FileError, FileErrorCode } from './files.exception';
import { tooLarge } from './files.service';

/**
 * The most any upload may be, whatever the rules say (`fileMaxUploadMb` is bounded by it): multer
 * stops reading there, so a huge body never fills memory. The rule's own limit is checked after.
 */
export const FILE_UPLOAD_CEILING_BYTES = 100 * 1024 * 1024;

/** Turns multer's errors (too large, wrong field, broken multipart) into problems naming `file`. */
@Injectable()
export class FileUploadProblems implements NestInterceptor {
  intercept(_: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (error instanceof PayloadTooLargeException) return throwError(() => tooLarge(FILE_UPLOAD_CEILING_BYTES));
        if (error instanceof BadRequestException) {
          const message = error.message;
          return throwError(
            () => new FileError(FileErrorCode.FileUnreadable, `file: ${message}`, { errors: [{ field: 'file', message, code: 'multipart' }] }),
          );
        }
        return throwError(() => error);
      }),
    );
  }
}

const multerOptions: MulterOptions & { defParamCharset: string } = {
  limits: { fileSize: FILE_UPLOAD_CEILING_BYTES, files: 1, fields: 10, fieldSize: 64 * 1024, parts: 12 },
  // Browsers send a Chinese file name as raw UTF-8 bytes; busboy would read them as Latin-1.
  defParamCharset: 'utf8',
};

/**
 * One file upload in the multipart field `file`: multer with the ceiling above and problems for its
 * errors, and the OpenAPI body. `body` names the DTO documenting the form (its `file` member as
 * `format: binary`); the controller takes the file with `@UploadedFile()`.
 */
export function ApiFileUpload(body: new () => unknown) {
  return applyDecorators(
    UseInterceptors(FileUploadProblems, FileInterceptor('file', multerOptions)),
    ApiConsumes('multipart/form-data'),
    ApiBody({ type: body }),
  );
}

/** A download: the file's bytes, of one of the accepted types, with a Content-Disposition naming it. */
export function ApiFileDownload(description = 'The file') {
  return applyDecorators(
    ApiProduces(...ACCEPTED_FILE_TYPES),
    ApiOkResponse({
      description: `${description}. Content-Type is the type found in its content; Content-Disposition carries the name (RFC 6266, UTF-8 \`filename*\`).`,
      schema: { type: 'string', format: 'binary' },
      headers: {
        'Content-Disposition': { description: 'attachment; filename="…"; filename*=UTF-8\'\'…', schema: { type: 'string' } },
        'X-Content-Type-Options': { description: 'nosniff', schema: { type: 'string' } },
      },
    }),
  );
}
