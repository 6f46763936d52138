import type { HttpServer } from '@nestjs/common';
import type { Response } from 'express';
import { etagOf } from './etag';

/**
 * Gives every answer that is one versioned record the ETag `W/"<version>"`, the very value
 * `If-Match` takes (assertVersionMatches). Express's own ETag (a hash of the body) is switched off
 * in configureApp: sent back as If-Match it could never match. Hooked into the HTTP adapter's
 * `reply`, through which every handler's result is sent, rather than a global interceptor: an
 * interceptor costs every request an AsyncResource and an rxjs pipeline (docs/performance.md).
 */
export function sendVersionEtags(adapter: HttpServer): void {
  const reply = adapter.reply.bind(adapter);
  adapter.reply = (res: Response, body: unknown, statusCode?: number) => {
    const version = (body as { version?: unknown } | null)?.version;
    if (typeof body === 'object' && body !== null && !Array.isArray(body) && Number.isInteger(version) && !res.headersSent) {
      res.setHeader('ETag', etagOf(version as number));
    }
    return reply(res, body, statusCode);
  };
}
