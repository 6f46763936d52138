import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApprovalModule, approvalMigrations } from '@kehu/server-approval';
import { createTestApp, describeScopeHarness, SAMPLE_FILES, TestApp, TestClock, violatesContract } from '@kehu/server-core/testing';
import { CustomerModule, customerMigrations } from '@kehu/server-customer';
import { OpportunityModule, opportunityMigrations } from '@kehu/server-opportunity';
import { PermissionsModule, permissionsMigrations } from '@kehu/server-permissions';
import { adminToken, createDepartment, createUser, loginAs, scopeWorld } from '@kehu/server-permissions/testing';
import { ProductModule, productMigrations } from '@kehu/server-product';
import { SettingsModule, settingsMigrations } from '@kehu/server-settings';
import { ContractModule } from './contract.module';
import { contractMigrations } from './migrations';

type Who = 'admin' | 'rep' | 'rep2' | 'mgr' | 'finance' | 'exec';

describe('contracts 合同', () => {
  let t: TestApp;
  let dataDir: string;
  const users = {} as Record<Who, { id: string; token: string; username: string }>;
  const product: Record<string, string> = {};
  // 10:00 in Shanghai on Monday 23 November 2026.
  const clock = new TestClock('2026-11-23T02:00:00.000Z');
  const today = '2026-11-23';

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'kehu-contracts-'));
    t = await createTestApp({
      imports: [PermissionsModule, SettingsModule, ApprovalModule, CustomerModule, ProductModule, OpportunityModule, ContractModule],
      migrations: [...permissionsMigrations, ...settingsMigrations, ...approvalMigrations, ...customerMigrations, ...productMigrations, ...opportunityMigrations, ...contractMigrations],
      clock,
      config: { dataDir },
    });
    const admin = await adminToken(t);
    users.admin = { id: (await t.db.query(`SELECT id FROM app_user WHERE username = 'admin'`))[0].id, token: admin, username: 'admin' };
    const east = await createDepartment(t, admin, '合同华东部');
    const make = async (who: Who, roles: string[], departmentId?: string) => {
      const username = `ct_${who}`;
      users[who] = { ...(await createUser(t, admin, { username, roles, departmentId, displayName: who })), username };
    };
    await make('rep', ['sales_rep'], east);
    await make('rep2', ['sales_rep'], east);
    await make('mgr', ['sales_manager'], east);
    await make('finance', ['finance']);
    await make('exec', ['executive']);
    await t.http.patch(`/api/v1/departments/${east}`).auth(admin, { type: 'bearer' }).send({ managerId: users.mgr.id }).expect(200);
    const makeProduct = async (code: string, body: Record<string, unknown>) => {
      const res = await t.http.post('/api/v1/products').auth(admin, { type: 'bearer' }).send({ name: `产品${code}`, unit: '台', taxRate: '13.00', status: 'ON_SALE', ...body, code });
      expect(res.status).toBe(201);
      product[code] = res.body.id;
    };
    await makeProduct('KT-3500', { listPrice: '12800.00' });
    await makeProduct('KT-OLD', { listPrice: '9800.00', status: 'DISCONTINUED' });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const api = (who: Who) => ({
    get: (url: string) => t.http.get(`/api/v1${url}`).auth(users[who].token, { type: 'bearer' }),
    post: (url: string, body?: object) => {
      const req = t.http.post(`/api/v1${url}`).auth(users[who].token, { type: 'bearer' });
      return body ? req.send(body) : req;
    },
    put: (url: string, body: object, ifMatch?: string) => {
      const req = t.http.put(`/api/v1${url}`).auth(users[who].token, { type: 'bearer' });
      return (ifMatch ? req.set('If-Match', ifMatch) : req).send(body);
    },
    delete: (url: string, ifMatch?: string) => {
      const req = t.http.delete(`/api/v1${url}`).auth(users[who].token, { type: 'bearer' });
      return ifMatch ? req.set('If-Match', ifMatch) : req;
    },
  });
  const fields = (res: { body: { errors?: Array<{ field: string }> } }) => [...new Set(res.body.errors?.map((e) => e.field))];

  let n = 0;
  /** A new customer of `who`: POTENTIAL, awaiting its protection review. */
  const potentialCustomer = async (who: Who = 'rep') => {
    n++;
    const res = await api(who).post('/customers', {
      name: `靖江市合同${String.fromCharCode(0x4e00 + n * 11)}${String.fromCharCode(0x4e00 + n * 17)}空调有限公司`,
      address: '江苏省靖江市人民路 1 号',
      industry: 'manufacturing',
      phone: `0523-8${String(3000000 + n).slice(-7)}`,
      description: '合同测试客户',
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  /** An opportunity with the customer, open. */
  const opportunityWith = async (customerId: string, who: Who = 'rep') => {
    const res = await api(who).post('/opportunities', { title: `合同商机${++n}`, customerId });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  /** An INTENT customer: its opportunity was won. */
  const intentCustomer = async (who: Who = 'rep') => {
    const customerId = await potentialCustomer(who);
    await api(who).post(`/opportunities/${await opportunityWith(customerId, who)}/win`, {}).expect(200);
    return customerId;
  };
  const line = (quantity = '2', extra: Record<string, unknown> = {}) => ({ productId: product['KT-3500'], quantity, ...extra });
  const draft = async (body: Record<string, unknown>, who: Who = 'rep') => {
    const res = await api(who).post('/contracts', { type: 'sales', title: '春意空调采购合同', ...body });
    expect(res.status).toBe(201);
    return res.body;
  };
  /** The pending request of the contract (its approval or its order review). */
  const pendingRequest = async (contractId: string, subjectType = 'contract') => {
    const trail = (await api('rep').get(`/contracts/${contractId}/approvals`)).body as Array<{ id: string; subjectType: string; status: string; steps: Array<{ roleCode: string | null; status: string }> }>;
    const pending = trail.find((r) => r.subjectType === subjectType && r.status === 'PENDING');
    if (!pending) throw new Error(`no pending ${subjectType} request for ${contractId}`);
    return pending;
  };
  const approveAs = async (who: Who, contractId: string, subjectType = 'contract') => {
    const request = await pendingRequest(contractId, subjectType);
    const res = await api(who).post(`/approvals/${request.id}/approve`, { comment: '同意' });
    expect(res.status).toBe(200);
  };
  const contractCount = async () => (await t.db.query(`SELECT count(*)::int AS n FROM contract`))[0].n as number;
  const attachScan = (who: Who, contractId: string, content = SAMPLE_FILES.pdf, name = '合同-盖章.pdf') =>
    t.http.post(`/api/v1/contracts/${contractId}/attachments`).auth(users[who].token, { type: 'bearer' }).field('kind', 'SIGNED_SCAN').attach('file', content, name);
  /** A contract approved by the manager, ready to sign. */
  const approvedContract = async (customerId: string, body: Record<string, unknown> = {}) => {
    const c = await draft({ customerId, lines: [line()], ...body });
    await api('rep').post(`/contracts/${c.id}/submit`).expect(200);
    await approveAs('mgr', c.id);
    return c.id as string;
  };
  const sign = (contractId: string, body: Record<string, unknown> = {}) =>
    api('mgr').post(`/contracts/${contractId}/sign`, { signingDate: today, ourSignerId: users.mgr.id, customerSigner: '王建国', electronic: true, ...body });
  const customerOf = async (id: string) => (await api('admin').get(`/customers/${id}`)).body;
  /** Moves the clock and signs everyone in again: tokens issued at another time may have expired. */
  const at = async (instant: string) => {
    clock.set(instant);
    for (const who of Object.keys(users) as Who[]) users[who].token = who === 'admin' ? await adminToken(t) : await loginAs(t, users[who].username);
  };

  it('drafts a contract from scratch with a generated number, catalogue prices and totals computed as quotes do', async () => {
    const customerId = await potentialCustomer();
    const c = await draft({
      customerId,
      headerDiscountPercent: '5',
      lines: [line('2')],
      paymentMethod: 'bank_transfer',
      paymentTerms: '预付 30%',
      buyer: { taxNumber: '91321282MA1XXXXX0K', bank: '中国银行靖江支行' },
      additionalTerms: '赠送安装调试及一年免费保养',
      startDate: '2027-01-01',
      endDate: '2027-12-31',
    });
    // 2 × 12800 = 25600.00; net after 5 % = 24320.00; tax 13 % = 3161.60; total 27481.60.
    expect(c).toMatchObject({
      number: 'HT202611-0001',
      status: 'DRAFT',
      revision: 1,
      customerId,
      subtotal: '25600.00',
      discountTotal: '1280.00',
      netTotal: '24320.00',
      taxTotal: '3161.60',
      total: '27481.60',
      additionalTerms: '赠送安装调试及一年免费保养',
      buyer: { taxNumber: '91321282MA1XXXXX0K', bank: '中国银行靖江支行' },
      ownerId: users.rep.id,
      actions: expect.arrayContaining(['edit', 'submit', 'attach']),
    });
    expect(c.buyer.name).toMatch(/^靖江市合同/);
    expect(c.lines).toEqual([expect.objectContaining({ lineNo: 1, productCode: 'KT-3500', quantity: '2.000', unitPrice: '12800.00', amount: '25600.00', netAmount: '24320.00', taxAmount: '3161.60' })]);
    const audit = await t.db.query(`SELECT action FROM audit_log WHERE entity_id = $1 AND entity_type = 'Contract'`, [c.id]);
    expect(audit.map((a: { action: string }) => a.action)).toContain('INSERT');
  });

  it('takes my reserved number, and refuses someone else’s naming `number`; bad input is a 4xx naming the field and writes nothing', async () => {
    const customerId = await potentialCustomer();
    const reserved = (await api('rep').post('/contract-numbers')).body.number as string;
    const before = await contractCount();
    const othersTry = await api('rep2').post('/contracts', { type: 'sales', title: '他人编号', customerId: await potentialCustomer('rep2'), lines: [line()], number: reserved });
    expect(othersTry.status).toBe(409);
    expect(fields(othersTry)).toEqual(['number']);
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ lines: [{ productId: randomUUID(), quantity: '1' }] }, ['lines[0].productId']],
      [{ lines: [{ productId: product['KT-OLD'], quantity: '1' }] }, ['lines[0].productId']],
      [{ startDate: '2027-02-01', endDate: '2027-01-31' }, ['endDate']],
      [{ type: 'no-such-type' }, ['type']],
      [{ lines: [line('0')] }, ['lines[0].quantity']],
      [{ ourSignerId: randomUUID() }, ['ourSignerId']],
    ];
    for (const [body, named] of cases) {
      const res = await api('rep').post('/contracts', { type: 'sales', title: '坏输入', customerId, lines: [line()], ...body });
      expect({ body, status: res.status, fields: fields(res) }).toEqual({ body, status: 400, fields: named });
    }
    // Totals are the server's: a client total is refused, naming it.
    const withTotal = await violatesContract(t.http.post('/api/v1/contracts').auth(users.rep.token, { type: 'bearer' })).send({ type: 'sales', title: '自带合计', customerId, lines: [line()], total: '1.00' });
    expect(withTotal.status).toBe(400);
    expect(fields(withTotal)).toEqual(['total']);
    expect(await contractCount()).toBe(before);
    // Nothing half-written: the reservation is still mine and unused.
    const mine = await api('rep').post('/contracts', { type: 'sales', title: '预领编号', customerId, lines: [line()], number: reserved });
    expect(mine.status).toBe(201);
    expect(mine.body.number).toBe(reserved);
  });

  it('starts from an ACCEPTED quote with its lines and customer copied; a quote not accepted is 409', async () => {
    const customerId = await intentCustomer();
    const opportunityId = await opportunityWith(customerId);
    const quote = (await api('rep').post(`/opportunities/${opportunityId}/quotes`, { validUntil: '2026-12-31', headerDiscountPercent: '2', lines: [line('3', { discountPercent: '5' })] })).body;
    const early = await api('rep').post('/contracts', { type: 'sales', title: '报价转合同', quoteId: quote.id });
    expect(early.status).toBe(409);
    await api('rep').post(`/quotes/${quote.id}/send`).expect(200);
    await api('rep').post(`/quotes/${quote.id}/accept`).expect(200);
    const c = await draft({ quoteId: quote.id });
    expect(c).toMatchObject({ customerId, opportunityId, quoteId: quote.id, headerDiscountPercent: '2.00', total: quote.total, netTotal: quote.netTotal });
    expect(c.lines.map((l: { quantity: string; discountPercent: string; amount: string }) => [l.quantity, l.discountPercent, l.amount])).toEqual(quote.lines.map((l: { quantity: string; discountPercent: string; amount: string }) => [l.quantity, l.discountPercent, l.amount]));
    const wrongCustomer = await api('rep').post('/contracts', { type: 'sales', title: '报价转合同', quoteId: quote.id, customerId: await potentialCustomer() });
    expect(wrongCustomer.status).toBe(400);
    expect(fields(wrongCustomer)).toEqual(['customerId']);
  });

  it('approval chain: the manager alone for a small contract; finance and an executive too at the amount threshold or below the discount threshold', async () => {
    const customerId = await potentialCustomer();
    const steps = async (contractId: string) => (await pendingRequest(contractId)).steps.map((s) => [s.roleCode, s.status]);

    const small = await draft({ customerId, lines: [line('2')] });
    await api('rep').post(`/contracts/${small.id}/submit`).expect(200);
    expect(await steps(small.id)).toEqual([[null, 'PENDING'], ['finance', 'SKIPPED'], ['executive', 'SKIPPED']]);
    await approveAs('mgr', small.id);
    expect((await api('rep').get(`/contracts/${small.id}`)).body.status).toBe('APPROVED');

    // 40 × 12800 = 512000.00 net, at or above the 500000.00 threshold.
    const large = await draft({ customerId, lines: [line('40')] });
    await api('rep').post(`/contracts/${large.id}/submit`).expect(200);
    expect(await steps(large.id)).toEqual([[null, 'PENDING'], ['finance', 'WAITING'], ['executive', 'WAITING']]);
    await approveAs('mgr', large.id);
    expect((await api('rep').get(`/contracts/${large.id}`)).body.status).toBe('PENDING_APPROVAL');
    await approveAs('finance', large.id);
    expect((await api('rep').get(`/contracts/${large.id}`)).body.status).toBe('PENDING_APPROVAL');
    await approveAs('exec', large.id);
    expect((await api('rep').get(`/contracts/${large.id}`)).body.status).toBe('APPROVED');

    // 20 % off list is below the 85 % discount threshold, however small the amount.
    const discounted = await draft({ customerId, lines: [line('1', { discountPercent: '20' })] });
    await api('rep').post(`/contracts/${discounted.id}/submit`).expect(200);
    expect(await steps(discounted.id)).toEqual([[null, 'PENDING'], ['finance', 'WAITING'], ['executive', 'WAITING']]);
    const request = await pendingRequest(discounted.id);
    expect((await api('mgr').get(`/approvals/${request.id}`)).body.payload).toMatchObject({ total: '11571.20', discountBelowThreshold: true, senior: true, revision: 1 });
  });

  it('edits only a DRAFT (409 otherwise, 412 on a stale If-Match); a rejection returns it to DRAFT with the comment visible', async () => {
    const customerId = await potentialCustomer();
    const c = await draft({ customerId, lines: [line('1')] });
    const body = { type: 'sales', title: '改过的标题', lines: [line('3')] };
    const stale = await api('rep').put(`/contracts/${c.id}`, body, `"${c.version + 1}"`);
    expect(stale.status).toBe(412);
    const edited = await api('rep').put(`/contracts/${c.id}`, body, `"${c.version}"`);
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ title: '改过的标题', subtotal: '38400.00' });
    await api('rep').post(`/contracts/${c.id}/submit`).expect(200);
    const locked = await api('rep').put(`/contracts/${c.id}`, body);
    expect(locked.status).toBe(409);
    expect(locked.body.type).toContain('invalid-state');
    const request = await pendingRequest(c.id);
    await api('mgr').post(`/approvals/${request.id}/reject`, { comment: '付款条件不清楚' }).expect(200);
    const back = (await api('rep').get(`/contracts/${c.id}`)).body;
    expect(back).toMatchObject({ status: 'DRAFT', rejectionComment: '付款条件不清楚', actions: expect.arrayContaining(['edit', 'submit']) });
    expect((await api('rep').put(`/contracts/${c.id}`, { ...body, paymentTerms: '验收后 30 日付清' })).status).toBe(200);
    const trail = (await api('rep').get(`/contracts/${c.id}/approvals`)).body;
    expect(trail[0].steps[0]).toMatchObject({ status: 'REJECTED', comment: '付款条件不清楚' });
  });

  it('signs only an INTENT or FORMAL customer: POTENTIAL is 409 naming its status; signing makes it FORMAL, wins the opportunity and contracts the quote', async () => {
    const potential = await potentialCustomer();
    const refused = await sign(await approvedContract(potential));
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ type: expect.stringContaining('contract-customer-not-signable'), currentStatus: 'POTENTIAL' });
    expect((await customerOf(potential)).status).toBe('POTENTIAL');

    const customerId = await intentCustomer();
    const opportunityId = await opportunityWith(customerId);
    const quote = (await api('rep').post(`/opportunities/${opportunityId}/quotes`, { validUntil: '2026-12-31', lines: [line('1')] })).body;
    await api('rep').post(`/quotes/${quote.id}/send`).expect(200);
    await api('rep').post(`/quotes/${quote.id}/accept`).expect(200);
    const c = await draft({ quoteId: quote.id });
    await api('rep').post(`/contracts/${c.id}/submit`).expect(200);
    await approveAs('mgr', c.id);
    // Without a signed scan (and not electronic) signing waits for one.
    const noScan = await sign(c.id, { electronic: false });
    expect(noScan.status).toBe(409);
    expect(noScan.body.type).toContain('contract-signed-scan-missing');
    const future = await sign(c.id, { signingDate: '2026-11-24' });
    expect(future.status).toBe(400);
    expect(fields(future)).toEqual(['signingDate']);
    expect((await attachScan('rep', c.id)).status).toBe(201);
    const signed = await sign(c.id, { electronic: false, afterSalesOwnerId: users.rep2.id });
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({ status: 'ACTIVE', signingDate: today, ourSignerId: users.mgr.id, customerSigner: '王建国', signedBy: users.mgr.id });
    const customer = await customerOf(customerId);
    expect(customer).toMatchObject({ status: 'FORMAL', afterSalesOwnerId: users.rep2.id });
    expect((await api('rep').get(`/opportunities/${opportunityId}`)).body.status).toBe('WON');
    expect((await api('rep').get(`/quotes/${quote.id}`)).body).toMatchObject({ contractId: c.id, contractedAt: clock.now().toISOString() });
  });

  it('rolls the FORMAL transition and the churn reset back together when a later step of signing fails', async () => {
    const customerId = await intentCustomer();
    await sign(await approvedContract(customerId)).expect(200);
    const [{ last_deal_at: dealBefore }] = await t.db.query(`SELECT last_deal_at FROM customer WHERE id = $1`, [customerId]);
    await t.db.query(`INSERT INTO churn_alert (customer_id, owner_id, raised_at, last_deal_at, status) VALUES ($1, $2, $3, $4, 'OPEN')`, [customerId, users.rep.id, clock.now(), dealBefore]);
    const historyBefore = (await t.db.query(`SELECT count(*)::int AS n FROM customer_history WHERE customer_id = $1`, [customerId]))[0].n;
    // The contract's opportunity is lost meanwhile: closing it as won fails after the customer was marked.
    const opportunityId = await opportunityWith(customerId);
    const c = await approvedContract(customerId, { opportunityId });
    await api('rep').post(`/opportunities/${opportunityId}/lose`, { reason: 'price' }).expect(200);
    await at('2026-11-23T05:00:00.000Z');
    const failed = await sign(c);
    expect(failed.status).toBe(409);
    expect((await api('rep').get(`/contracts/${c}`)).body.status).toBe('APPROVED');
    const [after] = await t.db.query(`SELECT last_deal_at FROM customer WHERE id = $1`, [customerId]);
    expect(new Date(after.last_deal_at).toISOString()).toBe(new Date(dealBefore).toISOString());
    expect((await t.db.query(`SELECT status FROM churn_alert WHERE customer_id = $1`, [customerId])).map((r: { status: string }) => r.status)).toEqual(['OPEN']);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM customer_history WHERE customer_id = $1`, [customerId]))[0].n).toBe(historyBefore);
    // Without the failing step the same signing resolves the alert and moves the deal date.
    const plain = await approvedContract(customerId);
    await sign(plain).expect(200);
    expect((await t.db.query(`SELECT status FROM churn_alert WHERE customer_id = $1`, [customerId])).map((r: { status: string }) => r.status)).toEqual(['RESOLVED']);
    const [moved] = await t.db.query(`SELECT last_deal_at FROM customer WHERE id = $1`, [customerId]);
    expect(new Date(moved.last_deal_at).toISOString()).toBe('2026-11-23T05:00:00.000Z');
  });

  it('amends an ACTIVE contract by a new revision with its own approval; the old revision is kept and stays in force until then', async () => {
    const customerId = await intentCustomer();
    const id = await approvedContract(customerId);
    const active = (await sign(id).expect(200)).body;
    expect((await api('rep').put(`/contracts/${id}`, { type: 'sales', title: 'x', lines: [line('9')] })).status).toBe(409);
    const amended = await api('rep').post(`/contracts/${id}/amendments`, { reason: '客户追加 1 台', lines: [line('3')], additionalTerms: '追加部分同样免费安装' });
    expect(amended.status).toBe(201);
    expect(amended.body).toMatchObject({ revision: 1, pendingRevision: 2, total: active.total, additionalTerms: null });
    expect((await api('rep').post(`/contracts/${id}/amendments`, { reason: '再改', lines: [line('4')] })).status).toBe(409);
    let revisions = (await api('rep').get(`/contracts/${id}/revisions`)).body;
    expect(revisions.map((r: { revision: number; status: string; inForce: boolean }) => [r.revision, r.status, r.inForce])).toEqual([
      [1, 'APPROVED', true],
      [2, 'PENDING_APPROVAL', false],
    ]);
    await approveAs('mgr', id);
    const now = (await api('rep').get(`/contracts/${id}`)).body;
    // 3 × 12800 = 38400.00 + 13 % tax = 43392.00.
    expect(now).toMatchObject({ revision: 2, pendingRevision: null, total: '43392.00', additionalTerms: '追加部分同样免费安装', status: 'ACTIVE' });
    expect(now.lines.map((l: { quantity: string }) => l.quantity)).toEqual(['3.000']);
    revisions = (await api('rep').get(`/contracts/${id}/revisions`)).body;
    expect(revisions.map((r: { revision: number; status: string; inForce: boolean; total: string }) => [r.revision, r.status, r.inForce, r.total])).toEqual([
      [1, 'APPROVED', false, active.total],
      [2, 'APPROVED', true, '43392.00'],
    ]);
    expect(revisions[0].lines.map((l: { quantity: string }) => l.quantity)).toEqual(['2.000']);
  });

  it('signs a custom order only after its order review passed; a stock order takes no review', async () => {
    const customerId = await intentCustomer();
    const stock = await approvedContract(customerId);
    const noReview = await api('rep').post(`/contracts/${stock}/order-review`);
    expect(noReview.status).toBe(409);
    expect(noReview.body.type).toContain('contract-order-review-not-applicable');
    const custom = await approvedContract(customerId, { customOrder: true, type: 'custom_order' });
    const early = await sign(custom);
    expect(early.status).toBe(409);
    expect(early.body.type).toContain('contract-order-review-required');
    await api('rep').post(`/contracts/${custom}/order-review`).expect(200);
    expect((await sign(custom)).status).toBe(409);
    await approveAs('exec', custom, 'contract.order-review');
    expect((await api('rep').get(`/contracts/${custom}`)).body.orderReviewState).toBe('PASSED');
    expect((await sign(custom)).status).toBe(200);
  });

  it('attachments: type judged by content, size held to the rule, kept after signing, out of scope like a missing one', async () => {
    const customerId = await intentCustomer();
    const id = await approvedContract(customerId);
    const pdf = await attachScan('rep', id);
    expect(pdf.status).toBe(201);
    expect(pdf.body).toMatchObject({ kind: 'SIGNED_SCAN', contentType: 'application/pdf', name: '合同-盖章.pdf' });
    const exe = await attachScan('rep', id, SAMPLE_FILES.exe, '伪装.pdf');
    expect(exe.status).toBe(415);
    expect(fields(exe)).toEqual(['file']);
    await t.http.put('/api/v1/settings/rules/fileMaxUploadMb').auth(users.admin.token, { type: 'bearer' }).send({ value: 1 }).expect(200);
    const big = await attachScan('rep', id, Buffer.concat([SAMPLE_FILES.pdf, Buffer.alloc(1024 * 1024 + 1)]), '大文件.pdf');
    expect(big.status).toBe(413);
    expect(fields(big)).toEqual(['file']);
    await t.http.delete('/api/v1/settings/rules/fileMaxUploadMb').auth(users.admin.token, { type: 'bearer' });
    expect((await api('rep').get(`/contracts/${id}/attachments`)).body.map((a: { id: string }) => a.id)).toEqual([pdf.body.id]);
    const outside = await api('rep2').get(`/contracts/${id}/attachments/${pdf.body.id}`);
    const missing = await api('rep2').get(`/contracts/${randomUUID()}/attachments/${randomUUID()}`);
    expect([outside.status, outside.body.title]).toEqual([missing.status, missing.body.title]);
    expect((await api('finance').get(`/contracts/${id}/attachments/${pdf.body.id}`)).status).toBe(200);
    await sign(id).expect(200);
    const kept = await t.http.delete(`/api/v1/contracts/${id}/attachments/${pdf.body.id}`).auth(users.rep.token, { type: 'bearer' });
    expect(kept.status).toBe(409);
  });

  it('reminds the owner of active contracts ending soon and of reserved numbers about to lapse', async () => {
    const customerId = await intentCustomer();
    const ending = await approvedContract(customerId, { startDate: '2026-01-01', endDate: '2026-12-10' });
    const later = await approvedContract(customerId, { startDate: '2026-01-01', endDate: '2027-06-30' });
    await sign(ending).expect(200);
    await sign(later).expect(200);
    const reservation = (await api('rep').post('/contract-numbers')).body;
    let reminders = (await api('rep').get('/reminders')).body.items as Array<{ kind: string; subjectId: string }>;
    expect(reminders.filter((r) => r.kind === 'contract-ending').map((r) => r.subjectId)).toEqual([ending]);
    expect(reminders.filter((r) => r.kind === 'contract-number-expiring').map((r) => r.subjectId)).not.toContain(reservation.id);
    // Three days before the reservation lapses (contractNumberExpiringRemindDays).
    await at(new Date(new Date(reservation.expiresAt).getTime() - 2 * 86_400_000).toISOString());
    reminders = (await api('rep').get('/reminders')).body.items;
    expect(reminders.filter((r) => r.kind === 'contract-number-expiring').map((r) => r.subjectId)).toContain(reservation.id);
    expect((await api('rep2').get('/reminders')).body.items.filter((r: { kind: string }) => r.kind.startsWith('contract'))).toEqual([]);
    await at('2026-11-23T05:00:00.000Z');
  });

  it('q finds a number by its start in either case, a title or buyer name containing it, and the contracts of a customer the customer search finds; never another rep’s', async () => {
    const customerId = await intentCustomer();
    // The distinctive middle of the name (合同…空调), so no other test's customer matches.
    const customerName = ((await customerOf(customerId)).name as string).slice(3, 9);
    const mine = await draft({ customerId, lines: [line()], title: '梧桐湾项目空调采购', buyer: { name: '靖江梧桐湾置业有限公司' } });
    const plain = await draft({ customerId, lines: [line()], title: '春季保养服务' });
    // rep2's contract has the same title words and is in the same department: still not the rep's to find.
    const others = await draft({ customerId: await intentCustomer('rep2'), lines: [line()], title: '梧桐湾项目空调采购' }, 'rep2');
    const found = async (who: Who, q: string) =>
      ((await api(who).get(`/contracts?pageSize=200&q=${encodeURIComponent(q)}`)).body.items as Array<{ id: string }>).map((c) => c.id).sort();
    const sorted = (...ids: string[]) => [...ids].sort();

    expect(await found('rep', mine.number.toLowerCase())).toEqual([mine.id]);
    expect(await found('rep', '梧桐湾项目')).toEqual([mine.id]);
    expect(await found('rep', '梧桐湾置业')).toEqual([mine.id]);
    // The customer's name finds both of its contracts, through the customer search (the buyer name of `mine` is another).
    expect(await found('rep', customerName)).toEqual(sorted(mine.id, plain.id));
    // The number matches by its start only, and "%" is a character, not a wildcard.
    expect(await found('rep', mine.number.slice(2))).toEqual([]);
    expect(await found('rep', '梧桐%')).toEqual([]);
    expect(await found('rep2', '梧桐湾项目')).toEqual([others.id]);
    expect(await found('rep2', mine.number)).toEqual([]);
    expect(await found('rep2', customerName)).toEqual([]);
    // A manager of the department finds both reps' contracts; the count follows the matches.
    expect(await found('mgr', '梧桐湾项目')).toEqual(sorted(mine.id, others.id));
    expect((await api('mgr').get(`/contracts?q=${encodeURIComponent('梧桐湾项目')}`)).body.total).toBe(2);
  });

  it('deletes only a DRAFT: 409 with currentStatus otherwise, 412 on a stale If-Match, 404 out of scope; the number is void for good and the attachments detached, all audited', async () => {
    const customerId = await potentialCustomer();
    const c = await draft({ customerId, lines: [line()] });
    const scan = await attachScan('rep', c.id);
    expect(scan.status).toBe(201);
    expect((await api('rep2').delete(`/contracts/${c.id}`)).status).toBe(404);
    expect((await api('rep').delete(`/contracts/${c.id}`, `"${c.version + 1}"`)).status).toBe(412);
    expect((await api('rep').delete(`/contracts/${c.id}`, `"${c.version}"`)).status).toBe(204);
    expect((await api('rep').get(`/contracts/${c.id}`)).status).toBe(404);
    expect((await api('rep').get(`/contracts?pageSize=200`)).body.items.map((x: { id: string }) => x.id)).not.toContain(c.id);
    const [number] = await t.db.query(`SELECT status, void_reason FROM contract_number WHERE id = (SELECT number_id FROM contract WHERE id = $1)`, [c.id]);
    expect(number).toEqual({ status: 'VOID', void_reason: 'DRAFT_DELETED' });
    const voids = (await api('finance').get(`/contract-numbers/voids?pageSize=200`)).body.items.map((v: { number: string }) => v.number);
    expect(voids).toContain(c.number);
    // The next contract takes the next number: the deleted one is never issued again.
    const next = await draft({ customerId, lines: [line()] });
    expect(next.number).not.toBe(c.number);
    expect(Number(next.number.slice(-4))).toBeGreaterThan(Number(c.number.slice(-4)));
    const [{ n: attached }] = await t.db.query(`SELECT count(*)::int AS n FROM contract_attachment WHERE contract_id = $1 AND deleted_at IS NULL`, [c.id]);
    expect(attached).toBe(0);
    const audit = async (entityType: string, id: string) =>
      (await t.db.query(`SELECT action FROM audit_log WHERE entity_type = $1 AND entity_id = $2 ORDER BY at, id`, [entityType, id])).map((a: { action: string }) => a.action);
    expect(await audit('Contract', c.id)).toContain('SOFT_DELETE');
    expect(await audit('ContractAttachment', scan.body.id)).toEqual(['INSERT', 'DELETE']);
    const [{ number_id: numberId }] = await t.db.query(`SELECT number_id FROM contract WHERE id = $1`, [c.id]);
    expect(await audit('ContractNumber', numberId)).toContain('VOID');

    await api('rep').post(`/contracts/${next.id}/submit`).expect(200);
    const submitted = await api('rep').delete(`/contracts/${next.id}`);
    expect(submitted.status).toBe(409);
    expect(submitted.body).toMatchObject({ type: expect.stringContaining('invalid-state'), currentStatus: 'PENDING_APPROVAL' });
  });

  it('a rep signs their own approved contract; completing and terminating are a manager’s (contract:close), and a manual completion states its reason', async () => {
    const customerId = await intentCustomer();
    const id = await approvedContract(customerId);
    const signed = await api('rep').post(`/contracts/${id}/sign`, { signingDate: today, ourSignerId: users.rep.id, customerSigner: '王建国', electronic: true });
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({ status: 'ACTIVE', signedBy: users.rep.id });
    expect((await api('rep').post(`/contracts/${id}/complete`, { reason: '已交付' })).status).toBe(403);
    expect((await api('rep').post(`/contracts/${id}/terminate`, { reason: '取消' })).status).toBe(403);
    const noReason = await violatesContract(t.http.post(`/api/v1/contracts/${id}/complete`).auth(users.mgr.token, { type: 'bearer' })).send({});
    expect(noReason.status).toBe(400);
    expect(fields(noReason)).toEqual(['reason']);
    const completed = await api('mgr').post(`/contracts/${id}/complete`, { reason: '货物已全部交付并验收' });
    expect(completed.status).toBe(200);
    expect(completed.body).toMatchObject({ status: 'COMPLETED', completionReason: '货物已全部交付并验收' });
    const [audit] = await t.db.query(`SELECT after FROM audit_log WHERE entity_type = 'Contract' AND entity_id = $1 AND action = 'UPDATE' ORDER BY at DESC, id DESC LIMIT 1`, [id]);
    expect(audit.after).toMatchObject({ status: 'COMPLETED', completionReason: '货物已全部交付并验收' });
    const again = await api('mgr').post(`/contracts/${id}/complete`, { reason: '再次' });
    expect(again.status).toBe(409);
    expect(again.body.currentStatus).toBe('COMPLETED');
  });

  describe('data scope', () => {
    const contractOf = new Map<string, string>();
    const newContract = async (owner: { token: string }) => {
      const customer = await t.http.post('/api/v1/customers').auth(owner.token, { type: 'bearer' }).send({
        name: `范围合同${String.fromCharCode(0x4e00 + ++n * 13)}${String.fromCharCode(0x4e00 + n * 19)}机电有限公司`,
        address: '江苏省泰州市海陵路 2 号',
        industry: 'manufacturing',
        phone: `0523-6${String(4000000 + n).slice(-7)}`,
        description: '范围测试',
      });
      if (customer.status !== 201) throw new Error(`customer: ${customer.status} ${JSON.stringify(customer.body)}`);
      const res = await t.http.post('/api/v1/contracts').auth(owner.token, { type: 'bearer' }).send({ type: 'sales', title: '范围合同', customerId: customer.body.id, lines: [line()] });
      if (res.status !== 201) throw new Error(`contract: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.id as string;
    };
    const answer = (res: { status: number; body: unknown }) => ({ status: res.status, body: res.body });
    const PERMISSIONS = ['customer:read', 'customer:write', 'contract:read', 'contract:write'];

    describeScopeHarness('contracts', () => ({
      world: scopeWorld(t, users.admin.token),
      resource: {
        permissions: PERMISSIONS,
        create: (owner) => newContract(owner),
        list: async (viewer) => (await t.http.get('/api/v1/contracts?pageSize=200').auth(viewer.token, { type: 'bearer' })).body.items.map((c: { id: string }) => c.id),
        get: async (viewer, id) => answer(await t.http.get(`/api/v1/contracts/${id}`).auth(viewer.token, { type: 'bearer' })),
        getMissing: async (viewer) => answer(await t.http.get(`/api/v1/contracts/${randomUUID()}`).auth(viewer.token, { type: 'bearer' })),
        count: async (viewer, id) => {
          const [{ customer_id: customerId }] = await t.db.query(`SELECT customer_id FROM contract WHERE id = $1`, [id]);
          return (await t.http.get(`/api/v1/contracts?customerId=${customerId}`).auth(viewer.token, { type: 'bearer' })).body.total;
        },
      },
    }));

    describeScopeHarness('contract attachments', () => ({
      world: scopeWorld(t, users.admin.token),
      resource: {
        permissions: PERMISSIONS,
        async create(owner) {
          const contractId = await newContract(owner);
          const res = await t.http.post(`/api/v1/contracts/${contractId}/attachments`).auth(owner.token, { type: 'bearer' }).attach('file', SAMPLE_FILES.pdf, '范围测试.pdf');
          if (res.status !== 201) throw new Error(`attachment: ${res.status} ${JSON.stringify(res.body)}`);
          contractOf.set(res.body.id, contractId);
          return res.body.id;
        },
        list: async (viewer, id) => {
          const res = await t.http.get(`/api/v1/contracts/${contractOf.get(id)}/attachments`).auth(viewer.token, { type: 'bearer' });
          return res.status === 200 ? res.body.map((a: { id: string }) => a.id) : [];
        },
        get: async (viewer, id) => {
          const res = await t.http.get(`/api/v1/contracts/${contractOf.get(id)}/attachments/${id}`).auth(viewer.token, { type: 'bearer' }).buffer(true);
          return { status: res.status, body: res.status === 200 ? { contentType: res.headers['content-type'] } : res.body };
        },
        getMissing: async (viewer) => answer(await t.http.get(`/api/v1/contracts/${randomUUID()}/attachments/${randomUUID()}`).auth(viewer.token, { type: 'bearer' })),
      },
    }));
  });
});
