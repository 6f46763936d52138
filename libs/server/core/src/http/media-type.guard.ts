import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DECORATORS } from '@nestjs/swagger';
import type { Request } from 'express';
import { CoreError, CoreErrorCode } from './domain-error';
import { hasBody, parseContentType } from './request-body';

/**
 * A body must be of a media type the operation consumes: the ones its `@ApiConsumes` declares (file
 * uploads: multipart/form-data), else JSON. Without this, multipart sent to a JSON route arrives as
 * an empty body, and a PATCH would succeed doing nothing. (Types no operation consumes are refused
 * earlier, before parsing: acceptedMediaTypes.) A guard registered after AuthGuard, so a caller
 * without credentials still learns 401 first; not an interceptor, which costs every request an
 * AsyncResource and an rxjs pipeline (docs/performance.md).
 */
@Injectable()
export class MediaTypeGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    if (context.getType() === 'http' && hasBody(req)) {
      const consumes = this.reflector.getAllAndOverride<string[] | undefined>(DECORATORS.API_CONSUMES, [context.getHandler(), context.getClass()]) ?? [
        'application/json',
      ];
      const mediaType = parseContentType(req.header('content-type'))?.mediaType;
      if (!mediaType || !consumes.includes(mediaType)) {
        throw new CoreError(CoreErrorCode.UnsupportedMediaType, `This operation takes ${consumes.join(' or ')}, not ${mediaType ?? 'a body without Content-Type'}`);
      }
    }
    return true;
  }
}
