import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { EntityNotFoundError, QueryFailedError } from 'typeorm';
import { DomainError } from './domain-error';
import { PROBLEM_CONTENT_TYPE, ProblemDto, problemType } from './problem';
import { requestContext } from './request-context';
import { RequestValidationError } from './validation-error';

const HTTP_SLUGS: Record<number, string> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  412: 'version-mismatch',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'unprocessable',
  428: 'precondition-required',
  429: 'too-many-requests',
};

/** `Retry-After` of a 429 whose cause does not say when to retry. */
export const DEFAULT_RETRY_AFTER_SECONDS = 60;

/** The error fields PostgreSQL reports (node-pg's DatabaseError; TypeORM copies them onto QueryFailedError). */
interface DatabaseErrorFields {
  code: string;
  table?: string;
  column?: string;
  constraint?: string;
  detail?: string;
}

/** A PostgreSQL error, whether wrapped by TypeORM or thrown by the pg driver itself (prepared statements). */
function asDatabaseError(error: unknown): DatabaseErrorFields | undefined {
  if (error instanceof QueryFailedError) return error as unknown as DatabaseErrorFields;
  const fields = error as Partial<DatabaseErrorFields> & { severity?: unknown };
  return error instanceof Error && typeof fields.code === 'string' && /^[0-9A-Z]{5}$/.test(fields.code) && fields.severity !== undefined
    ? (fields as DatabaseErrorFields)
    : undefined;
}

const camelCase = (snake: string) => snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * The columns of the key a unique or foreign-key error names, from its detail `Key (a, b)=(…) …`
 * (the `(…)=(…)` shape is the same in every server language): the plain column names among them,
 * expressions such as `lower(username)` left out. Only names are taken, never the values.
 */
function keyColumns(detail: string | undefined): string[] {
  const end = detail?.indexOf(')=(') ?? -1;
  if (!detail || end < 0) return [];
  let depth = 0;
  let start = end;
  for (; start >= 0; start--) {
    if (detail[start] === ')') depth++;
    else if (detail[start] === '(' && --depth === 0) break;
  }
  const parts: string[] = [];
  let part = '';
  depth = 0;
  for (const char of detail.slice(start + 1, end)) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      parts.push(part.trim());
      part = '';
    } else part += char;
  }
  parts.push(part.trim());
  return parts.filter((p) => /^[a-z_][a-z0-9_]*$/.test(p));
}

/**
 * The request field a constraint guards: the last plain column of its key (after a parent's id,
 * the name that must be unique under it), else the constraint's name by the migrations' convention
 * `<table>_<column>_uq` (PostgreSQL's own: `_key`, `_fkey`, `_check`), the table's leading words
 * dropped even after a rename (`customer_external_id_uq` on `customer_profile`). A unique column
 * `normalized_<field>` guards `<field>`. Undefined when neither tells: no field rather than a wrong one.
 */
export function fieldOfConstraint(error: { table?: string; constraint?: string; detail?: string }): string | undefined {
  const columns = keyColumns(error.detail);
  let column: string | undefined = columns[columns.length - 1];
  if (!column && error.table && error.constraint) {
    const words = error.constraint.replace(/_(uq|key|fkey|check|pkey)$/, '').split('_');
    const tableWords = error.table.split('_');
    let shared = 0;
    while (shared < words.length - 1 && words[shared] === tableWords[shared]) shared++;
    column = shared > 0 ? words.slice(shared).join('_') : undefined;
  }
  return column && /^[a-z][a-z0-9_]*$/.test(column) ? camelCase(column.replace(/^normalized_/, '')) : undefined;
}

/**
 * A PostgreSQL error caused by the request's data, not by a bug, as a 4xx problem naming the field
 * where the error tells which, never with the database's own text (it quotes values, tables and
 * columns); null for any other error. For code that reports errors elsewhere than in a response
 * (an import's row report).
 */
export function databaseProblem(error: unknown): ProblemDto | null {
  const databaseError = asDatabaseError(error);
  return databaseError ? fromDatabase(databaseError) : null;
}

function fromDatabase(error: DatabaseErrorFields): ProblemDto | null {
  const field = error.column ? camelCase(error.column) : fieldOfConstraint(error);
  const naming = (message: string, code: string) => (field ? { errors: [{ field, message, code }] } : {});
  switch (error.code) {
    case '23505':
      return {
        type: problemType('duplicate'),
        title: 'Already exists',
        status: 409,
        detail: field ? `Another record already has this ${field}` : 'Another record already has these values',
        ...naming('is already taken', 'unique'),
      };
    case '23503':
      return {
        type: problemType('reference-conflict'),
        title: 'Referenced record missing or still in use',
        status: 409,
        ...naming('refers to a missing record, or the record is still referred to', 'reference'),
      };
    case '23502':
      return { type: problemType('bad-request'), title: 'Invalid value', status: 400, detail: field ? `${field} is required` : undefined, ...naming('is required', 'notNull') };
    case '23514':
      return { type: problemType('bad-request'), title: 'Invalid value', status: 400, ...naming('is not an accepted value', 'check') };
    case '40001':
    case '40P01':
      return { type: problemType('concurrent-update'), title: 'Concurrent update, retry', status: 409 };
    default:
      // Class 22 (data exception: bad syntax, out of range, too long, NUL byte…) and 54000 (a value too
      // large to index) come from what the request sent.
      if (error.code.startsWith('22') || error.code === '54000') {
        return { type: problemType('bad-request'), title: 'Invalid value', status: 400, detail: 'A value in the request is not accepted' };
      }
      return null;
  }
}

/** Maps every error to RFC 9457 problem+json. Only true bugs become 500, and they are logged. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    this.respond(exception, ctx.getRequest<Request>(), ctx.getResponse<Response>());
  }

  /** Answers with the problem for `exception`; also used for errors raised before Nest routes a request. */
  respond(exception: unknown, req: Request, res: Response): void {
    const problem = this.toProblem(exception);
    problem.instance = req.originalUrl?.split('?')[0];
    problem.requestId = requestContext.get()?.requestId ?? (req as Request & { id?: string }).id;
    if (problem.status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (res.headersSent) return;
    const retryAfter = exception instanceof DomainError ? exception.retryAfterSeconds : undefined;
    if (retryAfter !== undefined || problem.status === 429) res.setHeader('Retry-After', String(retryAfter ?? DEFAULT_RETRY_AFTER_SECONDS));
    res.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  toProblem(exception: unknown): ProblemDto {
    if (exception instanceof RequestValidationError) {
      return {
        type: problemType('validation-error'),
        title: 'Validation failed',
        status: 400,
        detail: exception.message,
        errors: exception.errors,
      };
    }
    if (exception instanceof DomainError) {
      // Extra members never override the standard ones (a stray `status` must not change the answer).
      return {
        ...exception.extra,
        type: exception.type,
        title: exception.title,
        status: exception.status,
        detail: exception.message,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const message = typeof body === 'string' ? body : (body as { message?: unknown }).message;
      return {
        type: problemType(HTTP_SLUGS[status] ?? (status >= 500 ? 'internal-error' : 'http-error')),
        title: exception.name.replace(/Exception$/, '').replace(/([a-z])([A-Z])/g, '$1 $2') || 'Error',
        status,
        detail: Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : exception.message,
      };
    }
    if (exception instanceof EntityNotFoundError) {
      return { type: problemType('not-found'), title: 'Not found', status: 404 };
    }
    const fromDatabase = databaseProblem(exception);
    if (fromDatabase) return fromDatabase;
    // Express body-parser errors (malformed JSON, too large) carry a 4xx status of their own.
    const status = (exception as { status?: number; statusCode?: number })?.status ?? (exception as { statusCode?: number })?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return {
        type: problemType(HTTP_SLUGS[status] ?? 'bad-request'),
        title: status === 413 ? 'Payload too large' : 'Malformed request',
        status,
        detail: (exception as Error).message,
      };
    }
    return {
      type: problemType('internal-error'),
      title: 'Internal server error',
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      detail: 'An unexpected error occurred; quote the request id when reporting it.',
    };
  }
}
