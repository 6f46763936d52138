import { Body, Controller, Global, Injectable, Module, Post } from '@nestjs/common';
import { ApiCreatedResponse } from '@nestjs/swagger';
import { Authorized } from '../access/authorized.decorator';
import { DataScope } from '../access/data-scope';
import { PermissionRegistry, registerPermissions } from '../access/permission-registry';
import { Principal, PrincipalResolver } from '../access/principal';
import { JobRegistry } from '../jobs/job-registry';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { createTestApp, TestApp, TestClock, violatesContract } from '../testing';
import { MoneyField, TextField } from './field-decorators';
import { Idempotent } from './idempotency.interceptor';

class PayDto {
  @TextField({ max: 50 }) payer: string;
  @MoneyField() amount: string;
}

/** Every payment the handler actually made: the effects the key must keep to one. */
const effects: PayDto[] = [];
/** When set, the handler signals `entered` and waits for `hold` before it writes. */
let gate: { entered: () => void; hold: Promise<void> } | null = null;

@Controller('idempotency-probe')
class PaymentsProbe {
  @Post('payments')
  @Authorized('probe:write')
  @Idempotent()
  @ApiCreatedResponse({ schema: { type: 'object', properties: { id: { type: 'integer' }, payer: { type: 'string' }, amount: { type: 'string' } }, required: ['id', 'payer', 'amount'] } })
  @ApiProblems(400)
  async pay(@Body() dto: PayDto) {
    if (gate) {
      gate.entered();
      await gate.hold;
    }
    effects.push(dto);
    return { id: effects.length, payer: dto.payer, amount: dto.amount };
  }
}

const caller = (userId: string, permissions: readonly string[]): Principal => ({
  kind: 'user',
  userId,
  username: userId.slice(-4),
  displayName: 'Probe',
  departmentId: null,
  roleCodes: [],
  permissions: new Set(permissions),
  dataScope: DataScope.All,
  scopeDepartmentIds: null,
});

/** Two callers, `a` and `b`, both allowed to pay. */
@Injectable()
class TwoCallers extends PrincipalResolver {
  constructor(private readonly catalogue: PermissionRegistry) {
    super();
  }

  async resolveBearer(token: string): Promise<Principal | null> {
    if (token === 'a') return caller('00000000-0000-4000-8000-00000000000a', this.catalogue.codes());
    if (token === 'b') return caller('00000000-0000-4000-8000-00000000000b', this.catalogue.codes());
    return null;
  }
}

@Global()
@Module({
  controllers: [PaymentsProbe],
  providers: [
    registerPermissions({ group: { code: 'probe', name: { en: 'Probe', zh: '探针' }, order: 99 }, permissions: [{ code: 'probe:write', name: { en: 'Probe', zh: '探针' } }] }),
    { provide: PrincipalResolver, useClass: TwoCallers },
  ],
  exports: [PrincipalResolver],
})
class ProbeModule {}

describe('Idempotency-Key', () => {
  let t: TestApp;
  const clock = new TestClock('2026-12-07T02:00:00.000Z');

  beforeAll(async () => {
    t = await createTestApp({ imports: [ProbeModule], migrations: [], clock });
  });
  afterAll(() => t.close());
  beforeEach(() => {
    effects.length = 0;
    gate = null;
  });

  const pay = (body: object, key?: string, who = 'a', offContract = false) => {
    const post = t.http.post('/api/v1/idempotency-probe/payments');
    const req = (offContract ? violatesContract(post) : post).auth(who, { type: 'bearer' });
    return (key === undefined ? req : req.set('Idempotency-Key', key)).send(body);
  };

  it('answers a retry with the same key and body from the store: one payment, the same answer', async () => {
    const first = await pay({ payer: '春意空调', amount: '100.00' }, 'erp-1');
    expect(first.status).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    // Key order in the body does not make it another request.
    const again = await pay({ amount: '100.00', payer: '春意空调' }, 'erp-1');
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(effects).toHaveLength(1);
  });

  it('refuses the same key with another body: 422 idempotency-key-reused naming the header, nothing written', async () => {
    await pay({ payer: '春意空调', amount: '100.00' }, 'erp-2').expect(201);
    const other = await pay({ payer: '春意空调', amount: '100.01' }, 'erp-2');
    expect(other.status).toBe(422);
    expect(other.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(other.body.type).toBe('https://kehu.dev/problems/idempotency-key-reused');
    expect(other.body.errors.map((e: { field: string }) => e.field)).toEqual(['Idempotency-Key']);
    expect(effects).toHaveLength(1);
  });

  it('keeps each caller’s keys apart, and serves every request without a key', async () => {
    await pay({ payer: 'x', amount: '1.00' }, 'shared-key', 'a').expect(201);
    await pay({ payer: 'x', amount: '1.00' }, 'shared-key', 'b').expect(201);
    await pay({ payer: 'x', amount: '1.00' }).expect(201);
    await pay({ payer: 'x', amount: '1.00' }).expect(201);
    expect(effects).toHaveLength(4);
  });

  it('refuses a malformed key with 400 naming the header', async () => {
    for (const key of ['x'.repeat(256), 'has space']) {
      const res = await pay({ payer: 'x', amount: '1.00' }, key, 'a', true);
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['Idempotency-Key']);
    }
    expect(effects).toHaveLength(0);
  });

  it('stores no error answer: after a refused request the key is free for the corrected one', async () => {
    const bad = await pay({ payer: 'x', amount: '5.001' }, 'erp-3', 'a', true);
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['amount']);
    const fixed = await pay({ payer: 'x', amount: '5.00' }, 'erp-3');
    expect(fixed.status).toBe(201);
    expect(fixed.headers['idempotent-replayed']).toBeUndefined();
    expect(effects).toHaveLength(1);
  });

  it('answers 409 idempotency-key-in-flight while the first request runs, then replays its answer', async () => {
    let entered!: () => void;
    let open!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    gate = { entered, hold: new Promise<void>((resolve) => (open = resolve)) };
    const first = pay({ payer: 'x', amount: '7.00' }, 'erp-4').then((r) => r);
    await inside;
    const second = await pay({ payer: 'x', amount: '7.00' }, 'erp-4');
    expect(second.status).toBe(409);
    expect(second.body.type).toBe('https://kehu.dev/problems/idempotency-key-in-flight');
    expect(second.headers['retry-after']).toBe('1');
    open();
    expect((await first).status).toBe(201);
    const third = await pay({ payer: 'x', amount: '7.00' }, 'erp-4');
    expect(third.status).toBe(201);
    expect(third.body).toEqual((await first).body);
    expect(effects).toHaveLength(1);
  });

  it('makes one payment of twenty parallel requests with one key', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => pay({ payer: 'x', amount: '9.00' }, 'erp-5').then((r) => r)));
    expect(effects).toHaveLength(1);
    const ok = answers.filter((r) => r.status === 201);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    for (const r of ok) expect(r.body).toEqual({ id: 1, payer: 'x', amount: '9.00' });
    for (const r of answers.filter((r) => r.status !== 201)) expect(r.body.type).toBe('https://kehu.dev/problems/idempotency-key-in-flight');
  });

  it('forgets a key after 24 hours; the purge job deletes the expired answers', async () => {
    await pay({ payer: 'x', amount: '3.00' }, 'erp-6').expect(201);
    clock.advanceMinutes(24 * 60 - 1);
    expect((await pay({ payer: 'x', amount: '3.00' }, 'erp-6')).headers['idempotent-replayed']).toBe('true');
    expect(effects).toHaveLength(1);
    clock.advanceMinutes(1);
    const later = await pay({ payer: 'x', amount: '3.00' }, 'erp-6');
    expect(later.status).toBe(201);
    expect(later.headers['idempotent-replayed']).toBeUndefined();
    expect(effects).toHaveLength(2);

    clock.advanceDays(2);
    const run = await t.app.get(JobRegistry).run('idempotency-keys-purge', 'manual');
    expect(run.status).toBe('succeeded');
    expect((await t.db.query(`SELECT count(*)::int AS n FROM idempotency_key`))[0].n).toBe(0);
  });
});
