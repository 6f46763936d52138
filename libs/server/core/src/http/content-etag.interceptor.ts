import { applyDecorators, CallHandler, ExecutionContext, Injectable, NestInterceptor, UseInterceptors } from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import { createHash } from 'node:crypto';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';

/**
 * A weak ETag naming the content of a list the SPA caches (dictionaries, rules): a hash of its
 * JSON. Express answers 304 itself when the request's If-None-Match names it (`req.fresh`, checked
 * in `res.send` whenever an ETag header is set), so a client that still holds the list downloads
 * nothing. Only for read-mostly lists: the body is serialised once more to be hashed.
 */
@Injectable()
export class ContentEtagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((body: unknown) => {
        const res = context.switchToHttp().getResponse<Response>();
        if (body !== undefined && !res.headersSent) res.setHeader('ETag', contentEtag(body));
        return body;
      }),
    );
  }
}

export function contentEtag(body: unknown): string {
  return `W/"${createHash('sha1').update(JSON.stringify(body)).digest('base64url')}"`;
}

/** `GET` of a cached list: ETag from its content, If-None-Match answered 304 (documented together). */
export function ContentEtag() {
  return applyDecorators(
    UseInterceptors(ContentEtagInterceptor),
    ApiHeader({ name: 'If-None-Match', required: false, description: 'The ETag of the copy I hold; unchanged content answers 304 with no body' }),
    ApiResponse({ status: 304, description: 'Not modified: the copy named by If-None-Match is current' }),
  );
}
