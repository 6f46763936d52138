import { json } from 'express';
import type { IncomingMessage } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { CoreError, CoreErrorCode, DomainError } from './domain-error';

/**
 * The limits every request body is held to before any route sees it (docs/security.md "Input limits").
 * A JSON body is at most 2 MB (file uploads are multipart, with limits of their own) and at most
 * 32 arrays/objects deep: no DTO nests anywhere near that, and a body nested thousands deep would
 * otherwise overflow the stack of the validators that walk it.
 */
export const JSON_BODY_LIMIT_BYTES = 2 * 1024 * 1024;
export const JSON_BODY_MAX_DEPTH = 32;

/** The media types some parser of the API understands; anything else is refused before parsing. */
const ACCEPTED_MEDIA_TYPES = ['application/json', 'multipart/form-data'];

/** Whether the request carries a body (the same test body parsers use). */
export function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/** `application/json; charset=utf-8` → `{ mediaType: 'application/json', charset: 'utf-8' }`, lower-cased. */
export function parseContentType(header: string | undefined): { mediaType: string; charset?: string } | undefined {
  if (!header) return undefined;
  const [type, ...params] = header.split(';');
  const charset = params
    .map((p) => p.trim().match(/^charset\s*=\s*"?([^"\s]+)"?$/i)?.[1])
    .find((c): c is string => c !== undefined);
  return { mediaType: type.trim().toLowerCase(), charset: charset?.toLowerCase() };
}

function unsupported(detail: string): DomainError {
  return new CoreError(CoreErrorCode.UnsupportedMediaType, detail);
}

/**
 * Refuses a body no parser would read (415) instead of letting it reach the routes as an empty one,
 * where a PATCH would succeed doing nothing. JSON must be UTF-8 (RFC 8259 §8.1), which also keeps the
 * depth scan below byte-based.
 */
export function acceptedMediaTypes(req: Request, _res: Response, next: NextFunction): void {
  if (!hasBody(req)) return next();
  const type = parseContentType(req.header('content-type'));
  if (!type) return next(unsupported(`A request body needs a Content-Type: ${ACCEPTED_MEDIA_TYPES.join(' or ')}`));
  if (!ACCEPTED_MEDIA_TYPES.includes(type.mediaType)) {
    return next(unsupported(`Content-Type ${type.mediaType} is not accepted; send ${ACCEPTED_MEDIA_TYPES.join(' or ')}`));
  }
  if (type.mediaType === 'application/json' && type.charset && type.charset !== 'utf-8' && type.charset !== 'utf8') {
    return next(unsupported(`JSON bodies are UTF-8; charset ${type.charset} is not accepted`));
  }
  next();
}

/**
 * How deeply arrays and objects nest in a JSON text, counted on its bytes before parsing: brackets
 * inside strings do not count, and a UTF-8 multi-byte sequence never contains an ASCII byte.
 * Stops counting once `limit` is exceeded.
 */
export function jsonDepthExceeds(bytes: Uint8Array, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (inString) {
      if (b === 0x5c) i++; // backslash: the next byte is escaped
      else if (b === 0x22) inString = false;
    } else if (b === 0x22) {
      inString = true;
    } else if (b === 0x7b || b === 0x5b) {
      if (++depth > limit) return true;
    } else if (b === 0x7d || b === 0x5d) {
      depth--;
    }
  }
  return false;
}

/** Body-parser errors arrive with a status and a `type`; they become the kernel's problems. */
function toBodyProblem(error: { status?: number; type?: string }): DomainError | undefined {
  switch (error.type) {
    case 'entity.parse.failed':
      return new CoreError(CoreErrorCode.MalformedBody, 'The request body is not valid JSON');
    case 'entity.too.large':
      return new CoreError(CoreErrorCode.PayloadTooLarge, `A JSON body may be at most ${JSON_BODY_LIMIT_BYTES / 1024 / 1024} MB`);
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return unsupported('JSON bodies are UTF-8, without content encoding');
    case 'body.too.deep':
      return new CoreError(CoreErrorCode.BodyTooDeep, `Arrays and objects may nest at most ${JSON_BODY_MAX_DEPTH} deep`);
    default:
      return error.status === 400 ? new CoreError(CoreErrorCode.MalformedBody, 'The request body could not be read') : undefined;
  }
}

/** The JSON parser with the limits above; its errors are passed on as kernel problems. */
export function jsonBodyParser(): RequestHandler {
  const parse = json({
    limit: JSON_BODY_LIMIT_BYTES,
    verify: (_req, _res, buffer) => {
      if (jsonDepthExceeds(buffer, JSON_BODY_MAX_DEPTH)) {
        // body-parser keeps the status of an error thrown here.
        throw Object.assign(new Error('body nested too deeply'), { status: 400, type: 'body.too.deep' });
      }
    },
  });
  // Named like Nest's own parser, so Nest does not add a second, unlimited one.
  const jsonParser: RequestHandler = (req, res, next) =>
    parse(req, res, (error?: unknown) => {
      if (!error) return next();
      next(toBodyProblem(error as { status?: number; type?: string }) ?? error);
    });
  return jsonParser;
}
