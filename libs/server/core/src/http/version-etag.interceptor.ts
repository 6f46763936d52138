import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';
import { etagOf } from './etag';

/**
 * Gives every answer that is one versioned record the ETag `W/"<version>"`, the very value
 * `If-Match` takes (assertVersionMatches). Express's own ETag (a hash of the body) is switched off
 * in configureApp: sent back as If-Match it could never match.
 */
@Injectable()
export class VersionEtagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((body: unknown) => {
        const version = (body as { version?: unknown } | null)?.version;
        if (typeof body === 'object' && !Array.isArray(body) && Number.isInteger(version)) {
          const res = context.switchToHttp().getResponse<Response>();
          if (!res.headersSent) res.setHeader('ETag', etagOf(version as number));
        }
        return body;
      }),
    );
  }
}
