import { Body, Controller, Get, Global, Injectable, Module, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsDateString, IsEmail, IsNotEmpty, IsOptional, IsString, ValidateNested } from 'class-validator';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DataSource } from 'typeorm';
import { Authorized, Public } from '../access/authorized.decorator';
import { DataScope } from '../access/data-scope';
import { PermissionRegistry } from '../access/permission-registry';
import { Principal, PrincipalResolver } from '../access/principal';
import { IsMoney } from '../money/money';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { createTestApp, DATABASE_TEXT, TestApp, violatesContract } from '../testing';
import { assertVersionMatches } from './etag';
import { IfMatch } from './if-match.decorator';
import { PageQueryDto, parseSort } from './pagination.dto';
import { ProblemDetailsFilter } from './problem-details.filter';
import { trimString } from './validation-error';
import { IsWebUrl } from './web-url';


class LineDto {
  @ApiProperty() @Transform(trimString) @IsString() @IsNotEmpty() label: string;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String }) @IsOptional() @IsDateString() at?: string | null;
}

class CreateThingDto {
  @ApiProperty() @IsString() @IsNotEmpty() name: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() note?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsEmail() email?: string;
  @IsWebUrl() @IsOptional() website?: string | null;
  @IsMoney({ required: false }) @IsOptional() capital?: string | null;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsDateString() happenedAt?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsDateString({ strict: true }) bornOn?: string;
  @ApiPropertyOptional({ type: [LineDto] }) @IsOptional() @ValidateNested({ each: true }) @Type(() => LineDto) lines?: LineDto[];
}

class UpdateThingDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() name?: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() note?: string | null;
}

class ThingQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsDateString() from?: string;
}

class RecordDto {
  @ApiProperty() @IsString() externalId: string;
}

/** What the probe answers about a thing (its answers are checked against these declarations too). */
class ThingDto {
  @ApiProperty() key: string;
  @ApiPropertyOptional() name?: string;
  @ApiPropertyOptional({ nullable: true, type: String }) note?: string | null;
  @ApiPropertyOptional() version?: number;
}

const FREE_FORM = { schema: { type: 'object', additionalProperties: true } };

@Controller('input-probe')
class InputProbeController {
  constructor(private readonly db: DataSource) {}

  @Post('things')
  @Authorized()
  @ApiCreatedResponse({ type: CreateThingDto })
  create(@Body() dto: CreateThingDto) {
    return dto;
  }

  @Patch('things/:key')
  @Authorized()
  @ApiOkResponse({ type: ThingDto })
  update(@Param('key') key: string, @Body() dto: UpdateThingDto) {
    return { key, ...dto };
  }

  @Get('things')
  @Authorized()
  @ApiOkResponse(FREE_FORM)
  list(@Query() query: ThingQueryDto) {
    return { sort: parseSort(query.sort, { name: 't.name', createdAt: 't.created_at' }, 'name', 't.id'), page: query.page };
  }

  @Get('things/:key')
  @Authorized()
  @ApiOkResponse({ type: ThingDto })
  get(@Param('key') key: string) {
    return { key, version: 3 };
  }

  @Put('things/:key')
  @Authorized()
  @ApiOkResponse({ type: ThingDto })
  @ApiProblems(412)
  replace(@Param('key') key: string, @Body() dto: UpdateThingDto, @IfMatch() ifMatch?: string) {
    assertVersionMatches(3, ifMatch);
    return { key, ...dto, version: 4 };
  }

  @Post('upload')
  @Authorized()
  @ApiConsumes('multipart/form-data')
  @ApiBody({ required: false, schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiCreatedResponse(FREE_FORM)
  upload() {
    return { uploaded: true };
  }

  @Post('login')
  @Public()
  @ApiCreatedResponse({ type: UpdateThingDto })
  login(@Body() dto: UpdateThingDto) {
    return dto;
  }

  @Post('records')
  @Authorized()
  @ApiCreatedResponse(FREE_FORM)
  @ApiProblems(409)
  async record(@Body() dto: RecordDto) {
    await this.db.query('INSERT INTO probe_record (external_id) VALUES ($1)', [dto.externalId]);
    return { ok: true };
  }
}

class ProbeRecordTable1764000200000 implements MigrationInterface {
  name = 'ProbeRecordTable1764000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE TABLE probe_record (id serial PRIMARY KEY, external_id text NOT NULL, title text NOT NULL DEFAULT \'\')');
    await q.query('CREATE UNIQUE INDEX probe_record_external_id_uq ON probe_record (external_id)');
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE probe_record');
  }
}

@Injectable()
class AdminToken extends PrincipalResolver {
  constructor(private readonly catalogue: PermissionRegistry) {
    super();
  }

  async resolveBearer(token: string): Promise<Principal | null> {
    if (token !== 'admin') return null;
    return {
      kind: 'user',
      userId: '00000000-0000-4000-8000-000000000001',
      username: 'probe',
      displayName: 'Probe',
      departmentId: null,
      roleCodes: [],
      permissions: new Set(this.catalogue.codes()),
      dataScope: DataScope.All,
      scopeDepartmentIds: null,
    };
  }
}

@Global()
@Module({ controllers: [InputProbeController], providers: [{ provide: PrincipalResolver, useClass: AdminToken }], exports: [PrincipalResolver] })
class InputProbeModule {}

const fieldsOf = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((e) => e.field);

describe('hostile input to the kernel (issue 18, findings 6–9, 11, 13)', () => {
  let t: TestApp;
  const webRoot = mkdtempSync(join(tmpdir(), 'kehu-spa-'));

  beforeAll(async () => {
    chmodSync(webRoot, 0o755);
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>spa</title>');
    // With the SPA served, as in production: its error handler turned every /api body error into 404.
    t = await createTestApp({
      imports: [InputProbeModule, ServeStaticModule.forRoot({ rootPath: webRoot, exclude: ['/api/{*path}', '/health'], serveStaticOptions: { index: false } })],
      migrations: [ProbeRecordTable1764000200000],
    });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  // Hostile on purpose (the answers are still checked against the probe's declarations).
  const post = (path: string) => violatesContract(t.http.post(`/api/v1/input-probe/${path}`)).auth('admin', { type: 'bearer' });

  function expectProblem(res: { status: number; headers: Record<string, string>; text: string }, status: number, type?: string) {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    if (type) expect(JSON.parse(res.text).type).toBe(`https://kehu.dev/problems/${type}`);
    expect(res.text).not.toMatch(DATABASE_TEXT);
    expect(res.text).not.toContain('probe_record');
  }

  describe('body parsing (finding 7)', () => {
    it('answers malformed JSON 400, never "Cannot POST"', async () => {
      const res = await post('things').set('content-type', 'application/json').send('{"name":');
      expectProblem(res, 400, 'malformed-body');
      expect(res.text).not.toContain('Cannot POST');
      expect(res.body).toMatchObject({ instance: '/api/v1/input-probe/things', requestId: res.headers['x-request-id'] });
    });

    it('answers a body over 2 MB 413', async () => {
      const res = await post('things').set('content-type', 'application/json').send(JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }));
      expectProblem(res, 413, 'payload-too-large');
    });

    it('answers a charset other than UTF-8, a type no parser reads and a body without type 415', async () => {
      expectProblem(await post('things').set('content-type', 'application/json; charset=latin9').send('{"name":"a"}'), 415, 'unsupported-media-type');
      expectProblem(await post('things').set('content-type', 'application/json; charset=utf-16').send('{"name":"a"}'), 415, 'unsupported-media-type');
      expectProblem(await post('things').set('content-type', 'text/plain').send('{"name":"a"}'), 415, 'unsupported-media-type');
      expectProblem(await post('things').set('content-type', 'application/xml').send('<name>a</name>'), 415, 'unsupported-media-type');
      expectProblem(await post('things').type('form').send('name=a'), 415, 'unsupported-media-type');
      const untyped = await violatesContract(t.http.post('/api/v1/input-probe/things'))
        .auth('admin', { type: 'bearer' })
        .set('content-length', '12')
        .serialize(() => '{"name":"a"}')
        .send('{"name":"a"}')
        .unset('content-type');
      expectProblem(untyped, 415, 'unsupported-media-type');
      expect((await post('things').set('content-type', 'application/json; charset=UTF-8').send('{"name":"a"}')).status).toBe(201);
    });

    it('answers a body of the wrong kind for the operation 415: multipart to JSON, JSON to an upload', async () => {
      expectProblem(await post('things').attach('file', Buffer.from('name'), 'a.txt'), 415, 'unsupported-media-type');
      expectProblem(await post('upload').send({ file: 'x' }), 415, 'unsupported-media-type');
      expect((await post('upload').attach('file', Buffer.from('x'), 'a.csv')).status).toBe(201);
      // No body at all is fine anywhere.
      expect((await post('upload')).status).toBe(201);
    });

    it('answers JSON nested 5,000 deep 400 before it reaches validation, also unauthenticated', async () => {
      const deep = '['.repeat(5000) + ']'.repeat(5000);
      expectProblem(await post('things').set('content-type', 'application/json').send(`{"lines":${deep}}`), 400, 'body-too-deep');
      const open = await violatesContract(t.http.post('/api/v1/input-probe/login')).set('content-type', 'application/json').send(`{"name":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`);
      expectProblem(open, 400, 'body-too-deep');
      // Brackets inside strings do not nest.
      expect((await post('things').send({ name: '[[[[{{{{'.repeat(100) })).status).toBe(201);
    });
  });

  describe('text, nulls and plausibility (findings 6, 8, 9)', () => {
    it('refuses NUL and lone surrogates in any string of the body, query or path, naming the field', async () => {
      const res = await post('things').send({ name: 'a\u0000b', note: 'x\ud800y', lines: [{ label: 'ok' }, { label: 'z\udc00' }] });
      expectProblem(res, 400, 'validation-error');
      expect(fieldsOf(res.body)).toEqual(expect.arrayContaining(['name', 'note', 'lines[1].label']));
      // IsEmail throws on a lone surrogate: the field is refused all the same, never a 500.
      const email = await post('things').send({ name: 'a', email: 'a\ud800@example.com' });
      expectProblem(email, 400, 'validation-error');
      expect(fieldsOf(email.body)).toEqual(['email']);
      const query = await violatesContract(t.http.get('/api/v1/input-probe/things')).query({ q: 'a\u0000' }).auth('admin', { type: 'bearer' });
      expectProblem(query, 400);
      expect(fieldsOf(query.body)).toContain('q');
      const param = await t.http.patch('/api/v1/input-probe/things/a%00b').auth('admin', { type: 'bearer' }).send({});
      expectProblem(param, 400);
      expect(fieldsOf(param.body)).toContain('key');
      // A surrogate pair is a character like any other.
      expect((await post('things').send({ name: '𠮷野家' })).status).toBe(201);
    });

    it('refuses null for a field not declared nullable, on PATCH too, and accepts it where declared', async () => {
      const res = await violatesContract(t.http.patch('/api/v1/input-probe/things/k')).auth('admin', { type: 'bearer' }).send({ name: null });
      expectProblem(res, 400, 'validation-error');
      expect(res.body.errors).toEqual([{ field: 'name', message: 'must not be null', code: 'notNull' }]);
      const nested = await post('things').send({ name: 'a', lines: [{ label: null }] });
      expect(fieldsOf(nested.body)).toEqual(['lines[0].label']);
      const cleared = await t.http.patch('/api/v1/input-probe/things/k').auth('admin', { type: 'bearer' }).send({ note: null });
      expect(cleared.status).toBe(200);
      expect(cleared.body).toEqual({ key: 'k', note: null });
    });

    it('refuses dates outside 1900–2200 in bodies, nested too', async () => {
      for (const happenedAt of ['0000-01-01T00:00:00Z', '1899-12-31T23:59:59Z', '2201-01-01T00:00:00Z', '-0001-01-01T00:00:00Z']) {
        const res = await post('things').send({ name: 'a', happenedAt });
        expect({ happenedAt, fields: fieldsOf(res.body) }).toEqual({ happenedAt, fields: ['happenedAt'] });
      }
      expect(fieldsOf((await post('things').send({ name: 'a', bornOn: '0000-01-01' })).body)).toEqual(['bornOn']);
      expect(fieldsOf((await post('things').send({ name: 'a', lines: [{ label: 'l', at: '0000-01-01T00:00:00Z' }] })).body)).toEqual(['lines[0].at']);
      // A filter is no stored value: it may look anywhere.
      const query = await t.http.get('/api/v1/input-probe/things').query({ from: '2999-01-01T00:00:00Z' }).auth('admin', { type: 'bearer' });
      expect(query.status).toBe(200);
      expect((await post('things').send({ name: 'a', happenedAt: '1900-01-01T00:00:00Z', bornOn: '2200-12-31' })).status).toBe(201);
    });

    it('accepts only http(s) web addresses and non-negative money', async () => {
      for (const website of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.com', 'vbscript:msgbox']) {
        expect({ website, fields: fieldsOf((await post('things').send({ name: 'a', website })).body) }).toEqual({ website, fields: ['website'] });
      }
      expect((await post('things').send({ name: 'a', website: 'https://chunyi.example.com/a?b=c' })).body.website).toBe('https://chunyi.example.com/a?b=c');
      expect((await post('things').send({ name: 'a', website: 'www.chunyi.example.com' })).body.website).toBe('http://www.chunyi.example.com');
      const negative = await post('things').send({ name: 'a', capital: '-5.00' });
      expect(negative.body.errors).toEqual([{ field: 'capital', message: 'must not be negative', code: 'matches' }]);
      expect((await post('things').send({ name: 'a', capital: '0.00' })).status).toBe(201);
    });
  });

  describe('lists (finding 6)', () => {
    const list = (query: Record<string, string>) =>
      violatesContract(t.http.get('/api/v1/input-probe/things')).query(query).auth('admin', { type: 'bearer' });

    it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__proto__', '-constructor'])(
      'refuses sort=%s naming sort',
      async (sort) => {
        const res = await list({ sort });
        expectProblem(res, 400);
        expect(fieldsOf(res.body)).toEqual(['sort']);
      },
    );

    it.each(['1e18', '-1', '0', '100001', '99999999999999999999', '1.5', 'NaN'])('refuses page=%s naming page', async (page) => {
      const res = await list({ page });
      expectProblem(res, 400);
      expect(fieldsOf(res.body)).toContain('page');
    });

    it('serves the pages and sorts it allows', async () => {
      const res = await list({ page: '100000', sort: '-name' });
      expect(res.status).toBe(200);
      expect(res.body.page).toBe(100000);
    });
  });

  describe('database errors (finding 8)', () => {
    it('answers a unique violation 409 naming the field, without the database text', async () => {
      expect((await post('records').send({ externalId: 'ERP-1' })).status).toBe(201);
      const res = await post('records').send({ externalId: 'ERP-1' });
      expectProblem(res, 409, 'duplicate');
      expect(res.body.errors).toEqual([{ field: 'externalId', message: 'is already taken', code: 'unique' }]);
      expect(res.text).not.toContain('ERP-1');
    });

    it('maps what PostgreSQL refuses to 4xx problems without its text', async () => {
      const filter = new ProblemDetailsFilter();
      const refused = async (sql: string, params: unknown[]) => {
        try {
          await t.db.query(sql, params);
        } catch (error) {
          return filter.toProblem(error);
        }
        throw new Error(`expected PostgreSQL to refuse ${sql}`);
      };
      const cases = [
        { problem: await refused('SELECT $1::text', ['a\u0000b']), status: 400 },
        { problem: await refused('SELECT $1::jsonb', ['"\\ud800"']), status: 400 },
        { problem: await refused('SELECT $1::bigint', ['20000000000000000000']), status: 400 },
        { problem: await refused('SELECT $1::uuid', ['nope']), status: 400 },
        { problem: await refused('INSERT INTO probe_record (external_id, title) VALUES ($1, NULL)', ['x']), status: 400, field: 'title' },
      ];
      for (const { problem, status, field } of cases) {
        expect(problem.status).toBe(status);
        expect(JSON.stringify(problem)).not.toMatch(DATABASE_TEXT);
        expect(JSON.stringify(problem)).not.toContain('probe_record');
        if (field) expect(problem.errors).toEqual([{ field, message: 'is required', code: 'notNull' }]);
      }
    });
  });

  describe('ETag and If-Match (finding 11)', () => {
    it('sends the version as the ETag, and accepts that very value as If-Match', async () => {
      const got = await t.http.get('/api/v1/input-probe/things/k').auth('admin', { type: 'bearer' });
      expect(got.headers.etag).toBe('W/"3"');
      const put = await t.http.put('/api/v1/input-probe/things/k').auth('admin', { type: 'bearer' }).set('If-Match', got.headers.etag).send({ name: 'n' });
      expect(put.status).toBe(200);
      expect(put.headers.etag).toBe('W/"4"');
      const stale = await t.http.put('/api/v1/input-probe/things/k').auth('admin', { type: 'bearer' }).set('If-Match', 'W/"2"').send({ name: 'n' });
      expectProblem(stale, 412, 'version-mismatch');
    });

    it('sends no body-hash ETag for answers that are not one record', async () => {
      const res = await t.http.get('/api/v1/input-probe/things').auth('admin', { type: 'bearer' });
      expect(res.headers.etag).toBeUndefined();
    });
  });

  describe('headers (finding 13)', () => {
    it('sends neither HSTS nor upgrade-insecure-requests over plain HTTP, and no inline scripts ever', async () => {
      for (const path of ['/', '/api/v1/input-probe/things/k', '/health']) {
        const res = await t.http.get(path);
        expect(res.headers['strict-transport-security']).toBeUndefined();
        const csp = res.headers['content-security-policy'];
        expect(csp).not.toContain('upgrade-insecure-requests');
        expect(csp).toMatch(/script-src 'self'(;|$)/);
        expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      }
    });

    it('sends both when a trusted proxy says the request came over TLS', async () => {
      const res = await t.http.get('/').set('X-Forwarded-Proto', 'https');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(res.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    });

    it('forbids caching API answers, not the SPA', async () => {
      expect((await t.http.get('/api/v1/input-probe/things/k').auth('admin', { type: 'bearer' })).headers['cache-control']).toBe('no-store');
      expect((await t.http.get('/api/v1/input-probe/things/k')).headers['cache-control']).toBe('no-store');
      expect((await t.http.get('/')).headers['cache-control']).not.toBe('no-store');
    });
  });
});
