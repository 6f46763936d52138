import { randomUUID } from 'node:crypto';
import { ApprovalModule, approvalMigrations } from '@kehu/server-approval';
import { PrincipalResolver } from '@kehu/server-core';
import { createTestApp, describeScopeHarness, ScopeActor, TestApp, violatesContract } from '@kehu/server-core/testing';
import { CustomerModule, customerMigrations } from '@kehu/server-customer';
import { PermissionsModule, permissionsMigrations } from '@kehu/server-permissions';
import { adminToken, createDepartment, createUser, loginAs, scopeWorld } from '@kehu/server-permissions/testing';
import { ProductModule, productMigrations } from '@kehu/server-product';
import { SettingsModule, settingsMigrations } from '@kehu/server-settings';
import { opportunityMigrations } from './migrations';
import { OpportunityFacade } from './opportunity.facade';
import { OpportunityModule } from './opportunity.module';

describe('quotes', () => {
  let t: TestApp;
  let admin: string;
  let rep: { id: string; token: string };
  let otherRep: { id: string; token: string };
  const product: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({
      imports: [PermissionsModule, SettingsModule, ApprovalModule, CustomerModule, ProductModule, OpportunityModule],
      migrations: [...permissionsMigrations, ...settingsMigrations, ...approvalMigrations, ...customerMigrations, ...productMigrations, ...opportunityMigrations],
    });
    admin = await adminToken(t);
    const dept = await createDepartment(t, admin, '报价一部');
    rep = await createUser(t, admin, { username: 'quote_rep', roles: ['sales_rep'], departmentId: dept });
    otherRep = await createUser(t, admin, { username: 'quote_rep2', roles: ['sales_rep'], departmentId: dept });
    const make = async (key: string, body: Record<string, unknown>) => {
      const res = await t.http.post('/api/v1/products').auth(admin, { type: 'bearer' }).send({ name: `产品${key}`, unit: '台', taxRate: '13.00', status: 'ON_SALE', ...body, code: key });
      expect(res.status).toBe(201);
      product[key] = res.body.id;
    };
    await make('KT-3500', { listPrice: '12800.00' });
    await make('KT-OLD', { listPrice: '9800.00', status: 'DISCONTINUED' });
    await make('CENT', { listPrice: '0.01', taxRate: '0.00' });
    await make('PART-9', { listPrice: '33.33', taxRate: '9.00' });
  }, 120_000);
  afterAll(() => t?.close());

  const api = (token: string) => ({
    get: (url: string) => t.http.get(`/api/v1${url}`).auth(token, { type: 'bearer' }),
    post: (url: string, body?: object) => {
      const req = t.http.post(`/api/v1${url}`).auth(token, { type: 'bearer' });
      return body ? req.send(body) : req;
    },
    put: (url: string, body: object) => t.http.put(`/api/v1${url}`).auth(token, { type: 'bearer' }).send(body),
  });
  let n = 0;
  const opportunity = async (token = rep.token) => {
    n++;
    const res = await api(token).post('/opportunities', { title: `报价商机${n}`, prospect: { company: `扬州市报价${n}号机电有限公司`, contactName: '李工', phone: `0514-8${String(7000000 + n).slice(-7)}` } });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const validUntil = '2026-12-31';
  const quote = async (opportunityId: string, body: Record<string, unknown> = {}, token = rep.token) => {
    const res = await api(token).post(`/opportunities/${opportunityId}/quotes`, { validUntil, lines: [{ productId: product['KT-3500'], quantity: '2' }], ...body });
    expect(res.status).toBe(201);
    return res.body;
  };
  const fields = (res: { body: { errors?: Array<{ field: string }> } }) => [...new Set(res.body.errors?.map((e) => e.field))];
  const quoteCount = async () => (await t.db.query(`SELECT count(*)::int AS n FROM quote`))[0].n as number;

  it('numbers a quote per business day and computes every figure on the server', async () => {
    const o = await opportunity();
    const q = await quote(o, {
      headerDiscountPercent: '5',
      lines: [
        { productId: product['KT-3500'], quantity: '2', unitPrice: '100.00', discountPercent: '10' },
        { productId: product['PART-9'], quantity: '1' },
      ],
    });
    expect(q).toMatchObject({ number: 'BJ20261123-0001', revision: 1, status: 'DRAFT', validUntil, headerDiscountPercent: '5.00' });
    // Hand-computed (docs/sales.md): 2 × 100 × 90 % = 180.00 → net 171.00 → tax 22.23; 33.33 → net 31.66 → tax (9 %) 2.85.
    expect(q.lines.map((l: Record<string, string>) => [l.productCode, l.quantity, l.unitPrice, l.amount, l.netAmount, l.taxAmount])).toEqual([
      ['KT-3500', '2.000', '100.00', '180.00', '171.00', '22.23'],
      ['PART-9', '1.000', '33.33', '33.33', '31.66', '2.85'],
    ]);
    expect(q).toMatchObject({ subtotal: '213.33', discountTotal: '10.67', netTotal: '202.66', taxTotal: '25.08', total: '227.74' });
    expect((await quote(o)).number).toBe('BJ20261123-0002');
  });

  it('adds up 100 lines of half a cent each to the cent', async () => {
    const o = await opportunity();
    const q = await quote(o, { lines: Array.from({ length: 100 }, () => ({ productId: product['CENT'], quantity: '1', discountPercent: '50' })) });
    expect(q.lines).toHaveLength(100);
    expect(new Set(q.lines.map((l: { amount: string }) => l.amount))).toEqual(new Set(['0.01']));
    expect(q).toMatchObject({ subtotal: '1.00', netTotal: '1.00', taxTotal: '0.00', total: '1.00' });
  });

  it('refuses bad lines naming the field, and writes nothing', async () => {
    const o = await opportunity();
    const before = await quoteCount();
    const line = { productId: product['KT-3500'], quantity: '1' };
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ lines: [line, { productId: product['KT-OLD'], quantity: '1' }] }, ['lines[1].productId']],
      [{ lines: [{ productId: randomUUID(), quantity: '1' }] }, ['lines[0].productId']],
      [{ lines: [{ ...line, quantity: '0' }] }, ['lines[0].quantity']],
      [{ lines: [{ ...line, quantity: '-1' }] }, ['lines[0].quantity']],
      [{ lines: [{ ...line, discountPercent: '100.01' }] }, ['lines[0].discountPercent']],
      [{ lines: [{ ...line, discountPercent: '-5' }] }, ['lines[0].discountPercent']],
      [{ lines: [{ ...line, unitPrice: '1.005' }] }, ['lines[0].unitPrice']],
      [{ headerDiscountPercent: '101' }, ['headerDiscountPercent']],
      [{ lines: Array.from({ length: 201 }, () => line) }, ['lines']],
      [{ lines: [] }, ['lines']],
      [{ validUntil: '2026-11-01' }, ['validUntil']],
    ];
    for (const [body, expected] of cases) {
      const res = await violatesContract(t.http.post(`/api/v1/opportunities/${o}/quotes`).auth(rep.token, { type: 'bearer' })).send({ validUntil, lines: [line], ...body });
      expect([res.status, fields(res)]).toEqual([400, expected]);
    }
    expect(await quoteCount()).toBe(before);
  });

  it('sends a quote within the discount rule at once; one below it only after approval', async () => {
    const o = await opportunity();
    const fine = await quote(o, { lines: [{ productId: product['KT-3500'], quantity: '1', discountPercent: '15' }] });
    expect((await api(rep.token).post(`/quotes/${fine.id}/send`)).body).toMatchObject({ status: 'SENT', approvalState: null });

    const deep = await quote(o, { lines: [{ productId: product['KT-3500'], quantity: '3', discountPercent: '99.99' }] });
    expect(deep).toMatchObject({ subtotal: '3.84', total: '4.34' });
    const asked = await api(rep.token).post(`/quotes/${deep.id}/send`);
    expect(asked.body).toMatchObject({ status: 'DRAFT', approvalState: 'PENDING' });
    expect((await api(rep.token).put(`/quotes/${deep.id}`, { validUntil, lines: [{ productId: product['KT-3500'], quantity: '1' }] })).status).toBe(409);
    const inbox = (await api(admin).get('/approvals?status=pending&pageSize=200')).body.items as Array<{ id: string; subjectId: string; subjectType: string }>;
    const request = inbox.find((a) => a.subjectId === deep.id)!;
    expect(request.subjectType).toBe('quote.discount');
    await api(admin).post(`/approvals/${request.id}/approve`, {}).expect(200);
    expect((await api(rep.token).get(`/quotes/${deep.id}`)).body).toMatchObject({ status: 'SENT', approvalState: 'APPROVED' });
  });

  it('keeps the sent version when revising, and accepts or rejects only a sent, current one', async () => {
    const o = await opportunity();
    const q = await quote(o);
    expect((await api(rep.token).post(`/quotes/${q.id}/accept`)).status).toBe(409);
    await api(rep.token).post(`/quotes/${q.id}/send`).expect(200);
    const next = (await api(rep.token).post(`/quotes/${q.id}/revise`)).body;
    expect(next).toMatchObject({ number: q.number, revision: 2, status: 'DRAFT', total: q.total });
    const old = (await api(rep.token).get(`/quotes/${q.id}`)).body;
    expect(old).toMatchObject({ status: 'SENT', revision: 1, supersededById: next.id, lines: q.lines });
    expect((await api(rep.token).post(`/quotes/${q.id}/accept`)).status).toBe(409);
    await api(rep.token).put(`/quotes/${next.id}`, { validUntil, lines: [{ productId: product['KT-3500'], quantity: '5' }] }).expect(200);
    await api(rep.token).post(`/quotes/${next.id}/send`).expect(200);
    expect((await api(rep.token).post(`/quotes/${next.id}/accept`)).body).toMatchObject({ status: 'ACCEPTED', revision: 2 });
    const both = (await api(rep.token).get(`/quotes?opportunityId=${o}`)).body.items.map((i: { revision: number; status: string }) => [i.revision, i.status]);
    expect(both.sort()).toEqual([[1, 'SENT'], [2, 'ACCEPTED']]);
  });

  it('hands an accepted quote to the contract domain, and nothing else', async () => {
    const o = await opportunity();
    const q = await quote(o);
    const facade = t.app.get(OpportunityFacade);
    const principal = (await t.app.get(PrincipalResolver).resolveBearer(rep.token))!;
    await expect(facade.acceptedQuote(principal, q.id)).rejects.toMatchObject({ code: 'invalid-state' });
    await api(rep.token).post(`/quotes/${q.id}/send`).expect(200);
    await api(rep.token).post(`/quotes/${q.id}/accept`).expect(200);
    const accepted = await facade.acceptedQuote(principal, q.id);
    expect(accepted).toMatchObject({ id: q.id, status: 'ACCEPTED', total: q.total, customerId: null, lines: q.lines });
    const outsider = (await t.app.get(PrincipalResolver).resolveBearer(otherRep.token))!;
    await expect(facade.acceptedQuote(outsider, q.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('expires sent quotes past their validity with the daily job (clock moved, no sleeping)', async () => {
    const start = t.clock.now();
    const o = await opportunity();
    const q = await quote(o, { validUntil: '2026-11-24' });
    await api(rep.token).post(`/quotes/${q.id}/send`).expect(200);
    expect((await api(admin).post('/jobs/quote-expiry/run')).body.status).toBe('succeeded');
    expect((await api(rep.token).get(`/quotes/${q.id}`)).body.status).toBe('SENT');
    t.clock.advanceDays(2);
    try {
      // Two days on, the morning's tokens have expired: sign in again.
      const [adminNow, repNow] = [await adminToken(t), await loginAs(t, 'quote_rep')];
      expect((await api(adminNow).post('/jobs/quote-expiry/run')).body.status).toBe('succeeded');
      expect((await api(repNow).get(`/quotes/${q.id}`)).body.status).toBe('EXPIRED');
      const [audit] = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'Quote' AND entity_id = $1 AND after->>'status' = 'EXPIRED'`, [q.id]);
      expect(audit.n).toBe(1);
    } finally {
      t.clock.set(start);
    }
  });

  it('prints a quote as one HTML page', async () => {
    const o = await opportunity();
    const q = await quote(o, { note: '<b>含运费</b>' });
    const res = await api(rep.token).get(`/quotes/${q.id}/print`).buffer(true).parse((r, done) => {
      let text = '';
      r.on('data', (c: Buffer) => (text += c.toString('utf8')));
      r.on('end', () => done(null, text));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain(q.number);
    expect(res.body).toContain(q.total);
    expect(res.body).toContain('&lt;b&gt;含运费&lt;/b&gt;');
    expect((await api(otherRep.token).get(`/quotes/${q.id}/print`)).status).toBe(404);
  });

  describe('data scope', () => {
    describeScopeHarness('quotes', () => ({
      world: scopeWorld(t, admin),
      resource: {
        permissions: ['opportunity:read', 'opportunity:write'],
        async create(owner: ScopeActor) {
          return (await quote(await opportunity(owner.token), {}, owner.token)).id as string;
        },
        list: async (viewer) => (await api(viewer.token).get('/quotes?pageSize=200')).body.items.map((i: { id: string }) => i.id),
        get: async (viewer, id) => {
          const res = await api(viewer.token).get(`/quotes/${id}`);
          return { status: res.status, body: res.body };
        },
        getMissing: async (viewer) => {
          const res = await api(viewer.token).get(`/quotes/${randomUUID()}`);
          return { status: res.status, body: res.body };
        },
      },
    }));
  });
});
