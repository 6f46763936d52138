import { approvalMigrations } from '@kehu/server-approval';
import { createTestApp, TestApp, TestClock, violatesContract } from '@kehu/server-core/testing';
import { PermissionsModule, permissionsMigrations } from '@kehu/server-permissions';
import { adminToken, createDepartment, createUser, loginAs } from '@kehu/server-permissions/testing';
import { SettingsModule, settingsMigrations } from '@kehu/server-settings';
import { RAISE_CHURN_ALERTS_SQL } from '../churn/churn.repository';
import { CustomerModule } from '../customer.module';
import { customerMigrations } from '../migrations';
import { PoolService } from '../pool/pool.service';
import { CustomerStore } from '../storage/customer-store';
import { addContact, createCustomer, markFormal } from '../testing/customer-fixtures';

/**
 * The protection lifecycle driven through the HTTP API with an injected clock (DOMAIN §3, §10):
 * review, expiry into the pool, intent, extension, rejection across a weekend, abandon and
 * claim with cooldown and limits, concurrent claims, churn.
 */
// A story logs five users in after each move of the clock (argon2id each): 20–25 s alone on a shared
// 2-core machine, past jest's 30 s when the other suites run beside it.
jest.setTimeout(90_000);

describe('customer lifecycle (API)', () => {
  const clock = new TestClock('2026-11-23T01:00:00.000Z'); // Monday 09:00 in Shanghai
  let t: TestApp;
  const users: Record<'admin' | 'rep1' | 'rep2' | 'mgr' | 'reviewer', { id: string; token: string; username: string }> = {} as never;
  let teamA: string;

  const DAY = 86_400_000;
  type Who = keyof typeof users;
  const call = (who: Who, method: 'get' | 'post' | 'put', url: string, body?: object) => {
    const req = t.http[method](`/api/v1${url}`).auth(users[who].token, { type: 'bearer' });
    return body ? req.send(body) : req;
  };
  /** Access tokens live 15 minutes of the (moved) clock: log everyone in again. */
  const relogin = async () => {
    users.admin.token = await adminToken(t);
    for (const who of ['rep1', 'rep2', 'mgr', 'reviewer'] as const) users[who].token = await loginAs(t, users[who].username);
  };
  const customer = async (who: Who, id: string) => (await call(who, 'get', `/customers/${id}`)).body;
  const runJob = async (name: string) => {
    const res = await call('admin', 'post', `/jobs/${name}/run`);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('succeeded');
    return res.body.result as Record<string, number>;
  };
  const setRule = async (key: string, value: unknown) => expect((await call('admin', 'put', `/settings/rules/${key}`, { value })).status).toBe(200);
  const pendingApproval = async (who: Who, subjectType: string, subjectId: string) => {
    const res = await call(who, 'get', `/approvals?status=pending&subjectType=${subjectType}&pageSize=200`);
    const approval = res.body.items.find((a: { subjectId: string }) => a.subjectId === subjectId);
    if (!approval) throw new Error(`no pending ${subjectType} for ${subjectId} in ${who}'s inbox`);
    return approval.id as string;
  };
  const approve = async (who: Who, subjectType: string, subjectId: string, comment?: string) => {
    const res = await call(who, 'post', `/approvals/${await pendingApproval(who, subjectType, subjectId)}/approve`, { comment });
    expect(res.status).toBe(200);
  };
  const reject = async (who: Who, subjectType: string, subjectId: string, comment: string) => {
    const res = await call(who, 'post', `/approvals/${await pendingApproval(who, subjectType, subjectId)}/reject`, { comment });
    expect(res.status).toBe(200);
  };
  /** A customer entered by rep1, given the contact a review needs, and approved by the reviewer now. */
  const protectedCustomer = async (who: Who = 'rep1') => {
    const c = await createCustomer(t, users[who].token);
    await addContact(t, users[who].token, c.id);
    await approve('reviewer', 'customer.protection', c.id);
    return c;
  };

  beforeAll(async () => {
    t = await createTestApp({
      imports: [PermissionsModule, SettingsModule, CustomerModule],
      migrations: [...permissionsMigrations, ...settingsMigrations, ...approvalMigrations, ...customerMigrations],
      clock,
    });
    users.admin = { id: '', token: await adminToken(t), username: 'admin' };
    const sales = await createDepartment(t, users.admin.token, '销售部');
    teamA = await createDepartment(t, users.admin.token, '销售一部', sales);
    const teamB = await createDepartment(t, users.admin.token, '销售二部', sales);
    const spec = [
      ['rep1', 'sales_rep', teamA],
      ['rep2', 'sales_rep', teamB],
      ['mgr', 'sales_manager', teamA],
      ['reviewer', 'reviewer', sales],
    ] as const;
    for (const [username, role, departmentId] of spec) {
      users[username] = { ...(await createUser(t, users.admin.token, { username, roles: [role], departmentId })), username };
    }
    await t.http.patch(`/api/v1/departments/${teamA}`).auth(users.admin.token, { type: 'bearer' }).send({ managerId: users.mgr.id }).expect(200);
  });
  afterAll(() => t.close());

  it('new customer: pending review, in the reviewer queue with what is missing and duplicates; approval protects potentialDays', async () => {
    const first = await createCustomer(t, users.rep1.token, { name: '靖江市春意空调有限公司' });
    const c = await createCustomer(t, users.rep2.token, { name: '靖江市春意空调设备有限公司' });
    expect(await customer('rep2', c.id)).toMatchObject({ status: 'POTENTIAL', stage: 'POTENTIAL_PENDING', protectionUntil: null, reviewState: 'PENDING' });

    const queue = await call('reviewer', 'get', '/customers/review-queue?pageSize=200');
    expect(queue.status).toBe(200);
    const item = queue.body.items.find((i: { customer: { id: string } }) => i.customer.id === c.id);
    expect(item).toMatchObject({ requesterName: 'rep2', missing: ['contact'], contactCount: 0 });
    expect(item.duplicates.map((d: { id: string }) => d.id)).toContain(first.id);
    expect(item.duplicates.map((d: { id: string }) => d.id)).not.toContain(c.id);
    // A rep is not a reviewer.
    expect((await call('rep1', 'get', '/customers/review-queue')).status).toBe(403);

    await addContact(t, users.rep2.token, c.id);
    await approve('reviewer', 'customer.protection', c.id, '资料完整');
    const approved = await customer('rep2', c.id);
    expect(approved).toMatchObject({ stage: 'POTENTIAL_PROTECTED', reviewState: 'APPROVED' });
    expect(new Date(approved.protectionUntil).getTime()).toBe(clock.now().getTime() + 30 * DAY);
    const history = (await call('rep2', 'get', `/customers/${c.id}/history`)).body;
    expect(history[0]).toMatchObject({ event: 'APPROVED', actorName: 'reviewer', reason: '资料完整', approvalId: expect.any(String) });
  });

  it('deleting or merging away a customer withdraws its pending review: nothing stays in the reviewer queue', async () => {
    const deleted = await createCustomer(t, users.rep1.token);
    const merged = await createCustomer(t, users.rep1.token);
    const survivor = await protectedCustomer();
    await call('admin', 'get', `/customers/${deleted.id}`).expect(200);
    await t.http.delete(`/api/v1/customers/${deleted.id}`).auth(users.admin.token, { type: 'bearer' }).expect(204);
    await call('mgr', 'post', `/customers/${survivor.id}/merge`, { duplicateId: merged.id }).expect(200);
    const queue = (await call('reviewer', 'get', '/customers/review-queue?pageSize=200')).body.items.map((i: { customer: { id: string } }) => i.customer.id);
    expect(queue).not.toContain(deleted.id);
    expect(queue).not.toContain(merged.id);
    const requests = await t.db.query(`SELECT status FROM approval_request WHERE subject_id = ANY($1::uuid[])`, [[deleted.id, merged.id]]);
    expect(requests.map((r: { status: string }) => r.status)).toEqual(['CANCELLED', 'CANCELLED']);
  });

  it('POTENTIAL → 30 days → pool by the reclaim job (idempotent), with a reminder 3 days before', async () => {
    clock.set('2026-11-23T01:00:00.000Z');
    await relogin();
    const c = await protectedCustomer();
    clock.advanceDays(26.9);
    await relogin();
    const kinds = async () => (await call('rep1', 'get', '/reminders')).body.items.filter((r: { subjectId: string }) => r.subjectId === c.id).map((r: { kind: string }) => r.kind);
    expect(await kinds()).toEqual([]);
    clock.advanceDays(0.2); // 27.1 days: within remindDaysBeforeExpiry (3)
    await relogin();
    expect(await kinds()).toEqual(['protection-expiring']);

    clock.advanceDays(2.8); // 29.9 days: not yet
    await relogin();
    await runJob('pool-reclaim');
    expect((await customer('rep1', c.id)).status).toBe('POTENTIAL');

    clock.advanceDays(0.2); // 30.1 days
    await relogin();
    const result = await runJob('pool-reclaim');
    expect(result.released).toBeGreaterThanOrEqual(1);
    expect((await runJob('pool-reclaim')).released).toBe(0);

    // Out of rep1's scope now; in the pool for claimants, with the previous owner.
    expect((await call('rep1', 'get', `/customers/${c.id}`)).status).toBe(404);
    clock.advanceDays(2);
    await relogin();
    const pool = await call('rep2', 'get', '/customers/pool?pageSize=200');
    const entry = pool.body.items.find((p: { id: string }) => p.id === c.id);
    expect(entry).toMatchObject({ stage: 'POOL', poolReason: 'EXPIRED', previousOwnerName: 'rep1', daysInPool: 2, ownerId: null });
    const detail = await call('rep2', 'get', `/customers/pool/${c.id}`);
    expect(detail.body.history[0]).toMatchObject({ event: 'EXPIRED', fromOwnerName: 'rep1', fromStatus: 'POTENTIAL', toStatus: 'POOL', actorName: null });
  });

  it('the reclaim job releases in chunks, each with its history, until nothing is due', async () => {
    clock.set('2026-11-24T01:00:00.000Z');
    await relogin();
    const due = [];
    for (let i = 0; i < 5; i++) due.push(await protectedCustomer());
    const kept = await protectedCustomer('rep2');
    await setRule('potentialDays', 60);
    // Rules apply from the next approval on: rep2's new customer is protected 60 days.
    const later = await protectedCustomer('rep2');
    clock.advanceDays(31);
    await relogin();
    t.app.get(PoolService).releaseChunk = 2;
    try {
      const result = await runJob('pool-reclaim');
      expect(result).toMatchObject({ chunks: expect.any(Number) });
      expect(result.chunks).toBeGreaterThanOrEqual(3);
      expect(result.released).toBeGreaterThanOrEqual(6);
    } finally {
      t.app.get(PoolService).releaseChunk = 5000;
      await setRule('potentialDays', 30);
    }
    for (const c of [...due, kept]) expect((await call('admin', 'get', `/customers/${c.id}`)).body.status).toBe('POOL');
    expect((await call('admin', 'get', `/customers/${later.id}`)).body.status).toBe('POTENTIAL');
    const expired = await t.db.query(`SELECT count(*)::int AS n FROM customer_history WHERE event = 'EXPIRED' AND customer_id = ANY($1::uuid[])`, [[...due, kept].map((c) => c.id)]);
    expect(expired[0].n).toBe(6);
  });

  it('intent: request with reason → manager approves → INTENT protected 15 days → pool', async () => {
    clock.set('2026-12-01T02:00:00.000Z');
    await relogin();
    const c = await protectedCustomer();
    expect((await violatesContract(call('rep1', 'post', `/customers/${c.id}/request-intent`, {}))).status).toBe(400);
    const requested = await call('rep1', 'post', `/customers/${c.id}/request-intent`, { reason: '客户确认预算' });
    expect(requested.status).toBe(200);
    expect(requested.body).toMatchObject({ intentPending: true, stage: 'POTENTIAL_PROTECTED' });
    // A second request while one is pending.
    const twice = await call('rep1', 'post', `/customers/${c.id}/request-intent`, { reason: '再次' });
    expect(twice.status).toBe(409);
    expect(twice.body.type).toContain('intent-pending');
    await approve('mgr', 'customer.intent', c.id);
    const intent = await customer('rep1', c.id);
    expect(intent).toMatchObject({ status: 'INTENT', stage: 'INTENT', intentPending: false });
    // "My protected customers": several stages at once.
    // The comma form is accepted too, though OpenAPI 3.0 declares one array style (repeated, below).
    const mine = (await violatesContract(call('rep1', 'get', '/customers?mine=true&stage=POTENTIAL_PROTECTED,INTENT&sort=protectionUntil&pageSize=200')))
      .body.items;
    expect(mine.map((m: { id: string }) => m.id)).toContain(c.id);
    expect(mine.every((m: { stage: string }) => ['POTENTIAL_PROTECTED', 'INTENT'].includes(m.stage))).toBe(true);
    const repeated = (await call('rep1', 'get', '/customers?mine=true&stage=POTENTIAL_PROTECTED&stage=INTENT&pageSize=200')).body.items;
    expect(repeated.map((m: { id: string }) => m.id).sort()).toEqual(mine.map((m: { id: string }) => m.id).sort());
    expect((await violatesContract(call('rep1', 'get', '/customers?stage=NOPE'))).status).toBe(400);
    expect(new Date(intent.protectionUntil).getTime()).toBe(clock.now().getTime() + 15 * DAY);
    // An illegal transition names the current stage.
    const again = await call('rep1', 'post', `/customers/${c.id}/request-intent`, { reason: '重复' });
    expect(again.status).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.body).toMatchObject({ type: expect.stringContaining('illegal-lifecycle-transition'), currentStage: 'INTENT' });

    clock.advanceDays(15.01);
    await relogin();
    await runJob('pool-reclaim');
    expect((await call('mgr', 'get', `/customers/pool/${c.id}`)).body).toMatchObject({ stage: 'POOL', previousOwnerName: 'rep1' });
  });

  it('extension: manager approval moves the deadline; a pending request holds the customer; at most maxExtensions', async () => {
    clock.set('2026-12-20T02:00:00.000Z');
    await relogin();
    await setRule('maxExtensions', 1);
    const c = await protectedCustomer();
    const deadline = new Date((await customer('rep1', c.id)).protectionUntil).getTime();
    const tooLong = await call('rep1', 'post', `/customers/${c.id}/request-extension`, { days: 16, reason: '太长' });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors).toEqual([expect.objectContaining({ field: 'days' })]);
    expect((await call('rep2', 'post', `/customers/${c.id}/request-extension`, { days: 5, reason: '不是我的' })).status).toBe(404);

    expect((await call('rep1', 'post', `/customers/${c.id}/request-extension`, { days: 10, reason: '客户审批慢' })).status).toBe(200);
    // Past the deadline while the manager has not decided: the job leaves it with its owner.
    clock.advanceDays(31);
    await relogin();
    await runJob('pool-reclaim');
    expect((await customer('rep1', c.id)).extensionPending).toBe(true);
    await approve('mgr', 'customer.extension', c.id);
    const extended = await customer('rep1', c.id);
    expect(extended).toMatchObject({ extensionsUsed: 1, extensionPending: false, stage: 'POTENTIAL_PROTECTED' });
    expect(new Date(extended.protectionUntil).getTime()).toBe(deadline + 10 * DAY);
    const history = (await call('rep1', 'get', `/customers/${c.id}/history`)).body;
    expect(history[0]).toMatchObject({ event: 'EXTENDED', actorName: 'mgr' });

    const limit = await call('rep1', 'post', `/customers/${c.id}/request-extension`, { days: 3, reason: '再延' });
    expect(limit.status).toBe(409);
    expect(limit.body).toMatchObject({ type: expect.stringContaining('extension-limit'), maxExtensions: 1 });
    // Rules change at runtime.
    await setRule('maxExtensions', 2);
    expect((await call('rep1', 'post', `/customers/${c.id}/request-extension`, { days: 3, reason: '再延' })).status).toBe(200);
    await reject('mgr', 'customer.extension', c.id, '不批');
    expect(await customer('rep1', c.id)).toMatchObject({ extensionsUsed: 1, extensionPending: false });
  });

  it('rejected protection: reason shown, owner released after 3 working days across a weekend', async () => {
    clock.set('2026-11-26T02:00:00.000Z'); // Thursday 10:00 Shanghai
    await relogin();
    const c = await createCustomer(t, users.rep1.token);
    await reject('reviewer', 'customer.protection', c.id, '地址不完整');
    const rejected = await customer('rep1', c.id);
    expect(rejected).toMatchObject({ stage: 'POTENTIAL_REJECTED', rejectionReason: '地址不完整', ownerId: users.rep1.id });
    // Fri, Mon, Tue: released Tuesday 10:00.
    expect(rejected.protectionUntil).toBe('2026-12-01T02:00:00.000Z');
    const reminder = (await call('rep1', 'get', '/reminders')).body.items.find((r: { subjectId: string }) => r.subjectId === c.id);
    expect(reminder).toMatchObject({ kind: 'protection-expiring', detail: expect.stringContaining('地址不完整') });

    clock.set('2026-11-30T10:00:00.000Z'); // Monday evening
    await relogin();
    await runJob('pool-reclaim');
    expect((await customer('rep1', c.id)).ownerId).toBe(users.rep1.id);
    clock.set('2026-12-01T02:00:01.000Z');
    await relogin();
    await runJob('pool-reclaim');
    expect((await call('rep2', 'get', `/customers/pool/${c.id}`)).body).toMatchObject({ poolReason: 'REJECTED', previousOwnerName: 'rep1' });
  });

  it('abandon: the rep waits reclaimCooldownDays, another rep claims at once and owns it protected', async () => {
    clock.set('2027-01-10T02:00:00.000Z');
    await relogin();
    await setRule('maxOwnedCustomers', 200);
    const c = await protectedCustomer();
    expect((await violatesContract(call('rep1', 'post', `/customers/${c.id}/abandon`, {}))).status).toBe(400);
    expect((await call('rep2', 'post', `/customers/${c.id}/abandon`, { reason: '不是我的' })).status).toBe(404);
    expect((await call('rep1', 'post', `/customers/${c.id}/abandon`, { reason: '暂无需求' })).status).toBe(204);

    const own = await call('rep1', 'post', `/customers/${c.id}/claim`);
    expect(own.status).toBe(409);
    expect(own.body).toMatchObject({ type: expect.stringContaining('claim-cooldown'), claimableAt: '2027-01-13T02:00:00.000Z' });
    const inPool = (await call('rep1', 'get', `/customers/pool/${c.id}`)).body;
    expect(inPool).toMatchObject({ poolReason: 'ABANDONED', claimableAt: '2027-01-13T02:00:00.000Z' });

    // Pool customers are claimed, not transferred.
    const transfer = await call('mgr', 'post', '/customers/transfer', { customerIds: [c.id], toOwnerId: users.rep2.id });
    expect(transfer.status).toBe(409);
    expect(transfer.body).toMatchObject({ currentStage: 'POOL' });

    const claimed = await call('rep2', 'post', `/customers/${c.id}/claim`);
    expect(claimed.status).toBe(200);
    expect(claimed.body).toMatchObject({ stage: 'POTENTIAL_PROTECTED', ownerId: users.rep2.id, ownerName: 'rep2' });
    expect(new Date(claimed.body.protectionUntil).getTime()).toBe(clock.now().getTime() + 30 * DAY);
    const history = (await call('rep2', 'get', `/customers/${c.id}/history`)).body;
    expect(history.slice(0, 2)).toEqual([
      expect.objectContaining({ event: 'CLAIMED', toOwnerName: 'rep2', fromStatus: 'POOL', toStatus: 'POTENTIAL' }),
      expect.objectContaining({ event: 'ABANDONED', fromOwnerName: 'rep1', reason: '暂无需求', toStatus: 'POOL' }),
    ]);

    // After the cooldown the abandoning rep may claim again (another abandoned customer).
    const d = await protectedCustomer();
    await call('rep1', 'post', `/customers/${d.id}/abandon`, { reason: '暂缓' }).expect(204);
    clock.advanceDays(3);
    await relogin();
    expect((await call('rep1', 'post', `/customers/${d.id}/claim`)).status).toBe(200);
  });

  it('claim limits come from the rules at the moment of the claim', async () => {
    clock.set('2027-02-01T02:00:00.000Z');
    await relogin();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const c = await protectedCustomer('rep1');
      await call('rep1', 'post', `/customers/${c.id}/abandon`, { reason: '清理' }).expect(204);
      ids.push(c.id);
    }
    const owned = (await call('rep2', 'get', '/customers?mine=true&pageSize=200')).body.items.filter((c: { status: string }) => ['POTENTIAL', 'INTENT'].includes(c.status)).length;
    await setRule('maxDailyClaims', 1);
    await setRule('maxOwnedCustomers', owned + 5);
    expect((await call('rep2', 'post', `/customers/${ids[0]}/claim`)).status).toBe(200);
    const daily = await call('rep2', 'post', `/customers/${ids[1]}/claim`);
    expect(daily.status).toBe(409);
    expect(daily.body).toMatchObject({ type: expect.stringContaining('daily-claim-limit'), maxDailyClaims: 1 });

    await setRule('maxDailyClaims', 100);
    await setRule('maxOwnedCustomers', owned + 1);
    const full = await call('rep2', 'post', `/customers/${ids[1]}/claim`);
    expect(full.status).toBe(409);
    expect(full.body).toMatchObject({ type: expect.stringContaining('owned-customer-limit') });
    // Entering a new customer counts too.
    expect((await call('rep2', 'post', '/customers', { name: '上限测试有限公司', address: '地址', industry: 'manufacturing', phone: '0523-80000001', description: 'x' })).status).toBe(409);
    await setRule('maxOwnedCustomers', 200);
    expect((await call('rep2', 'post', `/customers/${ids[1]}/claim`)).status).toBe(200);
  });

  it('batch claim: each customer answered on its own, stopping at the daily quota the quota endpoint shows', async () => {
    clock.set('2027-02-10T02:00:00.000Z');
    await relogin();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const c = await protectedCustomer('rep1');
      await call('rep1', 'post', `/customers/${c.id}/abandon`, { reason: '批量' }).expect(204);
      ids.push(c.id);
    }
    const notInPool = await protectedCustomer('rep1');
    await setRule('maxDailyClaims', 2);
    await setRule('maxOwnedCustomers', 200);
    const before = await call('rep2', 'get', '/customers/pool/quota');
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ claimsToday: 0, maxDailyClaims: 2, remainingClaims: 2, maxOwnedCustomers: 200 });
    expect(before.body.remainingOwned).toBe(200 - before.body.ownedProtected);

    const res = await call('rep2', 'post', '/customers/pool/claim', { ids: [...ids, notInPool.id] });
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { id: string; claimed: boolean }) => [i.id, i.claimed])).toEqual([
      [ids[0], true],
      [ids[1], true],
      [ids[2], false],
      [notInPool.id, false],
    ]);
    expect(res.body.items[0].customer).toMatchObject({ ownerId: users.rep2.id, stage: 'POTENTIAL_PROTECTED' });
    expect(res.body.items[2].problem).toMatchObject({ status: 409, type: expect.stringContaining('daily-claim-limit'), maxDailyClaims: 2 });
    // Someone else's protected customer is outside rep2's scope: not found, as for a single claim.
    expect(res.body.items[3].problem).toMatchObject({ status: 404 });
    expect(res.body.quota).toMatchObject({ claimsToday: 2, remainingClaims: 0, ownedProtected: before.body.ownedProtected + 2 });
    expect((await call('rep2', 'get', '/customers/pool/quota')).body.remainingClaims).toBe(0);
    expect((await customer('admin', ids[2])).status).toBe('POOL');
    const audited = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id::text = ANY($1::text[]) AND actor_id::text = $2`, [[ids[0], ids[1]], users.rep2.id]);
    expect(audited[0].n).toBeGreaterThanOrEqual(2);

    // The next business day (Shanghai) the quota is back.
    clock.set('2027-02-10T16:30:00.000Z');
    await relogin();
    expect((await call('rep2', 'get', '/customers/pool/quota')).body).toMatchObject({ claimsToday: 0, remainingClaims: 2 });
    // Bad input names the field.
    const bad = await violatesContract(call('rep2', 'post', '/customers/pool/claim', { ids: ['nope'] }));
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toMatch(/^ids/);
    expect((await violatesContract(call('rep2', 'post', '/customers/pool/claim', { ids: [] }))).status).toBe(400);
    await setRule('maxDailyClaims', 100);
  });

  it('with claimNeedsReview a claim waits for the reviewer like a new entry', async () => {
    clock.set('2027-02-20T02:00:00.000Z');
    await relogin();
    const c = await protectedCustomer();
    await call('rep1', 'post', `/customers/${c.id}/abandon`, { reason: '交出' }).expect(204);
    await setRule('claimNeedsReview', true);
    const claimed = await call('rep2', 'post', `/customers/${c.id}/claim`);
    expect(claimed.body).toMatchObject({ stage: 'POTENTIAL_PENDING', ownerId: users.rep2.id, protectionUntil: null });
    await approve('reviewer', 'customer.protection', c.id);
    expect((await customer('rep2', c.id)).stage).toBe('POTENTIAL_PROTECTED');
    await setRule('claimNeedsReview', false);
  });

  it('20 reps claiming the same pool customer at once: exactly one wins, the others find it gone (404)', async () => {
    clock.set('2027-03-01T02:00:00.000Z');
    await relogin();
    const c = await protectedCustomer();
    await call('rep1', 'post', `/customers/${c.id}/abandon`, { reason: '释放' }).expect(204);
    const reps = [];
    for (let i = 0; i < 20; i++) reps.push(await createUser(t, users.admin.token, { username: `claimer${i}`, roles: ['sales_rep'], departmentId: teamA }));
    const answers = await Promise.all(reps.map((r) => t.http.post(`/api/v1/customers/${c.id}/claim`).auth(r.token, { type: 'bearer' })));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    // Once claimed it is the winner's, outside the others' SELF scope: to them it no longer exists (no existence oracle).
    expect(statuses.filter((s) => s === 404)).toHaveLength(19);
    const winner = reps[answers.findIndex((a) => a.status === 200)];
    expect((await call('admin', 'get', `/customers/${c.id}`)).body.ownerId).toBe(winner.id);
    const claims = (await call('admin', 'get', `/customers/${c.id}/history`)).body.filter((h: { event: string }) => h.event === 'CLAIMED');
    expect(claims).toHaveLength(1);
    // Twenty users cost forty password hashes (argon2id, ≈ 0.2–1.5 s each on a busy 2-core machine).
  }, 180_000);

  it('FORMAL on signature is never released; churn after 6 months: defer with measures, confirm → LOST, a new contract brings it back', async () => {
    clock.set('2027-04-01T02:00:00.000Z');
    await relogin();
    const c = await protectedCustomer();
    expect((await customer('rep1', c.id)).status).toBe('POTENTIAL');
    // Signing itself (who may, bad signers) is the contract module's: docs/contracts.md. Here, the customer side of it.
    await markFormal(t, c.id, users.mgr.id, new Date('2027-04-01T01:00:00.000Z'), users.reviewer.id);
    expect(await customer('rep1', c.id)).toMatchObject({
      status: 'FORMAL',
      protectionUntil: null,
      lastDealAt: '2027-04-01T01:00:00.000Z',
      ownerId: users.rep1.id,
      afterSalesOwnerName: 'reviewer',
    });

    clock.advanceDays(120);
    await relogin();
    await runJob('pool-reclaim');
    await runJob('churn-alerts');
    expect((await customer('rep1', c.id)).status).toBe('FORMAL');
    expect((await call('rep1', 'get', `/churn-alerts?customerId=${c.id}`)).body.items).toEqual([]);

    clock.set('2027-10-01T02:00:00.000Z'); // six months after the deal
    await relogin();
    expect((await runJob('churn-alerts')).raised).toBeGreaterThanOrEqual(1);
    expect((await runJob('churn-alerts')).raised).toBe(0);
    const alerts = (await call('rep1', 'get', `/churn-alerts?customerId=${c.id}`)).body.items;
    expect(alerts).toEqual([expect.objectContaining({ status: 'OPEN', customerName: c.name, ownerName: 'rep1', lastDealAt: '2027-04-01T01:00:00.000Z' })]);
    const alertId = alerts[0].id;
    expect((await call('rep1', 'get', '/reminders')).body.items).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'churn-alert', subjectId: alertId })]));
    // Another rep sees neither the alert nor may handle it.
    expect((await call('rep2', 'post', `/churn-alerts/${alertId}/defer`, { measure: '不是我的' })).status).toBe(404);

    await call('rep1', 'post', `/churn-alerts/${alertId}/defer`, { measure: '安排技术回访' }).expect(200);
    const deferred = (await call('rep1', 'post', `/churn-alerts/${alertId}/defer`, { measure: '赠送保养' }).expect(200)).body;
    expect(deferred).toMatchObject({ status: 'DEFERRED' });
    expect(deferred.measures.map((m: { text: string }) => m.text)).toEqual(['安排技术回访', '赠送保养']);
    expect((await violatesContract(call('rep1', 'post', `/churn-alerts/${alertId}/confirm`, {}))).status).toBe(400);
    const confirmed = (await call('rep1', 'post', `/churn-alerts/${alertId}/confirm`, { reason: '转向竞争对手' }).expect(200)).body;
    expect(confirmed).toMatchObject({ status: 'CONFIRMED', lossReason: '转向竞争对手', customerStatus: 'LOST', closedByName: 'rep1' });
    expect((await call('rep1', 'post', `/churn-alerts/${alertId}/defer`, { measure: '太晚' })).status).toBe(409);
    expect((await customer('rep1', c.id)).status).toBe('LOST');
    expect((await runJob('churn-alerts')).raised).toBe(0);

    await markFormal(t, c.id, users.mgr.id);
    expect(await customer('rep1', c.id)).toMatchObject({ status: 'FORMAL', lastDealAt: clock.now().toISOString() });
    const history = (await call('rep1', 'get', `/customers/${c.id}/history`)).body;
    expect(history.slice(0, 2).map((h: { event: string }) => h.event)).toEqual(['SIGNED', 'LOST']);
  });

  it('a new contract resolves an open churn alert; a pool customer signed gets the signer as owner', async () => {
    clock.set('2028-01-01T02:00:00.000Z');
    await relogin();
    const c = await protectedCustomer();
    await markFormal(t, c.id, users.mgr.id);
    clock.advanceDays(200);
    await relogin();
    await runJob('churn-alerts');
    const [alert] = (await call('rep1', 'get', `/churn-alerts?customerId=${c.id}`)).body.items;
    await markFormal(t, c.id, users.mgr.id);
    expect((await call('rep1', 'get', `/churn-alerts/${alert.id}`)).body.status).toBe('RESOLVED');

    const p = await protectedCustomer();
    await call('rep1', 'post', `/customers/${p.id}/abandon`, { reason: '放弃' }).expect(204);
    await markFormal(t, p.id, users.mgr.id);
    expect(await customer('mgr', p.id)).toMatchObject({ status: 'FORMAL', ownerId: users.mgr.id, departmentId: teamA });
  });

  it("an open churn alert follows its customer's owner: a transfer moves it to the new owner's reminders and `mine`", async () => {
    const c = await protectedCustomer();
    await markFormal(t, c.id, users.mgr.id, new Date(clock.now().getTime() - 200 * DAY));
    await runJob('churn-alerts');
    const [alert] = (await call('rep1', 'get', `/churn-alerts?customerId=${c.id}&mine=true`)).body.items;
    expect(alert).toMatchObject({ status: 'OPEN', ownerId: users.rep1.id });
    const reminded = async (who: Who) =>
      (await call(who, 'get', '/reminders')).body.items.some((r: { kind: string; subjectId: string }) => r.kind === 'churn-alert' && r.subjectId === alert.id);
    expect(await reminded('rep1')).toBe(true);

    await call('admin', 'post', '/customers/transfer', { customerIds: [c.id], toOwnerId: users.rep2.id, reason: '调岗' }).expect(200);
    expect(await reminded('rep1')).toBe(false);
    expect(await reminded('rep2')).toBe(true);
    const mine = async (who: Who) => (await call(who, 'get', `/churn-alerts?mine=true&customerId=${c.id}`)).body.items.map((a: { id: string }) => a.id);
    expect(await mine('rep2')).toEqual([alert.id]);
    expect(await mine('admin')).toEqual([]);
  });

  it('the churn alert list stops counting at 1,000 (a first run over a migrated base raises them by the hundred thousand)', async () => {
    const longAgo = new Date(clock.now().getTime() - 400 * DAY);
    await CustomerStore.insertRows(
      t.db,
      ['code', 'name', 'normalized_name', 'search_text', 'industry', 'address', 'phone', 'description', 'status', 'formal_since', 'owner_id', 'department_id'],
      `SELECT 'CHURN' || i, '流失测试' || i || '有限公司', '流失测试' || i, '流失测试' || i, 'hvac', '地址', '0510-' || (8000000 + i), '', 'FORMAL', $1::timestamptz, $2::uuid, $3::uuid
         FROM generate_series(1, 1001) AS i`,
      [longAgo, users.rep2.id, teamA],
    );
    expect((await runJob('churn-alerts')).raised).toBeGreaterThanOrEqual(1001);
    const page = (await call('admin', 'get', '/churn-alerts?pageSize=5')).body;
    expect(page).toMatchObject({ total: 1000, totalCapped: true, pageSize: 5 });
    expect(page.items).toHaveLength(5);
    const few = (await call('rep1', 'get', '/churn-alerts')).body;
    expect(few.totalCapped).toBe(false);
    expect(few.total).toBe(few.items.length);
    // A restricted scope counts from its customers, branch by branch: owned, in a managed department, on a team.
    expect((await call('rep2', 'get', '/churn-alerts?pageSize=5')).body).toMatchObject({ total: 1000, totalCapped: true });
    expect((await call('mgr', 'get', '/churn-alerts?pageSize=5')).body).toMatchObject({ total: 1000, totalCapped: true });
    expect((await call('rep2', 'get', '/churn-alerts?status=DEFERRED')).body).toMatchObject({ items: [], total: 0, totalCapped: false });
    expect((await call('rep2', 'get', '/churn-alerts?active=false&pageSize=5')).body).toMatchObject({ total: 1000, totalCapped: true });
    await t.db.query(
      `INSERT INTO customer_team_member (customer_id, user_id) SELECT id, $1 FROM customer WHERE code IN ('CHURN1', 'CHURN2')`,
      [users.rep1.id],
    );
    const withSeats = (await call('rep1', 'get', '/churn-alerts?pageSize=200')).body;
    expect(withSeats).toMatchObject({ total: few.total + 2, totalCapped: false });
    expect(withSeats.items).toHaveLength(few.total + 2);
    expect((await call('rep1', 'get', '/churn-alerts?mine=true&pageSize=200')).body.total).toBe(few.total);
  });

  it('the churn job finds active alerts through their unique index, also on a new installation (empty, vacuumed table)', async () => {
    await t.db.query(`DELETE FROM churn_measure`);
    await t.db.query(`DELETE FROM churn_alert`);
    // What a new installation has: statistics saying the table is empty. A NOT EXISTS was planned as a
    // scan of churn_alert per due customer, re-reading what the statement itself had inserted.
    await t.db.query(`VACUUM ANALYZE churn_alert`);
    const plan = (await t.db.query(`EXPLAIN ${RAISE_CHURN_ALERTS_SQL}`, [clock.now(), 6])).map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
    expect(plan).not.toMatch(/Scan on churn_alert/);
    expect(plan).toMatch(/Conflict Arbiter Indexes: churn_alert_active_uq/);

    const due = await t.db.query(
      `SELECT count(*)::int AS n FROM customer WHERE deleted_at IS NULL AND status = 'FORMAL' AND coalesce(last_deal_at, formal_since, created_at) <= $1::timestamptz - interval '6 months'`,
      [clock.now()],
    );
    expect(due[0].n).toBeGreaterThan(0);
    expect((await runJob('churn-alerts')).raised).toBe(due[0].n);
    expect((await runJob('churn-alerts')).raised).toBe(0);
    const [{ active, customers }] = await t.db.query(`SELECT count(*)::int AS active, count(DISTINCT customer_id)::int AS customers FROM churn_alert WHERE status IN ('OPEN','DEFERRED')`);
    expect(active).toBe(due[0].n);
    expect(customers).toBe(active);
  });

  it('after every flow above, each owned customer’s owner hint names its owner (a rep’s search prefilters by it)', async () => {
    const [{ owned, stale }] = await t.db.query(
      `SELECT count(*)::int AS owned, count(*) FILTER (WHERE p.owner_hint IS DISTINCT FROM s.owner_id)::int AS stale
         FROM customer_state s JOIN customer_profile p ON p.id = s.id WHERE s.owner_id IS NOT NULL`,
    );
    expect(owned).toBeGreaterThan(1000);
    expect(stale).toBe(0);
    // A customer released to the pool keeps its last owner as hint, and the owner no longer finds it.
    const [released] = await t.db.query(
      `SELECT p.id, p.name, p.owner_hint FROM customer_profile p JOIN customer_state s ON s.id = p.id
        WHERE s.status = 'POOL' AND p.owner_hint = $1 AND p.deleted_at IS NULL LIMIT 1`,
      [users.rep1.id],
    );
    expect(released).toBeDefined();
    await relogin();
    const found = (await call('rep1', 'get', `/customers?q=${encodeURIComponent(released.name)}`)).body.items.map((c: { id: string }) => c.id);
    expect(found).not.toContain(released.id);
  });
});
