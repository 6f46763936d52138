import type { OpenAPIObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, ProblemDto } from '../http/problem';
import { JSON_BODY_LIMIT_BYTES, JSON_BODY_MAX_DEPTH } from '../http/request-body';

const problem = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: `#/components/schemas/${ProblemDto.name}` } } },
});

/**
 * The answers the kernel gives before any handler runs (request-body.ts, input-rules.ts), added to
 * every operation they can happen to, so no controller has to declare them: 400 to any operation
 * taking a body or parameters, 413 and 415 to any taking a body. An answer a controller documents
 * itself (with its own problem types) is kept.
 */
export function documentInputProblems(document: OpenAPIObject): void {
  const mb = JSON_BODY_LIMIT_BYTES / 1024 / 1024;
  // Declared once under components.responses; each operation refers to them.
  const answers = {
    400: ['InvalidInput', problem(
      'Invalid input; `errors[]` names each field (also: `…/problems/malformed-body`, ' +
        `\`…/problems/body-too-deep\` beyond ${JSON_BODY_MAX_DEPTH} nested arrays/objects)`,
    )],
    413: ['PayloadTooLarge', problem(`\`…/problems/payload-too-large\`: a JSON body over ${mb} MB`)],
    415: ['UnsupportedMediaType', problem('`…/problems/unsupported-media-type`: a body that is not UTF-8 JSON, or not the media type the operation takes')],
  } as const;
  document.components ??= {};
  document.components.responses ??= {};
  for (const [name, response] of Object.values(answers)) document.components.responses[name] = response;
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) {
      if (typeof operation !== 'object' || operation === null || !('responses' in operation)) continue;
      const takesBody = !!operation.requestBody;
      const takesParameters = !!operation.parameters?.length;
      const add = (status: keyof typeof answers) => (operation.responses[status] ??= { $ref: `#/components/responses/${answers[status][0]}` });
      if (takesBody || takesParameters) add(400);
      if (takesBody) {
        add(413);
        add(415);
      }
    }
  }
}
