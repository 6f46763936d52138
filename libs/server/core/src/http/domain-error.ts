import { type ProblemExtensions, problemType } from './problem';

export interface DomainErrorSpec {
  status: number;
  title: string;
}

/**
 * Base of every domain's error class. A domain declares its codes once (code → status, title);
 * the problem filter turns any DomainError into problem+json with type `…/problems/<code>`.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly title: string,
    detail?: string,
    /** Extension members of the problem, each declared (and documented) on `ProblemDto`. */
    readonly extra: ProblemExtensions = {},
  ) {
    super(detail ?? title);
  }

  /** Seconds after which retrying may succeed, sent as `Retry-After` (every 429 carries one). */
  retryAfterSeconds?: number;

  /** Sets `Retry-After` (rounded up, at least 1 s): `throw new XError(…).retryAfter(seconds)`. */
  retryAfter(seconds: number): this {
    this.retryAfterSeconds = Math.max(1, Math.ceil(seconds));
    return this;
  }

  get type(): string {
    return problemType(this.code);
  }
}

/** Builds a domain error class from a table of codes, so each domain writes only its table. */
export function defineDomainErrors<C extends string>(table: Record<C, DomainErrorSpec>) {
  return class extends DomainError {
    constructor(code: C, detail?: string, extra?: ProblemExtensions) {
      const spec = table[code];
      super(code, spec.status, spec.title, detail, extra);
    }
  };
}

/** Kernel-level errors that any domain may raise. */
export enum CoreErrorCode {
  NotFound = 'not-found',
  VersionMismatch = 'version-mismatch',
  PreconditionRequired = 'precondition-required',
  Conflict = 'conflict',
  InvalidState = 'invalid-state',
  Forbidden = 'forbidden',
  PasswordChangeRequired = 'password-change-required',
  Unauthorized = 'unauthorized',
  TooManyRequests = 'too-many-requests',
  JobBusy = 'job-busy',
  UnknownJob = 'unknown-job',
  MalformedBody = 'malformed-body',
  BodyTooDeep = 'body-too-deep',
  PayloadTooLarge = 'payload-too-large',
  UnsupportedMediaType = 'unsupported-media-type',
  /** The Idempotency-Key was already used with a different request (method, path or body). */
  IdempotencyKeyReused = 'idempotency-key-reused',
  /** The first request with this Idempotency-Key is still being served. */
  IdempotencyKeyInFlight = 'idempotency-key-in-flight',
}

export const CoreError = defineDomainErrors<CoreErrorCode>({
  [CoreErrorCode.NotFound]: { status: 404, title: 'Not found' },
  [CoreErrorCode.VersionMismatch]: { status: 412, title: 'The record was changed by someone else' },
  [CoreErrorCode.PreconditionRequired]: { status: 428, title: 'If-Match header required' },
  [CoreErrorCode.Conflict]: { status: 409, title: 'Conflict' },
  [CoreErrorCode.InvalidState]: { status: 409, title: 'Not allowed in the current state' },
  [CoreErrorCode.Forbidden]: { status: 403, title: 'Forbidden' },
  [CoreErrorCode.PasswordChangeRequired]: { status: 403, title: 'Change your password before using Kehu' },
  [CoreErrorCode.Unauthorized]: { status: 401, title: 'Authentication required' },
  [CoreErrorCode.TooManyRequests]: { status: 429, title: 'Too many requests' },
  [CoreErrorCode.JobBusy]: { status: 409, title: 'The job is already running' },
  [CoreErrorCode.UnknownJob]: { status: 404, title: 'No such job' },
  [CoreErrorCode.MalformedBody]: { status: 400, title: 'The request body is not valid JSON' },
  [CoreErrorCode.BodyTooDeep]: { status: 400, title: 'The request body is nested too deeply' },
  [CoreErrorCode.PayloadTooLarge]: { status: 413, title: 'The request body is too large' },
  [CoreErrorCode.UnsupportedMediaType]: { status: 415, title: 'Unsupported request body type' },
  [CoreErrorCode.IdempotencyKeyReused]: { status: 422, title: 'This Idempotency-Key was used with a different request' },
  [CoreErrorCode.IdempotencyKeyInFlight]: { status: 409, title: 'A request with this Idempotency-Key is still being served' },
});

export function notFound(what: string, id?: string): DomainError {
  return new CoreError(CoreErrorCode.NotFound, id ? `${what} ${id} not found` : `${what} not found`);
}
