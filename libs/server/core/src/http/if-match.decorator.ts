import { applyDecorators, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { Request } from 'express';

/** The request's If-Match header (optional), documented once as such. */
export const IfMatch = createParamDecorator((_: unknown, ctx: ExecutionContext): string | undefined =>
  ctx.switchToHttp().getRequest<Request>().header('if-match'),
);

/** Documents the optional If-Match header of an edit. */
export function ApiIfMatch() {
  return applyDecorators(
    ApiHeader({ name: 'If-Match', required: false, description: 'W/"<version>" as read before editing; a stale one answers 412' }),
  );
}
