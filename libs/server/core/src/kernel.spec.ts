import { Body, Controller, Get, Global, Injectable, Module, OnModuleInit, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsInt, IsPositive, IsString, ValidateNested } from 'class-validator';
import { Authorized } from './access/authorized.decorator';
import { DataScope } from './access/data-scope';
import { PermissionRegistry, registerPermissions } from './access/permission-registry';
import { Principal, PrincipalResolver } from './access/principal';
import { JobRegistry } from './jobs/job-registry';
import { IsMoney } from './money/money';
import { ApiProblems } from './openapi/api-problems.decorator';
import { createTestApp, TestApp, violatesContract } from './testing';

class LineDto {
  @ApiProperty() @IsString() product: string;
  @ApiProperty() @IsInt() @IsPositive() quantity: number;
  @IsMoney() price: string;
}

class OrderDto {
  @ApiProperty() @IsString() customer: string;
  @ApiProperty({ type: [LineDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => LineDto)
  lines: LineDto[];
}

@Controller('kernel-probe')
class ProbeController {
  @Post('orders')
  @Authorized('probe:write')
  @ApiCreatedResponse({ schema: { type: 'object', properties: { ok: { type: 'boolean' }, lines: { type: 'integer' } }, required: ['ok', 'lines'] } })
  @ApiProblems(400)
  order(@Body() dto: OrderDto) {
    return { ok: true, lines: dto.lines.length };
  }

  @Get('crash')
  @Authorized()
  @ApiProblems({ 500: 'Always: this probe is the bug' })
  crash(): never {
    throw new Error('a bug with a secret inside');
  }
}

function principal(permissions: readonly string[]): Principal {
  return {
    kind: 'user',
    userId: '00000000-0000-4000-8000-000000000001',
    username: 'probe',
    displayName: 'Probe',
    departmentId: null,
    roleCodes: [],
    permissions: new Set(permissions),
    dataScope: DataScope.All,
    scopeDepartmentIds: null,
  };
}

/** The kernel's contract for authentication, fulfilled here by two fixed tokens. */
@Injectable()
class FixedTokens extends PrincipalResolver {
  constructor(private readonly catalogue: PermissionRegistry) {
    super();
  }

  async resolveBearer(token: string): Promise<Principal | null> {
    if (token === 'all') return principal(this.catalogue.codes());
    if (token === 'none') return principal([]);
    return null;
  }
}

let release: () => void = () => undefined;
let runs = 0;

@Injectable()
class ProbeJobs implements OnModuleInit {
  constructor(private readonly jobs: JobRegistry) {}
  onModuleInit() {
    this.jobs.register({
      name: 'slow-probe',
      description: 'waits until released',
      run: async () => {
        runs++;
        await new Promise<void>((resolve) => (release = resolve));
        return { runs };
      },
    });
    this.jobs.register({
      name: 'failing-probe',
      description: 'always fails',
      run: async () => {
        throw new Error('boom');
      },
    });
  }
}

@Global()
@Module({
  controllers: [ProbeController],
  providers: [
    registerPermissions({ group: { code: 'probe', name: { en: 'Probe', zh: '探针' }, order: 99 }, permissions: [{ code: 'probe:write', name: { en: 'Probe', zh: '探针' } }] }),
    { provide: PrincipalResolver, useClass: FixedTokens },
    ProbeJobs,
  ],
  exports: [PrincipalResolver],
})
class ProbeModule {}

describe('kernel HTTP behaviour', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [ProbeModule], migrations: [] });
  });
  afterAll(() => t.close());

  it('answers health with the database status, without credentials', async () => {
    const res = await t.http.get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('names nested fields in validation errors', async () => {
    const res = await violatesContract(t.http.post('/api/v1/kernel-probe/orders'))
      .auth('all', { type: 'bearer' })
      .send({ customer: 'c', lines: [{ product: 'p', quantity: 1, price: '1.00' }, { product: 'q', quantity: -2, price: '1.005' }], color: 'red' });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['lines[1].quantity', 'lines[1].price', 'color']));
    expect(fields).not.toContain('lines[0].quantity');
  });

  it('accepts valid input', async () => {
    const res = await t.http
      .post('/api/v1/kernel-probe/orders')
      .auth('all', { type: 'bearer' })
      .send({ customer: 'c', lines: [{ product: 'p', quantity: 2, price: '10.50' }] });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ ok: true, lines: 1 });
  });

  it('turns malformed JSON into a 400 problem', async () => {
    const res = await violatesContract(t.http.post('/api/v1/kernel-probe/orders'))
      .auth('all', { type: 'bearer' })
      .set('content-type', 'application/json')
      .send('{"customer":');
    expect(res.status).toBe(400);
    expect(res.body.type).toBe('https://kehu.dev/problems/malformed-body');
  });

  it('answers unknown routes with a 404 problem', async () => {
    const res = await violatesContract(t.http.get('/api/v1/no-such-thing'));
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ status: 404, type: 'https://kehu.dev/problems/not-found' });
  });

  it('requires credentials and the declared permission', async () => {
    const order = { customer: 'c', lines: [{ product: 'p', quantity: 1, price: '1.00' }] };
    expect((await t.http.post('/api/v1/kernel-probe/orders').send(order)).status).toBe(401);
    expect((await t.http.post('/api/v1/kernel-probe/orders').auth('bogus', { type: 'bearer' }).send(order)).status).toBe(401);
    const forbidden = await t.http.post('/api/v1/kernel-probe/orders').auth('none', { type: 'bearer' }).send(order);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.permission).toBe('probe:write');
  });

  it('hides a bug behind a 500 problem carrying the request id', async () => {
    const res = await t.http.get('/api/v1/kernel-probe/crash').auth('all', { type: 'bearer' }).set('X-Request-Id', 'trace-me-42');
    expect(res.status).toBe(500);
    expect(res.headers['x-request-id']).toBe('trace-me-42');
    expect(res.body.requestId).toBe('trace-me-42');
    expect(JSON.stringify(res.body)).not.toContain('secret');
  });

  it('makes a request id when none is sent', async () => {
    const res = await t.http.get('/health');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('runs a job once at a time across callers and records each run', async () => {
    const first = t.http.post('/api/v1/jobs/slow-probe/run').auth('all', { type: 'bearer' }).then((r) => r);
    // Wait until the first run holds the lock (the job has started).
    while (runs === 0) await new Promise((resolve) => setImmediate(resolve));
    const second = await t.http.post('/api/v1/jobs/slow-probe/run').auth('all', { type: 'bearer' });
    expect(second.status).toBe(409);
    expect(second.body.type).toBe('https://kehu.dev/problems/job-busy');
    release();
    const done = await first;
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ name: 'slow-probe', status: 'succeeded', trigger: 'manual', result: { runs: 1 } });

    const failed = await t.http.post('/api/v1/jobs/failing-probe/run').auth('all', { type: 'bearer' });
    expect(failed.body).toMatchObject({ status: 'failed', error: 'boom' });
    const list = await t.http.get('/api/v1/jobs').auth('all', { type: 'bearer' });
    expect(list.body.find((j: { name: string }) => j.name === 'slow-probe').lastRun.status).toBe('succeeded');
    expect((await t.http.post('/api/v1/jobs/nope/run').auth('all', { type: 'bearer' })).status).toBe(404);
    expect((await t.http.post('/api/v1/jobs/slow-probe/run').auth('none', { type: 'bearer' })).status).toBe(403);
  });
});
