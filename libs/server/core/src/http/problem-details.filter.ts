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

/** PostgreSQL errors caused by the request's data, not by a bug: answer 4xx, never 500. */
function fromDatabase(error: QueryFailedError & { code?: string; detail?: string; column?: string; constraint?: string }): Partial<ProblemDto> | null {
  switch (error.code) {
    case '23505':
      return { status: 409, type: problemType('duplicate'), title: 'Already exists', detail: error.detail };
    case '23503':
      return { status: 409, type: problemType('reference-conflict'), title: 'Referenced record missing or still in use', detail: error.detail };
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
    case '22001':
    case '23502':
    case '23514':
      return { status: 400, type: problemType('bad-request'), title: 'Invalid value', detail: error.message };
    case '40001':
    case '40P01':
      return { status: 409, type: problemType('concurrent-update'), title: 'Concurrent update, retry' };
    default:
      return null;
  }
}

/** Maps every error to RFC 9457 problem+json. Only true bugs become 500, and they are logged. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    const problem = this.toProblem(exception);
    problem.instance = req.originalUrl?.split('?')[0];
    problem.requestId = requestContext.get()?.requestId;
    if (problem.status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (res.headersSent) return;
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
    if (exception instanceof QueryFailedError) {
      const mapped = fromDatabase(exception);
      if (mapped) return mapped as ProblemDto;
    }
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
