import { randomUUID } from 'node:crypto';
import { ContractFacade } from '@kehu/server-contract';
import { describeScopeHarness, TestApp } from '@kehu/server-core/testing';
import { scopeWorld } from '@kehu/server-permissions/testing';
import request from 'supertest';
import { ContractCompletion } from '../completion/contract-completion';
import { RECEIVABLE_GRANTS, ReceivableGrants1764004000000 } from '../migrations/1764004000000-receivable-grants';
import {
  approvePending,
  ContractMade,
  contractMaker,
  createReceivableTestApp,
  fields,
  productOnSale,
  requestsAs,
  SalesUser,
  salesTeam,
  scopeContractMaker,
  testClock,
  TODAY as today,
  Who,
} from '../testing/receivable-test-world';

describe('deliveries 交付 and automatic completion', () => {
  let t: TestApp;
  const users = {} as Record<Who, SalesUser>;
  const products: string[] = [];
  const clock = testClock();

  beforeAll(async () => {
    t = await createReceivableTestApp(clock);
    Object.assign(users, (await salesTeam(t, 'dl', '交付华东部')).users);
    products.push(await productOnSale(t, users.admin.token, 'KT-3500', '春意 3.5 匹柜机', '12800.00'));
    products.push(await productOnSale(t, users.admin.token, 'KT-1500', '春意 1.5 匹挂机', '3200.00'));
  }, 120_000);

  it('gives the built-in sales roles of a database older than deliveries their receivable and delivery grants, once', async () => {
    const codes = ['receivable:write', 'delivery:write'];
    const permissionsOf = async (code: string): Promise<string[]> => (await t.db.query(`SELECT permissions FROM role WHERE code = $1`, [code]))[0].permissions;
    // As a database created before issue 22 has them.
    for (const role of Object.keys(RECEIVABLE_GRANTS)) {
      await t.db.query(`UPDATE role SET permissions = ARRAY(SELECT p FROM unnest(permissions) p WHERE p <> ALL($2::text[])) WHERE code = $1`, [role, codes]);
    }
    const financeBefore = await permissionsOf('finance');
    const runner = t.db.createQueryRunner();
    try {
      await new ReceivableGrants1764004000000().up(runner);
      await new ReceivableGrants1764004000000().up(runner);
    } finally {
      await runner.release();
    }
    for (const role of Object.keys(RECEIVABLE_GRANTS)) {
      const permissions = await permissionsOf(role);
      expect(permissions).toEqual(expect.arrayContaining(codes));
      expect(permissions.filter((p) => codes.includes(p))).toHaveLength(codes.length);
    }
    expect(await permissionsOf('finance')).toEqual(financeBefore);
  });
  afterAll(() => t?.close());

  const api = requestsAs(() => t, users);
  /**
   * Requests outside the documented-contract check: for the injected failures only, whose 500 no
   * operation documents.
   */
  const unchecked = (who: Who) => ({
    post: (url: string) => request(t.app.getHttpServer()).post(url).auth(users[who].token, { type: 'bearer' }),
  });

  const makeContract = contractMaker(api, users, { tag: '交付', phoneSeries: 8 });
  /** A contract of `who` with the given line quantities (products in order), taken as far as `stage` (signed: ACTIVE). */
  const contract = (quantities: string[] = ['2', '1.5'], stage: 'approved' | 'active' = 'active', who: Who = 'rep') =>
    makeContract(quantities.map((quantity, i) => ({ productId: products[i], quantity })), stage, who);
  const progress = async (contractId: string, who: Who = 'rep') => {
    const res = await api(who).get(`/contracts/${contractId}/deliveries`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const lineIds = async (contractId: string): Promise<string[]> => (await progress(contractId)).lines.map((l: { lineId: string }) => l.lineId);
  const record = (contractId: string, lineId: string, quantity: string, who: Who = 'rep', extra: object = {}) =>
    api(who).post(`/contracts/${contractId}/deliveries`, { lineId, quantity, plannedOn: '2026-12-20', carrier: '顺丰速运', ...extra });
  /** Records a delivery and takes it through ship, deliver and accept. */
  const deliverAll = async (contractId: string, lineId: string, quantity: string) => {
    const d = await record(contractId, lineId, quantity);
    expect(d.status).toBe(201);
    await api('rep').post(`/deliveries/${d.body.id}/ship`, { trackingNote: 'SF1234567890' }).expect(200);
    await api('rep').post(`/deliveries/${d.body.id}/deliver`, {}).expect(200);
    return d.body.id as string;
  };
  const accept = (id: string) => api('rep').post(`/deliveries/${id}/accept`, {});
  const status = async (contractId: string) => (await api('rep').get(`/contracts/${contractId}`)).body.status;
  /** A plan of one instalment: the whole amount. */
  const plan = async (c: ContractMade) => {
    const res = await t.http.put(`/api/v1/contracts/${c.id}/receivable-plans`).auth(users.rep.token, { type: 'bearer' }).send({ instalments: [{ dueDate: '2027-01-31', amount: c.total }] });
    expect(res.status).toBe(200);
  };
  const pay = async (c: ContractMade, amount: string) => {
    const res = await api('rep').post('/payments', { contractId: c.id, amount, paidOn: today, method: 'bank_transfer' });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const confirm = (paymentId: string) => api('finance').post(`/payments/${paymentId}/confirm`);

  describe('recording and moving deliveries', () => {
    it('records a delivery per line and moves it PLANNED → SHIPPED → DELIVERED → ACCEPTED, with per-line progress, audited', async () => {
      const c = await contract();
      const [l1, l2] = await lineIds(c.id);
      const recorded = await record(c.id, l1, '1.5', 'rep', { trackingNote: null, note: '先发一台半' });
      expect(recorded.status).toBe(201);
      expect(recorded.body).toMatchObject({ contractId: c.id, lineId: l1, lineNo: 1, quantity: '1.500', status: 'PLANNED', plannedOn: '2026-12-20', carrier: '顺丰速运', actions: ['ship', 'cancel'] });
      const id = recorded.body.id;
      const shipped = await api('rep').post(`/deliveries/${id}/ship`, { date: '2026-12-06', carrier: '德邦物流', trackingNote: 'DB778899' });
      expect(shipped.status).toBe(200);
      expect(shipped.body).toMatchObject({ status: 'SHIPPED', shippedOn: '2026-12-06', carrier: '德邦物流', trackingNote: 'DB778899', actions: ['deliver', 'cancel'] });
      const delivered = await api('rep').post(`/deliveries/${id}/deliver`, {});
      expect(delivered.body).toMatchObject({ status: 'DELIVERED', deliveredOn: today, actions: ['accept'] });
      const accepted = await accept(id);
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({ status: 'ACCEPTED', acceptedOn: today, actions: [] });
      await record(c.id, l2, '0.5').expect(201);
      const body = await progress(c.id, 'finance');
      expect(body).toMatchObject({ contractId: c.id, contractStatus: 'ACTIVE', fullyAccepted: false });
      expect(body.lines).toEqual([
        { lineId: l1, lineNo: 1, productId: products[0], productName: '春意 3.5 匹柜机', unit: '台', ordered: '2.000', recorded: '1.500', shipped: '1.500', delivered: '1.500', accepted: '1.500' },
        { lineId: l2, lineNo: 2, productId: products[1], productName: '春意 1.5 匹挂机', unit: '台', ordered: '1.500', recorded: '0.500', shipped: '0.000', delivered: '0.000', accepted: '0.000' },
      ]);
      expect(body.deliveries.map((d: { status: string }) => d.status)).toEqual(['ACCEPTED', 'PLANNED']);
      const audit = await t.db.query(`SELECT action FROM audit_log WHERE entity_type = 'Delivery' AND entity_id = $1 ORDER BY id`, [id]);
      expect(audit.map((a: { action: string }) => a.action)).toEqual(['INSERT', 'UPDATE', 'UPDATE', 'UPDATE']);
    });

    it('answers a step its status does not take with 409 naming the current status; dates in the future or before the previous step with 400', async () => {
      const c = await contract();
      const [l1] = await lineIds(c.id);
      const id = (await record(c.id, l1, '1')).body.id;
      const early = await api('rep').post(`/deliveries/${id}/accept`, {});
      expect(early.status).toBe(409);
      expect(early.body).toMatchObject({ type: expect.stringContaining('delivery-state-conflict'), currentStatus: 'PLANNED', action: 'accept' });
      const future = await api('rep').post(`/deliveries/${id}/ship`, { date: '2026-12-08' });
      expect(future.status).toBe(400);
      expect(fields(future)).toEqual(['date']);
      await api('rep').post(`/deliveries/${id}/ship`, { date: '2026-12-05' }).expect(200);
      const before = await api('rep').post(`/deliveries/${id}/deliver`, { date: '2026-12-04' });
      expect(before.status).toBe(400);
      expect(fields(before)).toEqual(['date']);
      expect((await api('rep').post(`/deliveries/${id}/ship`, {})).body.currentStatus).toBe('SHIPPED');
      await api('rep').post(`/deliveries/${id}/deliver`, {}).expect(200);
      const cancel = await api('rep').post(`/deliveries/${id}/cancel`);
      expect(cancel.status).toBe(409);
      expect(cancel.body).toMatchObject({ currentStatus: 'DELIVERED', action: 'cancel' });
    });

    it('never lets a line deliver more than ordered (409 naming quantity); cancelled deliveries do not count', async () => {
      const c = await contract();
      const [l1] = await lineIds(c.id);
      const first = await record(c.id, l1, '1.5');
      const over = await record(c.id, l1, '0.501');
      expect(over.status).toBe(409);
      expect(over.body.type).toContain('delivery-exceeds-ordered');
      expect(fields(over)).toEqual(['quantity']);
      expect(over.body.errors[0].message).toContain('at most 0.500 more');
      await api('rep').post(`/deliveries/${first.body.id}/cancel`).expect(200);
      await record(c.id, l1, '2').expect(201);
      expect((await progress(c.id)).lines[0]).toMatchObject({ ordered: '2.000', recorded: '2.000' });
    });

    it('never over-delivers under 12 parallel requests on one line', async () => {
      const c = await contract(['5']);
      const [l1] = await lineIds(c.id);
      const results = await Promise.all(Array.from({ length: 12 }, () => record(c.id, l1, '1')));
      expect(results.filter((r) => r.status === 201)).toHaveLength(5);
      expect(results.filter((r) => r.status === 409).every((r) => r.body.type.includes('delivery-exceeds-ordered'))).toBe(true);
      expect(results.filter((r) => r.status !== 201 && r.status !== 409)).toEqual([]);
      const [{ total }] = await t.db.query(`SELECT sum(quantity)::text AS total FROM delivery WHERE contract_id = $1 AND status <> 'CANCELLED'`, [c.id]);
      expect(total).toBe('5.000');
    });

    it('refuses bad input with 400 naming the field, nothing written', async () => {
      const c = await contract();
      const other = await contract(['1']);
      const [l1] = await lineIds(c.id);
      const [otherLine] = await lineIds(other.id);
      for (const [quantity, field] of [
        ['0', 'quantity'],
        ['-1', 'quantity'],
        ['1.2345', 'quantity'],
        ['abc', 'quantity'],
      ]) {
        const res = await api('rep', true).post(`/contracts/${c.id}/deliveries`, { lineId: l1, quantity });
        expect(res.status).toBe(400);
        expect(fields(res)).toEqual([field]);
      }
      const foreign = await record(c.id, otherLine, '1');
      expect(foreign.status).toBe(400);
      expect(fields(foreign)).toEqual(['lineId']);
      const badDate = await api('rep', true).post(`/contracts/${c.id}/deliveries`, { lineId: l1, quantity: '1', plannedOn: '2026-02-30' });
      expect(badDate.status).toBe(400);
      expect(fields(badDate)).toEqual(['plannedOn']);
      expect((await progress(c.id)).deliveries).toEqual([]);
    });

    it('takes deliveries on ACTIVE contracts only', async () => {
      const c = await contract(['1'], 'approved');
      const [l1] = await lineIds(c.id);
      const res = await record(c.id, l1, '1');
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ type: expect.stringContaining('delivery-contract-not-active'), currentStatus: 'APPROVED' });
    });

    it('lets reps and managers record deliveries; finance reads them; another rep’s contract does not exist for a rep', async () => {
      const c = await contract();
      const [l1] = await lineIds(c.id);
      expect((await record(c.id, l1, '1', 'finance')).status).toBe(403);
      const byMgr = await record(c.id, l1, '0.5', 'mgr');
      expect(byMgr.status).toBe(201);
      expect((await progress(c.id, 'finance')).deliveries).toHaveLength(1);
      const hidden = await api('rep2').get(`/contracts/${c.id}/deliveries`);
      expect(hidden.status).toBe(404);
      expect((await record(c.id, l1, '0.5', 'rep2')).status).toBe(404);
      const step = await api('rep2').post(`/deliveries/${byMgr.body.id}/ship`, {});
      expect(step.status).toBe(404);
      const missing = await api('rep2').post(`/deliveries/${randomUUID()}/ship`, {});
      expect([step.body.type, step.body.title]).toEqual([missing.body.type, missing.body.title]);
    });

    it('keeps counting a delivery against its line after an amendment replaces the lines', async () => {
      const c = await contract(['2']);
      const [l1] = await lineIds(c.id);
      await record(c.id, l1, '2').expect(201);
      const amended = await api('rep').post(`/contracts/${c.id}/amendments`, { reason: '客户追加 1 台', lines: [{ productId: products[0], quantity: '3' }] });
      expect(amended.status).toBe(201);
      expect((await approvePending(api, c.id)).status).toBe(200);
      const after = await progress(c.id);
      expect(after.lines).toHaveLength(1);
      expect(after.lines[0].lineId).not.toBe(l1);
      expect(after.lines[0]).toMatchObject({ ordered: '3.000', recorded: '2.000' });
      expect((await record(c.id, after.lines[0].lineId, '1.001')).status).toBe(409);
      await record(c.id, after.lines[0].lineId, '1').expect(201);
    });
  });

  describe('automatic completion', () => {
    it('completes the contract with the last acceptance when it is already fully paid', async () => {
      const c = await contract(['2', '1']);
      const [l1, l2] = await lineIds(c.id);
      await plan(c);
      await confirm(await pay(c, c.total)).expect(200);
      expect(await status(c.id)).toBe('ACTIVE');
      const a = await deliverAll(c.id, l1, '2');
      const b = await deliverAll(c.id, l2, '1');
      await accept(a).expect(200);
      expect(await status(c.id)).toBe('ACTIVE');
      await accept(b).expect(200);
      const done = (await api('rep').get(`/contracts/${c.id}`)).body;
      expect(done).toMatchObject({ status: 'COMPLETED', completedAt: expect.any(String) });
      expect((await progress(c.id)).fullyAccepted).toBe(true);
      const audit = await t.db.query(`SELECT actor_id, after FROM audit_log WHERE entity_type = 'Contract' AND entity_id = $1 AND action = 'COMPLETE'`, [c.id]);
      expect(audit).toEqual([{ actor_id: users.rep.id, after: expect.objectContaining({ automatic: true }) }]);
      // A completed contract takes no more deliveries.
      expect((await record(c.id, l1, '1')).status).toBe(409);
    });

    it('completes the contract with the last payment confirmation when every line is already accepted', async () => {
      const c = await contract(['1']);
      const [l1] = await lineIds(c.id);
      await plan(c);
      // 1 × 12,800 + 13 % = 14,464.00.
      const half = '7232.00';
      const first = await pay(c, half);
      const second = await pay(c, half);
      await accept(await deliverAll(c.id, l1, '1')).expect(200);
      await confirm(first).expect(200);
      expect(await status(c.id)).toBe('ACTIVE');
      await confirm(second).expect(200);
      expect(await status(c.id)).toBe('COMPLETED');
      const audit = await t.db.query(`SELECT actor_id FROM audit_log WHERE entity_type = 'Contract' AND entity_id = $1 AND action = 'COMPLETE'`, [c.id]);
      expect(audit).toEqual([{ actor_id: users.finance.id }]);
    });

    it('keeps a completed contract COMPLETED when a payment is reversed afterwards; the amount shows as outstanding again', async () => {
      const c = await contract(['1']);
      const [l1] = await lineIds(c.id);
      await plan(c);
      await accept(await deliverAll(c.id, l1, '1')).expect(200);
      const paymentId = await pay(c, c.total);
      await confirm(paymentId).expect(200);
      expect(await status(c.id)).toBe('COMPLETED');
      await api('finance').post(`/payments/${paymentId}/reverse`, { reason: '支票退票' }).expect(201);
      expect(await status(c.id)).toBe('COMPLETED');
      const planNow = (await api('finance').get(`/contracts/${c.id}/receivable-plans`)).body;
      expect(planNow).toMatchObject({ received: '0.00', outstanding: c.total });
    });

    it('rolls back the acceptance or the confirmation when completing the contract fails', async () => {
      const c = await contract(['1']);
      const [l1] = await lineIds(c.id);
      await plan(c);
      const paymentId = await pay(c, c.total);
      await confirm(paymentId).expect(200);
      const deliveryId = await deliverAll(c.id, l1, '1');
      const facade = t.app.get(ContractFacade, { strict: false });
      const failing = jest.spyOn(facade, 'completeSettled').mockRejectedValueOnce(new Error('the disk is full'));
      try {
        expect((await unchecked('rep').post(`/api/v1/deliveries/${deliveryId}/accept`).send({})).status).toBe(500);
      } finally {
        failing.mockRestore();
      }
      expect((await progress(c.id)).deliveries[0]).toMatchObject({ status: 'DELIVERED', acceptedOn: null });
      expect(await status(c.id)).toBe('ACTIVE');
      await accept(deliveryId).expect(200);
      expect(await status(c.id)).toBe('COMPLETED');

      // The same on the payment side: the last confirmation fails with the completion, nothing is confirmed.
      const d = await contract(['1']);
      const [dl] = await lineIds(d.id);
      await plan(d);
      await accept(await deliverAll(d.id, dl, '1')).expect(200);
      const last = await pay(d, d.total);
      const failingToo = jest.spyOn(facade, 'completeSettled').mockRejectedValueOnce(new Error('the disk is full'));
      try {
        expect((await unchecked('finance').post(`/api/v1/payments/${last}/confirm`)).status).toBe(500);
      } finally {
        failingToo.mockRestore();
      }
      expect((await api('finance').get(`/payments/${last}`)).body).toMatchObject({ status: 'PENDING', allocations: [] });
      expect(await status(d.id)).toBe('ACTIVE');
    });

    it('completes the contract when the last acceptance and the last confirmation race', async () => {
      const c = await contract(['1']);
      const [l1] = await lineIds(c.id);
      await plan(c);
      const paymentId = await pay(c, c.total);
      const deliveryId = await deliverAll(c.id, l1, '1');
      // Each event's completion check waits until the other's has arrived too, or until one of them
      // waits for a lock: without a shared lock both would check before either committed, and
      // neither would see the other's write.
      const completion = t.app.get(ContractCompletion, { strict: false });
      const original = completion.completeIfSettled.bind(completion);
      let arrived = 0;
      const someoneWaits = async () =>
        (await t.db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`))[0].n > 0;
      const spy = jest.spyOn(completion, 'completeIfSettled').mockImplementation(async (...args) => {
        arrived++;
        while (arrived < 2 && !(await someoneWaits()));
        return original(...args);
      });
      try {
        const [accepted, confirmed] = await Promise.all([accept(deliveryId), confirm(paymentId)]);
        expect([accepted.status, confirmed.status]).toEqual([200, 200]);
      } finally {
        spy.mockRestore();
      }
      expect(await status(c.id)).toBe('COMPLETED');
      const audit = await t.db.query(`SELECT 1 FROM audit_log WHERE entity_type = 'Contract' AND entity_id = $1 AND action = 'COMPLETE'`, [c.id]);
      expect(audit).toHaveLength(1);
    });
  });

  describe('lock order', () => {
    it('queues the last confirmation behind an amendment’s approval instead of deadlocking: contract row first, then the balance row', async () => {
      const c = await contract(['1']);
      const [l1] = await lineIds(c.id);
      await plan(c);
      await accept(await deliverAll(c.id, l1, '1')).expect(200);
      const paymentId = await pay(c, c.total);
      // As an amendment's approval does: the contract row written, then (re-planning) the balance row.
      const approval = t.db.createQueryRunner();
      await approval.connect();
      await approval.startTransaction();
      try {
        await approval.query(`UPDATE contract SET updated_at = updated_at WHERE id = $1`, [c.id]);
        const confirming = confirm(paymentId).then((res) => res);
        const someoneWaits = async () =>
          (await t.db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`))[0].n > 0;
        while (!(await someoneWaits()));
        // The confirmation waits for the contract row, holding nothing of this contract's: the balance row is free.
        await approval.query(`SET LOCAL lock_timeout = '5s'`);
        await approval.query(`SELECT 1 FROM receivable_account WHERE contract_id = $1 FOR UPDATE`, [c.id]);
        await approval.commitTransaction();
        expect((await confirming).status).toBe(200);
      } finally {
        if (approval.isTransactionActive) await approval.rollbackTransaction();
        await approval.release();
      }
      expect(await status(c.id)).toBe('COMPLETED');
    });
  });

  const scopeContract = scopeContractMaker(() => t, { tag: '交付', phoneSeries: 6 });
  describeScopeHarness('deliveries', () => ({
    world: scopeWorld(t, users.admin.token),
    resource: {
      permissions: ['customer:read', 'customer:write', 'contract:read', 'contract:write', 'delivery:write'],
      create: async (owner) => {
        const c = await scopeContract(owner, products[0]);
        const lineId = (await t.http.get(`/api/v1/contracts/${c.id}/deliveries`).auth(owner.token, { type: 'bearer' })).body.lines[0].lineId;
        const d = await t.http.post(`/api/v1/contracts/${c.id}/deliveries`).auth(owner.token, { type: 'bearer' }).send({ lineId, quantity: '1' });
        if (d.status !== 201) throw new Error(`delivery: ${d.status} ${JSON.stringify(d.body)}`);
        return c.id;
      },
      get: async (viewer, id) => {
        const res = await t.http.get(`/api/v1/contracts/${id}/deliveries`).auth(viewer.token, { type: 'bearer' });
        return { status: res.status, body: res.body };
      },
      getMissing: async (viewer) => {
        const res = await t.http.get(`/api/v1/contracts/${randomUUID()}/deliveries`).auth(viewer.token, { type: 'bearer' });
        return { status: res.status, body: res.body };
      },
    },
  }));
});
