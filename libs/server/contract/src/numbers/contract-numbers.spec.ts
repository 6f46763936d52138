import { approvalMigrations } from '@kehu/server-approval';
import { Principal } from '@kehu/server-core';
import { createTestApp, describeScopeHarness, TestApp, TestClock, violatesContract } from '@kehu/server-core/testing';
import { customerMigrations } from '@kehu/server-customer';
import { opportunityMigrations } from '@kehu/server-opportunity';
import { PermissionsModule, permissionsMigrations } from '@kehu/server-permissions';
import { adminToken, createDepartment, createUser, loginAs, scopeWorld } from '@kehu/server-permissions/testing';
import { productMigrations } from '@kehu/server-product';
import { SettingsModule, settingsMigrations } from '@kehu/server-settings';
import { ContractModule } from '../contract.module';
import { ContractNumberFacade } from '../contract.facade';
import { contractMigrations } from '../migrations';

describe('contract numbers', () => {
  let t: TestApp;
  let admin: string;
  let rep: { id: string; token: string };
  let colleague: { id: string; token: string };
  let finance: { id: string; token: string };
  let east: string;
  // 10:00 in Shanghai on 23 November 2026.
  const clock = new TestClock('2026-11-23T02:00:00.000Z');

  beforeAll(async () => {
    t = await createTestApp({
      imports: [PermissionsModule, SettingsModule, ContractModule],
      migrations: [...permissionsMigrations, ...settingsMigrations, ...approvalMigrations, ...customerMigrations, ...productMigrations, ...opportunityMigrations, ...contractMigrations],
      clock,
    });
    admin = await adminToken(t);
    east = await createDepartment(t, admin, '华东销售部');
    rep = await createUser(t, admin, { username: 'num_rep', roles: ['sales_rep'], departmentId: east, displayName: '张伟' });
    colleague = await createUser(t, admin, { username: 'num_colleague', roles: ['sales_rep'], departmentId: east });
    finance = await createUser(t, admin, { username: 'num_finance', roles: ['finance'] });
  }, 60_000);
  afterAll(() => t?.close());

  /** Moves the clock, and signs everyone in again: tokens issued at the old time may have expired. */
  async function at(instant: string): Promise<void> {
    clock.set(instant);
    admin = await adminToken(t);
    rep.token = await loginAs(t, 'num_rep');
    colleague.token = await loginAs(t, 'num_colleague');
    finance.token = await loginAs(t, 'num_finance');
  }

  const reserve = (token: string) => t.http.post('/api/v1/contract-numbers').auth(token, { type: 'bearer' });
  const get = (token: string, url: string) => t.http.get(`/api/v1${url}`).auth(token, { type: 'bearer' });
  /** The principal the facade is called with: the user as the API resolves them. */
  const principalOf = (user: { id: string }, departmentId: string | null = east): Principal =>
    ({ kind: 'user', userId: user.id, username: 'x', displayName: 'x', departmentId, roleCodes: [], permissions: new Set(), dataScope: 'SELF', scopeDepartmentIds: [] }) as unknown as Principal;
  const facade = () => t.app.get(ContractNumberFacade);

  it('reserves HT{yyyy}{MM}-{seq:4} numbers for the caller, valid for contractNumberReservationDays, shown as theirs', async () => {
    await at('2026-11-23T02:00:00.000Z');
    const res = await reserve(rep.token);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      number: 'HT202611-0001',
      period: '202611',
      seq: 1,
      status: 'RESERVED',
      ownerId: rep.id,
      ownerName: '张伟',
      departmentId: east,
      reservedAt: '2026-11-23T02:00:00.000Z',
      expiresAt: '2026-12-23T02:00:00.000Z',
    });
    const second = await reserve(rep.token);
    expect(second.body.number).toBe('HT202611-0002');
    const mine = await get(rep.token, '/contract-numbers?status=RESERVED');
    expect(mine.body.items.map((n: { number: string }) => n.number)).toEqual(['HT202611-0002', 'HT202611-0001']);
    const audit = await t.db.query(`SELECT action, actor_id FROM audit_log WHERE entity_id = $1`, [res.body.id]);
    expect(audit).toEqual([{ action: 'RESERVE', actor_id: rep.id }]);
  });

  it('numbers by month in the business time zone, restarting the sequence each month', async () => {
    // 16:30 UTC on 30 November is already 1 December in Shanghai.
    await at('2026-11-30T16:30:00.000Z');
    expect((await reserve(rep.token)).body.number).toBe('HT202612-0001');
    await at('2026-11-30T15:59:00.000Z');
    expect((await reserve(rep.token)).body.number).toMatch(/^HT202611-\d{4}$/);
  });

  it('follows the pattern and prefix rules', async () => {
    await at('2027-03-02T02:00:00.000Z');
    await t.http.put('/api/v1/settings/rules/contractNumberPattern').auth(admin, { type: 'bearer' }).send({ value: '{prefix}-{yy}{MM}{seq:3}' }).expect(200);
    await t.http.put('/api/v1/settings/rules/contractNumberPrefix').auth(admin, { type: 'bearer' }).send({ value: 'JS' }).expect(200);
    expect((await reserve(rep.token)).body.number).toBe('JS-2703001');
    const bad = await t.http.put('/api/v1/settings/rules/contractNumberPattern').auth(admin, { type: 'bearer' }).send({ value: 'HT{yyyy}' });
    expect(bad.status).toBe(400);
    await t.http.delete('/api/v1/settings/rules/contractNumberPattern').auth(admin, { type: 'bearer' }).expect(200);
    await t.http.delete('/api/v1/settings/rules/contractNumberPrefix').auth(admin, { type: 'bearer' }).expect(200);
  });

  it('gives 50 concurrent issuers 50 distinct, consecutive numbers', async () => {
    await at('2027-05-10T02:00:00.000Z');
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        i % 2 ? reserve(i % 4 === 1 ? rep.token : colleague.token) : t.db.transaction((tx) => facade().allocate(tx, principalOf(rep))),
      ),
    );
    const numbers = answers.map((a) => ('status' in a && 'body' in a ? (a as { status: number; body: { number: string } }).body.number : (a as { number: string }).number));
    expect(new Set(numbers).size).toBe(50);
    expect([...numbers].sort()).toEqual(Array.from({ length: 50 }, (_, i) => `HT202705-${String(i + 1).padStart(4, '0')}`));
  });

  it('returns the number of a rolled-back issue: no gap, no duplicate', async () => {
    await at('2027-06-10T02:00:00.000Z');
    await expect(
      t.db.transaction(async (tx) => {
        await facade().allocate(tx, principalOf(rep));
        throw new Error('the contract failed to save');
      }),
    ).rejects.toThrow('the contract failed to save');
    expect((await reserve(rep.token)).body.number).toBe('HT202706-0001');
  });

  it('lets only the holder consume a live reservation; another’s, a used one and an unknown one are refused naming number', async () => {
    await at('2027-07-01T02:00:00.000Z');
    const { number } = (await reserve(rep.token)).body;
    const refusal = (promise: Promise<unknown>) =>
      promise.then(
        () => 'consumed',
        (e: { status: number; code: string; extra: { errors?: Array<{ field: string }> } }) => [e.status, e.code, e.extra.errors?.[0].field],
      );
    expect(await refusal(t.db.transaction((tx) => facade().consumeReservation(tx, number, principalOf(colleague))))).toEqual([
      409,
      'contract-number-reserved-by-other',
      'number',
    ]);
    expect(await refusal(t.db.transaction((tx) => facade().consumeReservation(tx, 'HT209901-0001', principalOf(rep))))).toEqual([
      400,
      'contract-number-unknown',
      'number',
    ]);
    const used = await t.db.transaction((tx) => facade().consumeReservation(tx, number, principalOf(rep)));
    expect(used).toMatchObject({ number, status: 'USED', usedAt: '2027-07-01T02:00:00.000Z' });
    expect(await refusal(t.db.transaction((tx) => facade().consumeReservation(tx, number, principalOf(rep))))).toEqual([409, 'contract-number-used', 'number']);
  });

  it('voids lapsed reservations through the daily job, keeps them on record for auditors, and never reissues them', async () => {
    await at('2027-08-01T02:00:00.000Z');
    // Earlier tests' reservations are long due: voided first, so this run counts only what it sets up.
    await t.http.post('/api/v1/jobs/contract-number-expiry/run').auth(admin, { type: 'bearer' }).expect(200);
    const lapsing = (await reserve(rep.token)).body;
    await at('2027-08-20T02:00:00.000Z');
    const fresh = (await reserve(rep.token)).body;
    // Due at exactly 30 days: a minute before, nothing; at the deadline the holder can no longer use it.
    await at('2027-08-31T01:59:00.000Z');
    expect((await t.http.post('/api/v1/jobs/contract-number-expiry/run').auth(admin, { type: 'bearer' })).body.result).toEqual({ voided: 0 });
    await at('2027-08-31T02:00:00.000Z');
    await expect(t.db.transaction((tx) => facade().consumeReservation(tx, lapsing.number, principalOf(rep)))).rejects.toMatchObject({
      code: 'contract-number-expired',
    });
    const run = await t.http.post('/api/v1/jobs/contract-number-expiry/run').auth(admin, { type: 'bearer' });
    expect(run.body).toMatchObject({ status: 'succeeded', result: { voided: expect.any(Number) } });

    const voids = await get(finance.token, '/contract-numbers/voids?period=202708');
    expect(voids.status).toBe(200);
    expect(voids.body.items).toEqual([
      expect.objectContaining({ number: lapsing.number, status: 'VOID', voidReason: 'EXPIRED', voidedAt: '2027-08-31T02:00:00.000Z', ownerId: rep.id }),
    ]);
    expect((await get(rep.token, `/contract-numbers?status=RESERVED`)).body.items.map((n: { id: string }) => n.id)).toContain(fresh.id);
    const audit = await t.db.query(`SELECT action, actor_name FROM audit_log WHERE entity_id = $1 ORDER BY id`, [lapsing.id]);
    expect(audit).toEqual([
      { action: 'RESERVE', actor_name: 'num_rep' },
      { action: 'VOID', actor_name: 'system' },
    ]);
    // The void number stays void: the next issue continues the sequence.
    const next = (await reserve(rep.token)).body;
    expect(next.seq).toBe(fresh.seq + 1);
    await expect(t.db.transaction((tx) => facade().consumeReservation(tx, lapsing.number, principalOf(rep)))).rejects.toMatchObject({
      code: 'contract-number-expired',
    });
  });

  it('shows voids only to holders of contract-number:audit, and refuses a malformed period naming it', async () => {
    expect((await get(rep.token, '/contract-numbers/voids')).status).toBe(403);
    const bad = await get(finance.token, '/contract-numbers/voids?period=2027-8');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'period' })]);
    const status = await violatesContract(get(rep.token, '/contract-numbers?status=LOST'));
    expect(status.status).toBe(400);
    expect(status.body.errors).toEqual([expect.objectContaining({ field: 'status' })]);
  });

  describe('reservations under the data scope', () => {
    describeScopeHarness('contract numbers', () => ({
      world: scopeWorld(t, admin),
      resource: {
        permissions: ['contract:read', 'contract:write'],
        async create(owner) {
          const res = await reserve(owner.token);
          if (res.status !== 201) throw new Error(`reserve: ${res.status} ${JSON.stringify(res.body)}`);
          return res.body.id as string;
        },
        list: async (viewer) => (await get(viewer.token, '/contract-numbers?pageSize=200')).body.items.map((n: { id: string }) => n.id),
      },
    }));
  });
});
