import { applyDecorators, CallHandler, ExecutionContext, Injectable, NestInterceptor, UseInterceptors } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { Response } from 'express';
import { catchError, from, mergeMap, type Observable, of, throwError } from 'rxjs';
import type { AuthenticatedRequest } from '../access/auth.guard';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { CoreError, CoreErrorCode } from './domain-error';
import { IdempotencyStore, requestFingerprint } from './idempotency-store';
import { RequestValidationError } from './validation-error';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
/** Set on an answer sent again from the store, so a client can tell a retry's answer apart. */
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';

const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;

/**
 * `Idempotency-Key` on a POST (issue 22 item 6): the first request with a key is served and its
 * answer stored for 24 hours; the same key with the same request gets that answer again without
 * running the handler; with a different request, 422 `idempotency-key-reused`; while the first is
 * still being served, 409 `idempotency-key-in-flight` (retry shortly). An error answer is not
 * stored — the handler's transaction wrote nothing — so the key may be retried.
 * Keys belong to the caller: two callers' equal keys are unrelated.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly store: IdempotencyStore) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const res = context.switchToHttp().getResponse<Response>();
    const header = req.headers['idempotency-key'];
    if (header === undefined) return next.handle();
    if (typeof header !== 'string' || !KEY_FORMAT.test(header)) {
      throw new RequestValidationError([{ field: IDEMPOTENCY_KEY_HEADER, message: 'must be 1 to 255 visible ASCII characters', code: 'idempotencyKey' }]);
    }
    const principal = req.principal;
    const owner = principal ? (principal.apiKeyId ? `api-key:${principal.apiKeyId}` : `user:${principal.userId}`) : 'anonymous';
    const reservation = await this.store.reserve(owner, header, requestFingerprint(req.method, req.originalUrl, req.body));
    switch (reservation.outcome) {
      case 'mismatch':
        throw new CoreError(CoreErrorCode.IdempotencyKeyReused, `${IDEMPOTENCY_KEY_HEADER} ${header} was sent with a different request`, {
          errors: [{ field: IDEMPOTENCY_KEY_HEADER, message: 'was used with a different request; use a new key', code: 'idempotencyKeyReused' }],
        });
      case 'in-flight':
        throw new CoreError(CoreErrorCode.IdempotencyKeyInFlight, `The first request with ${IDEMPOTENCY_KEY_HEADER} ${header} is still being served`).retryAfter(1);
      case 'replay':
        res.status(reservation.answer.status);
        res.setHeader(IDEMPOTENT_REPLAYED_HEADER, 'true');
        return of(reservation.answer.body ?? undefined);
    }
    return next.handle().pipe(
      mergeMap(async (body: unknown) => {
        // What the client receives is the JSON of the body; keep exactly that.
        const json = body === undefined ? null : (JSON.parse(JSON.stringify(body)) as unknown);
        await this.store.complete(owner, header, { status: res.statusCode, body: json });
        return body;
      }),
      catchError((error: unknown) => from(this.store.release(owner, header)).pipe(mergeMap(() => throwError(() => error)))),
    );
  }
}

/**
 * Opts a POST into `Idempotency-Key` (see IdempotencyInterceptor) and documents the header and its
 * problems. `conflicts` describes the operation's own 409 answers, which share the status with
 * `idempotency-key-in-flight` (so the operation does not list 409 in its `@ApiProblems` too).
 */
export function Idempotent(conflicts?: string) {
  const inFlight = '`idempotency-key-in-flight`: the first request with this Idempotency-Key is still being served; retry after `Retry-After` seconds';
  return applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: IDEMPOTENCY_KEY_HEADER,
      required: false,
      description:
        'A key the client makes up per intended write (1–255 visible ASCII characters, e.g. a UUID). Retrying with the same key and body ' +
        'within 24 hours answers the first answer again (header `Idempotent-Replayed: true`) and writes nothing more',
      schema: { type: 'string', minLength: 1, maxLength: 255 },
    }),
    ApiProblems({
      409: conflicts ? `${conflicts}; ${inFlight}` : inFlight,
      422: '`idempotency-key-reused`: this Idempotency-Key was sent before with a different request (method, path or body)',
    }),
  );
}
