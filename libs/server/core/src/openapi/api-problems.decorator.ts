import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, ProblemDto } from '../http/problem';

const PROBLEM_SCHEMA = { $ref: `#/components/schemas/${ProblemDto.name}` };

/** Every 429 (and a 423 lock) says when to try again. */
const RETRY_AFTER = {
  'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer', minimum: 1 } },
};

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input; `errors[]` names each field',
  401: 'Missing, expired or revoked credentials',
  403: 'Missing permission, or the password must be changed first (`password-change-required`)',
  404: 'Not found, or outside your data scope',
  409: 'Conflicts with the current state or an existing record',
  412: 'If-Match names an outdated version',
  423: 'Account locked; `Retry-After` says when it unlocks',
  428: 'If-Match required',
  429: 'Too many requests; `Retry-After` says when to try again',
};

/**
 * Documents the problem+json error answers an operation can give: a status, or `{ status: text }`
 * naming the problem types (`…/problems/<code>`) and members the operation answers with it.
 */
export function ApiProblems(...statuses: Array<number | Record<number, string>>) {
  const entries = statuses.flatMap((s) =>
    typeof s === 'number' ? [[s, DESCRIPTIONS[s] ?? 'Error'] as const] : Object.entries(s).map(([k, v]) => [Number(k), v] as const),
  );
  return applyDecorators(
    ...entries.map(([status, description]) =>
      ApiResponse({
        status,
        description,
        content: { [PROBLEM_CONTENT_TYPE]: { schema: PROBLEM_SCHEMA } },
        ...(status === 429 || status === 423 ? { headers: RETRY_AFTER } : {}),
      }),
    ),
  );
}
