import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { ApiCreatedResponse, ApiProperty, type OpenAPIObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '../http/problem';
import { ApiProblems } from './api-problems.decorator';
import { buildOpenApiDocument } from './openapi-document';

enum ProbeColour {
  Red = 'RED',
  Blue = 'BLUE',
}

class ProbeNestedDto {
  @ApiProperty() label: string;
}

class ProbeNullablesDto {
  @ApiProperty({ enum: ProbeColour, enumName: 'ProbeColour', nullable: true }) colour: ProbeColour | null;
  @ApiProperty({ type: ProbeNestedDto, nullable: true }) nested: ProbeNestedDto | null;
  @ApiProperty({ enum: ['A', 'B'], nullable: true }) letter: 'A' | 'B' | null;
}

@Controller('problem-probe')
class ProbeController {
  @Get()
  @ApiProblems(403, { 409: 'Conflicts: `…/problems/claim-cooldown` with `claimableAt`' })
  probe() {
    return {};
  }

  @Post()
  @ApiCreatedResponse({ type: ProbeNullablesDto })
  create(@Body() dto: ProbeNestedDto) {
    return dto;
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

type Schema = {
  type?: string;
  format?: string;
  nullable?: boolean;
  description?: string;
  required?: string[];
  $ref?: string;
  allOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
};

/** The extension members clients read, the problem types that carry them, and their shape. */
const EXTENSIONS: Record<string, { carriedBy: string[]; schema: Schema }> = {
  errors: {
    carriedBy: ['validation-error', 'duplicate-customer', 'protection-incomplete', 'invalid-import-file', 'username-taken', 'unknown-role'],
    schema: { type: 'array', items: { $ref: '#/components/schemas/FieldErrorDto' } },
  },
  // A $ref with a description is wrapped in allOf (OpenAPI 3.0 ignores a $ref's siblings).
  existing: { carriedBy: ['duplicate-customer'], schema: { allOf: [{ $ref: '#/components/schemas/ProblemExistingCustomerDto' }] } },
  action: { carriedBy: ['illegal-lifecycle-transition'], schema: { type: 'string' } },
  currentStatus: { carriedBy: ['illegal-lifecycle-transition', 'churn-alert-closed'], schema: { type: 'string' } },
  currentStage: { carriedBy: ['illegal-lifecycle-transition'], schema: { type: 'string' } },
  protectionUntil: { carriedBy: ['protection-expired'], schema: { type: 'string', format: 'date-time', nullable: true } },
  extensionsUsed: { carriedBy: ['extension-limit'], schema: { type: 'integer' } },
  maxExtensions: { carriedBy: ['extension-limit'], schema: { type: 'integer' } },
  claimableAt: { carriedBy: ['claim-cooldown'], schema: { type: 'string', format: 'date-time' } },
  ownedProtected: { carriedBy: ['owned-customer-limit'], schema: { type: 'integer' } },
  maxOwnedCustomers: { carriedBy: ['owned-customer-limit'], schema: { type: 'integer' } },
  claimsToday: { carriedBy: ['daily-claim-limit'], schema: { type: 'integer' } },
  maxDailyClaims: { carriedBy: ['daily-claim-limit'], schema: { type: 'integer' } },
  permission: { carriedBy: ['forbidden'], schema: { type: 'string' } },
  teamAccess: { carriedBy: ['forbidden'], schema: { type: 'string', nullable: true } },
  lockedUntil: { carriedBy: ['account-locked'], schema: { type: 'string', format: 'date-time' } },
  currentVersion: { carriedBy: ['version-mismatch'], schema: { type: 'integer' } },
  usages: { carriedBy: ['dictionary-item-in-use'], schema: { type: 'array', items: { type: 'string' } } },
  approvalId: { carriedBy: ['approval-already-pending'], schema: { type: 'string', format: 'uuid' } },
  currentStep: { carriedBy: ['approval-not-pending'], schema: { type: 'integer' } },
  approvalStatus: { carriedBy: ['approval-not-pending'], schema: { type: 'string' } },
};

describe('the OpenAPI problem document (ProblemDto)', () => {
  let app: INestApplication;
  let document: OpenAPIObject;
  const schema = (name: string) => document.components?.schemas?.[name] as Schema;

  beforeAll(async () => {
    app = await NestFactory.create(ProbeModule, { logger: false });
    await app.init();
    document = buildOpenApiDocument(app);
  });
  afterAll(() => app.close());

  it('keeps the RFC 9457 members, with type, title and status required and nothing else', () => {
    const problem = schema('ProblemDto');
    expect(problem.required).toEqual(['type', 'title', 'status']);
    for (const member of ['type', 'title', 'status', 'detail', 'instance', 'requestId']) expect(problem.properties?.[member]).toBeDefined();
  });

  it.each(Object.entries(EXTENSIONS))(
    'declares the extension member %s, optional and documented',
    (member, { carriedBy, schema: shape }) => {
      const declared = schema('ProblemDto').properties?.[member];
      expect(declared).toMatchObject(shape);
      expect(schema('ProblemDto').required).not.toContain(member);
      // Which problem types carry it, named as in `…/problems/<code>`.
      for (const code of carriedBy) expect(declared?.description).toContain(`\`${code}\``);
    },
  );

  it('declares no undocumented member', () => {
    const standard = ['type', 'title', 'status', 'detail', 'instance', 'requestId'];
    const extensions = Object.keys(schema('ProblemDto').properties ?? {}).filter((m) => !standard.includes(m));
    expect(extensions.sort()).toEqual(Object.keys(EXTENSIONS).sort());
  });

  it('describes the customer a duplicate collides with', () => {
    const existing = schema('ProblemExistingCustomerDto');
    expect(existing.required?.sort()).toEqual(['id', 'name', 'ownerName', 'status']);
    expect(existing.properties).toMatchObject({
      id: { type: 'string', format: 'uuid', nullable: true },
      name: { type: 'string' },
      status: { type: 'string' },
      ownerName: { type: 'string', nullable: true },
    });
  });

  it('declares a nullable named enum or nested DTO so that it admits null (OpenAPI 3.0.3: oneOf with a null-only schema)', () => {
    const properties = schema('ProbeNullablesDto').properties ?? {};
    expect(properties.colour).toEqual({ oneOf: [{ $ref: '#/components/schemas/ProbeColour' }, { type: 'string', nullable: true, enum: [null] }] });
    expect(properties.nested).toEqual({ oneOf: [{ $ref: '#/components/schemas/ProbeNestedDto' }, { type: 'object', nullable: true, enum: [null] }] });
    expect(properties.letter).toMatchObject({ type: 'string', nullable: true, enum: ['A', 'B', null] });
  });

  it('still answers the documented errors with problem+json referring to ProblemDto', () => {
    const responses = (document.paths['/problem-probe'].get?.responses ?? {}) as Record<
      string,
      { content: Record<string, { schema: Schema }> }
    >;
    for (const status of ['403', '409']) {
      expect(responses[status].content[PROBLEM_CONTENT_TYPE].schema).toEqual({ $ref: '#/components/schemas/ProblemDto' });
    }
  });
});
