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
  return document;
}
