import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { FieldErrorDto, ProblemDto, ProblemExistingCustomerDto } from '../http/problem';
import { documentInputProblems } from './input-problems';

/** The API contract: built from the controllers' decorators, committed as apps/api/openapi.json. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Kehu CRM API')
    .setDescription(
      [
        'REST API of Kehu CRM. All endpoints live under `/api/v1`.',
        '',
        '- Authenticate with `POST /api/v1/auth/login` and send `Authorization: Bearer <accessToken>`;',
        '  integrations send an API key the same way.',
        '- Each operation names the permission it needs in `x-permission`.',
        '- Errors are `application/problem+json` (RFC 9457); validation errors list each field in `errors[]`.',
        '- Lists take `page`, `pageSize` (≤ 200), `sort` (`-createdAt,name`) and `q`.',
        '- Money is a decimal string with two places, e.g. `"1234.50"`.',
        '- Bodies are UTF-8 JSON, at most 2 MB and 32 arrays/objects deep; no text may hold NUL or an unpaired',
        '  surrogate; dates sent in a body lie between the years 1900 and 2200; `null` is accepted only where a field is `nullable`.',
        '- A record\'s `ETag` is `W/"<version>"`; send it back as `If-Match` to edit it.',
      ].join('\n'),
    )
    .setVersion('1.0.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'JWT access token or API key' }, 'bearer')
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemDto, FieldErrorDto, ProblemExistingCustomerDto],
    operationIdFactory: (controllerKey, methodKey) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
  documentInputProblems(document);
  declareNullsExplicitly(document);
  return document;
}

type SchemaNode = Record<string, unknown>;

/**
 * `@ApiProperty({ nullable: true })` on an enum with a name or on a nested DTO renders as
 * `{ nullable: true, allOf: [{ $ref }] }`, which admits no null: OpenAPI 3.0.3 lets `nullable`
 * add null only to a `type` in the same schema object, and every member of `allOf` must hold. So
 * Prism and strict validators refuse the null such a field carries, while openapi-typescript types
 * it `| null`. Such a field becomes `oneOf: [{ $ref }, <only null>]`; a nullable inline enum lists
 * null among its values, as 3.0.3 requires. DTOs keep declaring `nullable: true`.
 */
function declareNullsExplicitly(document: OpenAPIObject): void {
  const components = (document.components?.schemas ?? {}) as Record<string, SchemaNode>;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const schema = node as SchemaNode;
    if (schema.nullable === true) {
      const allOf = schema.allOf as SchemaNode[] | undefined;
      const ref = (allOf?.length === 1 ? allOf[0].$ref : undefined) as string | undefined;
      if (ref) {
        const type = (components[ref.split('/').pop() as string]?.type as string | undefined) ?? 'object';
        delete schema.nullable;
        delete schema.allOf;
        delete schema.type;
        schema.oneOf = [{ $ref: ref }, { type, nullable: true, enum: [null] }];
      } else if (Array.isArray(schema.enum) && !schema.enum.includes(null)) {
        schema.enum = [...schema.enum, null];
      }
    }
    Object.values(schema).forEach(visit);
  };
  visit(document.components);
  visit(document.paths);
}
