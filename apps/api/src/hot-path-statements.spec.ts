import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { configureApp, loadConfig } from '@kehu/server-core';
import { createTestDatabase } from '@kehu/server-core/testing';
import { Client } from 'pg';
import request from 'supertest';
import { AppModule } from './app.module';
import { allMigrations } from './migrations';

const ADMIN_PASSWORD = 'Admin-pass-2026';

/**
 * Issue 23: the hot reads make exactly the round trips their figures in docs/performance.md assume —
 * once the caller's principal is cached, one statement for a record, none for /auth/me, the page and
 * its capped count in one statement for a list. Every statement any pool sends is counted (the ORM's and the prepared
 * statements' both go through pg's Client), so a hidden extra round trip — a lazy relation, a session
 * setting, a second read of the caller — fails here rather than silently halving a figure.
 */
describe('statements per hot request', () => {
  let app: INestApplication;
  let drop: () => Promise<void>;
  let http: ReturnType<typeof request>;
  let token: string;
  let adminId: string;
  let customerId: string;
  let sent: string[] | null = null;
  const query = Client.prototype.query;

  beforeAll(async () => {
    const database = await createTestDatabase(allMigrations);
    drop = database.drop;
    const config = loadConfig({}, { logLevel: 'silent', schedulerEnabled: false, adminPassword: ADMIN_PASSWORD });
    app = await NestFactory.create(AppModule.forRoot(config, database.url), { logger: false });
    configureApp(app, config);
    await app.init();
    http = request(app.getHttpServer());
    const login = await http.post('/api/v1/auth/login').send({ username: 'admin', password: ADMIN_PASSWORD }).expect(200);
    token = login.body.accessToken;
    adminId = login.body.user.id;
    const customer = await http
      .post('/api/v1/customers')
      .auth(token, { type: 'bearer' })
      .send({ name: '靖江市春意空调有限公司', address: '江苏省靖江市人民路 1 号', industry: 'manufacturing', phone: '0523-84888888', description: '热门读取的客户' });
    if (customer.status !== 201) throw new Error(JSON.stringify(customer.body));
    customerId = customer.body.id;
    Client.prototype.query = function (this: Client, ...args: unknown[]) {
      const [first] = args as [string | { text: string }];
      sent?.push(typeof first === 'string' ? first : first.text);
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;
  });
  afterAll(async () => {
    Client.prototype.query = query;
    await app.close();
    await drop();
  });

  /** The statements sent while answering `path` (with 200), the caller's principal already cached. */
  async function statementsOf(path: string): Promise<string[]> {
    await http.get(path).auth(token, { type: 'bearer' }).expect(200);
    sent = [];
    try {
      await http.get(path).auth(token, { type: 'bearer' }).expect(200);
      return sent;
    } finally {
      sent = null;
    }
  }

  it('GET one customer: one statement', async () => {
    const statements = await statementsOf(`/api/v1/customers/${customerId}`);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/FROM customer c WHERE/);
  });

  it('GET one user: one statement', async () => {
    const statements = await statementsOf(`/api/v1/users/${adminId}`);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/FROM app_user u/);
  });

  it('GET /auth/me: none, answered from the cached principal', async () => {
    expect(await statementsOf('/api/v1/auth/me')).toEqual([]);
  });

  it('GET a customer list page: one statement, the capped count inside it', async () => {
    const statements = await statementsOf('/api/v1/customers?page=1&pageSize=20');
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/count\(\*\)/);
  });

  it('GET /health: one statement', async () => {
    sent = [];
    await http.get('/health').expect(200);
    expect(sent).toEqual(['SELECT 1']);
    sent = null;
  });

  it('a caller not cached yet: the principal is read once, then the record', async () => {
    // A change to users empties every cached principal (here, this process's own afterCommit).
    await http.patch(`/api/v1/users/${adminId}`).auth(token, { type: 'bearer' }).send({ mobile: '13800000000' }).expect(200);
    sent = [];
    await http.get(`/api/v1/customers/${customerId}`).auth(token, { type: 'bearer' }).expect(200);
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatch(/FROM app_user u/);
    sent = null;
  });

  it('/auth/me from the cache shows a change to what it shows at once: mobile, department name, role name', async () => {
    const me = () => http.get('/api/v1/auth/me').auth(token, { type: 'bearer' }).expect(200);
    await me();
    const department = (await http.post('/api/v1/departments').auth(token, { type: 'bearer' }).send({ name: '销售部' }).expect(201)).body.id;
    await http.patch(`/api/v1/users/${adminId}`).auth(token, { type: 'bearer' }).send({ mobile: '13900000000', departmentId: department }).expect(200);
    expect((await me()).body).toMatchObject({ mobile: '13900000000', departmentId: department, departmentName: '销售部' });
    await http.patch(`/api/v1/departments/${department}`).auth(token, { type: 'bearer' }).send({ name: '华东销售部' }).expect(200);
    expect((await me()).body.departmentName).toBe('华东销售部');
    const [role] = (await me()).body.roles;
    await http.patch(`/api/v1/roles/${role.id}`).auth(token, { type: 'bearer' }).send({ name: '超级管理员（改）' }).expect(200);
    expect((await me()).body.roles).toContainEqual({ id: role.id, code: role.code, name: '超级管理员（改）' });
  });
});
