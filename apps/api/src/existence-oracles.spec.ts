import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { buildOpenApiDocument, configureApp, loadConfig } from '@kehu/server-core';
import { createTestDatabase, probeExistenceOracles, recordIdOperations, resourceOf } from '@kehu/server-core/testing';
import type { OpenAPIObject } from '@nestjs/swagger';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { allMigrations } from './migrations';

const ADMIN_PASSWORD = 'Admin-pass-2026';
const PASSWORD = 'Passw0rd-oracle';

/**
 * No existence oracle on any route that takes a record id (issue 18, finding 5): for a caller who
 * holds every permission but sees only their own records, a record of another department answers
 * exactly like an id that matches nothing. The routes come from the OpenAPI document of the whole
 * product, so a new module's routes are probed as soon as they are documented — and the test fails
 * until their resource is named below as scoped (with records) or unscoped (with the reason).
 */
describe('existence oracles', () => {
  let app: INestApplication;
  let document: OpenAPIObject;
  let drop: () => Promise<void>;
  let http: ReturnType<typeof request>;
  let admin: string;

  beforeAll(async () => {
    const db = await createTestDatabase(allMigrations);
    drop = db.drop;
    const config = loadConfig({}, { logLevel: 'silent', schedulerEnabled: false, adminPassword: ADMIN_PASSWORD });
    app = await NestFactory.create(AppModule.forRoot(config, db.url), { logger: false });
    configureApp(app, config);
    await app.init();
    document = buildOpenApiDocument(app);
    http = request(app.getHttpServer());
    admin = await login('admin', ADMIN_PASSWORD);
  });
  afterAll(async () => {
    await app.close();
    await drop();
  });

  async function login(username: string, password = PASSWORD): Promise<string> {
    const res = await http.post('/api/v1/auth/login').send({ username, password });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.accessToken as string;
  }

  async function ok<T = Record<string, string>>(call: request.Test): Promise<T> {
    const r = await call;
    if (r.status !== 200 && r.status !== 201) throw new Error(`${r.status} ${JSON.stringify(r.body)}`);
    return r.body as T;
  }

  const as = (token: string) => ({
    get: (url: string) => http.get(url).auth(token, { type: 'bearer' }),
    post: (url: string, body: object = {}) => http.post(url).auth(token, { type: 'bearer' }).send(body),
  });

  async function user(username: string, roleIds: string[], departmentId: string): Promise<{ id: string; token: string }> {
    const created = await ok(as(admin).post('/api/v1/users', { username, displayName: username, password: PASSWORD, roleIds, departmentId }));
    // As if they had chosen PASSWORD themselves: until then only me and change-password answer.
    await app.get(DataSource).query(`UPDATE app_user SET must_change_password = false WHERE id = $1`, [created.id]);
    return { id: created.id, token: await login(username) };
  }

  const customer = (token: string, name: string, phone: string) =>
    ok(as(token).post('/api/v1/customers', { name, address: '江苏省扬州市文昌路 1 号', industry: 'manufacturing', phone, description: '探测' }));

  it('answers a record outside the caller’s scope exactly like a missing one, on every route with a record id', async () => {
    const departmentA = (await ok(as(admin).post('/api/v1/departments', { name: '销售一部' }))).id;
    const departmentB = (await ok(as(admin).post('/api/v1/departments', { name: '销售二部' }))).id;
    const roles = await ok<Array<{ id: string; code: string }>>(as(admin).get('/api/v1/roles'));
    const groups = await ok<Array<{ permissions: Array<{ code: string }> }>>(as(admin).get('/api/v1/permissions'));
    const permissions = groups.flatMap((g) => g.permissions);
    // Every permission, so that each route gets past its permission check to the lookup; scope SELF.
    const everything = await ok(
      as(admin).post('/api/v1/roles', { code: 'oracle_prober', name: '探测', permissions: permissions.map((p) => p.code), dataScope: 'SELF' }),
    );
    const salesRep = roles.find((r) => r.code === 'sales_rep')?.id as string;
    const owner = await user('owner_a', [salesRep], departmentA);
    const prober = await user('prober_b', [everything.id], departmentB);

    // Records of department A's rep: a customer with a contact, its protection review, a churn alert.
    const theirs = await customer(owner.token, '扬州市探测甲机械有限公司', '0514-87000001');
    const theirContact = await ok(as(owner.token).post(`/api/v1/customers/${theirs.id}/contacts`, { name: '甲联系人', mobile: '13900000001' }));
    const theirApproval = (await ok<{ items: Array<{ id: string; subjectId: string }> }>(as(admin).get('/api/v1/approvals?status=pending&pageSize=200'))).items.find(
      (a) => a.subjectId === theirs.id,
    );
    const db = app.get(DataSource);
    const [alert] = await db.query(
      `INSERT INTO churn_alert (customer_id, owner_id, department_id, raised_at, status) VALUES ($1, $2, $3, now(), 'OPEN') RETURNING id`,
      [theirs.id, owner.id, departmentA],
    );
    // The prober's own: a customer with a contact, to sit beside a probed id in nested routes.
    const mine = await customer(prober.token, '扬州市探测乙机械有限公司', '0514-87000002');
    const myContact = await ok(as(prober.token).post(`/api/v1/customers/${mine.id}/contacts`, { name: '乙联系人', mobile: '13900000002' }));
    const mySecond = await customer(prober.token, '扬州市探测丙机械有限公司', '0514-87000003');
    const pdf = Buffer.from('%PDF-1.7\n%%EOF\n');
    const customerDocument = async (token: string, customerId: string) => {
      const res = await http.post(`/api/v1/customers/${customerId}/documents`).auth(token, { type: 'bearer' }).attach('file', pdf, '探测.pdf');
      if (res.status !== 201) throw new Error(`document: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.id as string;
    };
    const theirDocument = await customerDocument(owner.token, theirs.id);
    const myDocument = await customerDocument(prober.token, mine.id);
    expect(theirApproval).toBeDefined();
    // An opportunity of each, with a development plan item.
    const theirOpportunity = await ok(as(owner.token).post('/api/v1/opportunities', { title: '探测商机甲', customerId: theirs.id }));
    const theirItem = await ok(as(owner.token).post(`/api/v1/opportunities/${theirOpportunity.id}/plan-items`, { title: '甲计划', plannedOn: '2027-01-05' }));
    const myOpportunity = await ok(as(prober.token).post('/api/v1/opportunities', { title: '探测商机乙', customerId: mine.id }));
    const myItem = await ok(as(prober.token).post(`/api/v1/opportunities/${myOpportunity.id}/plan-items`, { title: '乙计划', plannedOn: '2027-01-05' }));
    // A quote of each, on a product of the catalogue (which everyone sees).
    const product = await ok(as(admin).post('/api/v1/products', { code: 'ORACLE-1', name: '探测产品', unit: '台', listPrice: '100.00', taxRate: '13.00', status: 'ON_SALE' }));
    const quoteBody = { validUntil: '2099-12-31', lines: [{ productId: product.id, quantity: '1' }] };
    const theirQuote = await ok(as(owner.token).post(`/api/v1/opportunities/${theirOpportunity.id}/quotes`, quoteBody));
    const myQuote = await ok(as(prober.token).post(`/api/v1/opportunities/${myOpportunity.id}/quotes`, quoteBody));
    // A saved list view of each: a user's views are theirs alone.
    const view = (token: string, name: string) => ok(as(token).post('/api/v1/settings/list-views', { list: 'customers', name, query: { status: 'INTENT' } }));
    const theirView = await view(owner.token, '甲的视图');
    const myView = await view(prober.token, '乙的视图');
    // A contract of each, with an attachment.
    const contractBody = (customerId: string) => ({ type: 'sales', title: '探测合同', customerId, lines: [{ productId: product.id, quantity: '1' }] });
    const theirContract = await ok(as(owner.token).post('/api/v1/contracts', contractBody(theirs.id)));
    const myContract = await ok(as(prober.token).post('/api/v1/contracts', contractBody(mine.id)));
    const contractAttachment = async (token: string, contractId: string) => {
      const res = await http.post(`/api/v1/contracts/${contractId}/attachments`).auth(token, { type: 'bearer' }).attach('file', pdf, '探测合同.pdf');
      if (res.status !== 201) throw new Error(`attachment: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.id as string;
    };
    const theirAttachment = await contractAttachment(owner.token, theirContract.id);
    const myAttachment = await contractAttachment(prober.token, myContract.id);
    // A payment of each, on a contract of its own made ACTIVE directly (signing is not what is probed here), with its plan.
    const payment = async (token: string, customerId: string) => {
      const contract = await ok(as(token).post('/api/v1/contracts', contractBody(customerId)));
      await db.query(`UPDATE contract SET status = 'ACTIVE' WHERE id = $1`, [contract.id]);
      await ok(http.put(`/api/v1/contracts/${contract.id}/receivable-plans`).auth(token, { type: 'bearer' }).send({ instalments: [{ dueDate: '2027-01-31', amount: contract.total }] }));
      return (await ok(as(token).post('/api/v1/payments', { contractId: contract.id, amount: '1.00', paidOn: '2020-01-01', method: 'bank_transfer' }))).id;
    };
    const theirPayment = await payment(owner.token, theirs.id);
    const myPayment = await payment(prober.token, mine.id);
    // A delivery of department A's rep, on a contract of theirs made ACTIVE directly.
    const theirDelivery = await (async () => {
      const contract = await ok(as(owner.token).post('/api/v1/contracts', contractBody(theirs.id)));
      await db.query(`UPDATE contract SET status = 'ACTIVE' WHERE id = $1`, [contract.id]);
      const progress = await ok<{ lines: Array<{ lineId: string }> }>(as(owner.token).get(`/api/v1/contracts/${contract.id}/deliveries`));
      return (await ok(as(owner.token).post(`/api/v1/contracts/${contract.id}/deliveries`, { lineId: progress.lines[0].lineId, quantity: '1' }))).id;
    })();

    const unscoped = {
      users: 'user administration sees every user (user:read)',
      userId: 'a team member is named by user id; users are not data-scoped',
      departments: 'the department tree is visible to every holder of department:read',
      roles: 'roles are not data-scoped',
      'api-keys': 'API keys are managed by holders of api-key:manage, for everyone',
      'customer-categories': 'the category tree is shared by all',
      items: 'dictionary items are shared by all',
      'product-categories': 'the product lines are the company’s catalogue, shared by all (product:read)',
      products: 'the catalogue is shared by every holder of product:read; products have no owner',
      externalId: 'the ERP id of a catalogue product: the catalogue is shared (product:read)',
    };
    const report = await probeExistenceOracles({
      http,
      document,
      token: prober.token,
      records: {
        customers: { outside: theirs.id, inside: mine.id },
        customerId: 'customers',
        contacts: { outside: theirContact.id, inside: myContact.id },
        documents: { outside: theirDocument, inside: myDocument },
        // A customer someone owns is not in the pool: the pool page must not tell it from a missing one.
        pool: { outside: theirs.id },
        approvals: { outside: theirApproval?.id as string },
        'churn-alerts': { outside: alert.id },
        userId: { inside: prober.id },
        opportunities: { outside: theirOpportunity.id, inside: myOpportunity.id },
        itemId: { outside: theirItem.id, inside: myItem.id },
        quotes: { outside: theirQuote.id, inside: myQuote.id },
        'list-views': { outside: theirView.id, inside: myView.id },
        contracts: { outside: theirContract.id, inside: myContract.id },
        contractId: 'contracts',
        attachments: { outside: theirAttachment, inside: myAttachment },
        payments: { outside: theirPayment, inside: myPayment },
        deliveries: { outside: theirDelivery },
      },
      unscoped,
      // A duplicate the prober may merge: only the probed survivor can be missing.
      bodies: { 'POST /api/v1/customers/{id}/merge': { duplicateId: mySecond.id } },
    });
    expect(report.unmapped).toEqual([]);
    expect(report.leaks).toEqual([]);
    // Every route with a scoped record id was probed, and the probes reached the lookups (not stopped
    // by validation or a permission check): the answer is 404, absent — never forbidden or conflicting.
    const probed = new Set(report.probes.map((p) => p.operation));
    const scoped = recordIdOperations(document).filter((o) => o.params.some((p) => !(resourceOf(o.path, p) in unscoped)));
    expect([...probed].sort()).toEqual(scoped.map((o) => `${o.method.toUpperCase()} ${o.path}`).sort());
    expect(report.probes.filter((p) => p.outside.status !== 404).map((p) => `${p.operation} {${p.param}} → ${p.outside.status} ${p.outside.shape.slice(0, 200)}`)).toEqual([]);
    // Nothing the probes tried changed department A's records.
    const after = await ok(as(owner.token).get(`/api/v1/customers/${theirs.id}`));
    expect(after).toMatchObject({ ownerId: owner.id, status: 'POTENTIAL', version: 1 });
  });
});
