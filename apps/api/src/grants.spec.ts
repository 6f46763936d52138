import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { buildOpenApiDocument, configureApp, loadConfig } from '@kehu/server-core';
import { createTestDatabase } from '@kehu/server-core/testing';
import type { OpenAPIObject } from '@nestjs/swagger';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { allMigrations } from './migrations';

const ADMIN_PASSWORD = 'Admin-pass-2026';
const PASSWORD = 'Grants-pass-2026';
const SCOPE_RANK: Record<string, number> = { SELF: 0, DEPARTMENT: 1, DEPARTMENT_AND_CHILDREN: 2, ALL: 3 };
/** Request-body members that give permissions or a data scope: an operation taking one grants. */
const GRANTING_MEMBERS = ['roleId', 'roleIds', 'permissions', 'dataScope'];
/** Operations on a user account: whoever runs them could take it over or re-arm it. */
const USER_ACCOUNT_PATH = /^\/api\/v1\/users\/\{id\}/;

interface Role {
  id: string;
  code: string;
  permissions: string[];
  dataScope: string;
}

/**
 * Issue 18, finding 1 — grants never exceed the granter — for every operation of the product that
 * grants (found in the OpenAPI document, so a new one fails this test until it is covered) and
 * every built-in role as the granter: each role is offered to each caller, and the answer must be
 * exactly what the caller holds allows.
 */
describe('grants never exceed the granter', () => {
  let app: INestApplication;
  let document: OpenAPIObject;
  let db: DataSource;
  let drop: () => Promise<void>;
  let http: ReturnType<typeof request>;
  let roles: Role[];
  let sales: string;
  let finance: string;
  /** One user per role, in the sales department, shared by the callers (each leaves it enabled). */
  const holders: Record<string, string> = {};

  beforeAll(async () => {
    const database = await createTestDatabase(allMigrations);
    drop = database.drop;
    const config = loadConfig({}, { logLevel: 'silent', schedulerEnabled: false, adminPassword: ADMIN_PASSWORD });
    app = await NestFactory.create(AppModule.forRoot(config, database.url), { logger: false });
    configureApp(app, config);
    await app.init();
    document = buildOpenApiDocument(app);
    db = app.get<DataSource>(getDataSourceToken());
    http = request(app.getHttpServer());
    const admin = await adminToken();
    sales = (await http.post('/api/v1/departments').auth(admin, { type: 'bearer' }).send({ name: '销售部' }).expect(201)).body.id;
    finance = (await http.post('/api/v1/departments').auth(admin, { type: 'bearer' }).send({ name: '财务部' }).expect(201)).body.id;
    // What every caller below is given on top of a built-in role, so that each can reach every granting route.
    await http
      .post('/api/v1/roles')
      .auth(admin, { type: 'bearer' })
      .send({ code: 'granter', name: '授权员', dataScope: 'SELF', permissions: ['api-key:manage', 'user:read', 'user:write', 'role:read', 'role:write'] })
      .expect(201);
    roles = (await http.get('/api/v1/roles').auth(admin, { type: 'bearer' }).expect(200)).body;
  });
  afterAll(async () => {
    await app.close();
    await drop();
  });

  const login = async (username: string, password: string) => {
    const res = await http.post('/api/v1/auth/login').send({ username, password });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.accessToken as string;
  };
  const adminToken = () => login('admin', ADMIN_PASSWORD);
  const role = (code: string) => {
    const found = roles.find((r) => r.code === code);
    if (!found) throw new Error(`no role ${code}`);
    return found;
  };
  /** A user made by the admin, who has chosen their own password already. */
  const createUser = async (admin: string, username: string, roleIds: string[], departmentId: string) => {
    const res = await http.post('/api/v1/users').auth(admin, { type: 'bearer' }).send({ username, displayName: username, password: PASSWORD, roleIds, departmentId });
    if (res.status !== 201) throw new Error(`user ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    await db.query(`UPDATE app_user SET must_change_password = false WHERE id = $1`, [res.body.id]);
    return res.body.id as string;
  };

  /** The operations the table below exercises, as METHOD path. */
  const COVERED = [
    'POST /api/v1/api-keys',
    'POST /api/v1/users',
    'PATCH /api/v1/users/{id}',
    'POST /api/v1/roles',
    'PATCH /api/v1/roles/{id}',
    'POST /api/v1/users/{id}/reset-password',
    'POST /api/v1/users/{id}/disable',
    'POST /api/v1/users/{id}/enable',
    'POST /api/v1/users/{id}/unlock',
  ];

  it('covers every operation that grants or acts on a user account', () => {
    const schemas = (document.components?.schemas ?? {}) as Record<string, { properties?: Record<string, unknown> }>;
    const granting: string[] = [];
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, op] of Object.entries(item as Record<string, { requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> } }>)) {
        const ref = op.requestBody?.content?.['application/json']?.schema?.$ref;
        const members = Object.keys(schemas[ref?.split('/').pop() ?? '']?.properties ?? {});
        const write = method !== 'get';
        if (members.some((m) => GRANTING_MEMBERS.includes(m)) || (write && USER_ACCOUNT_PATH.test(path))) {
          granting.push(`${method.toUpperCase()} ${path}`);
        }
      }
    }
    expect(granting.sort()).toEqual([...COVERED].sort());
  });

  it('refuses the reported escalation: a key manager binding a key to the admin role', async () => {
    const admin = await adminToken();
    const keyManager = await http
      .post('/api/v1/roles')
      .auth(admin, { type: 'bearer' })
      .send({ code: 'key_manager', name: '密钥管理员', dataScope: 'SELF', permissions: ['api-key:manage'] })
      .expect(201);
    await createUser(admin, 'keys.only', [keyManager.body.id], sales);
    const token = await login('keys.only', PASSWORD);
    const res = await http
      .post('/api/v1/api-keys')
      .auth(token, { type: 'bearer' })
      .send({ name: 'escalate', roleId: role('admin').id, expiresAt: new Date(Date.now() + 86_400_000).toISOString() });
    expect(res.status).toBe(403);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.type).toBe('https://kehu.dev/problems/grant-exceeds-own');
    expect(res.body.errors[0].field).toBe('roleId');
    expect(res.body.errors[0].message).toContain('user:write');
  });

  describe.each(['admin', 'executive', 'sales_manager', 'sales_rep', 'reviewer', 'service_agent', 'finance'])('a %s (with user, role and key management)', (callerRole) => {
    // About a hundred requests and up to sixteen password hashes per granter.
    it('grants every role exactly when it holds all of it, by every granting route', async () => {
      const admin = await adminToken();
      const base = [role(callerRole).id, role('granter').id];
      const callerId = await createUser(admin, `caller.${callerRole}`, base, sales);
      const caller = await login(`caller.${callerRole}`, PASSWORD);
      const holds = new Set([...role(callerRole).permissions, ...role('granter').permissions]);
      const scope = role(callerRole).dataScope;
      // Everyone below lives in the caller's department: the caller sees them unless its scope is SELF.
      const seesSales = scope !== 'SELF';
      const editable = (
        await http.post('/api/v1/roles').auth(admin, { type: 'bearer' }).send({ code: `edit_${callerRole}`, name: `edit ${callerRole}`, dataScope: 'SELF', permissions: [] }).expect(201)
      ).body.id as string;
      const failures: string[] = [];
      const expectAnswer = (what: string, res: request.Response, allowed: boolean, ok: number, fields: string[]) => {
        const good = allowed
          ? res.status === ok
          : res.status === 403 && res.body.type === 'https://kehu.dev/problems/grant-exceeds-own' && fields.every((f) => res.body.errors?.some((e: { field: string }) => e.field === f));
        if (!good) failures.push(`${what}: expected ${allowed ? ok : `403 naming ${fields.join(', ')}`}, got ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
      };

      // Every built-in role, and the granter role itself.
      for (const offered of roles) {
        const lacking = offered.permissions.filter((p) => !holds.has(p));
        const wider = SCOPE_RANK[offered.dataScope] > SCOPE_RANK[scope];
        const allowed = lacking.length === 0 && !wider;
        const label = `${callerRole} offers ${offered.code}`;

        const key = await http
          .post('/api/v1/api-keys')
          .auth(caller, { type: 'bearer' })
          .send({ name: label, roleId: offered.id, expiresAt: new Date(Date.now() + 86_400_000).toISOString() });
        expectAnswer(`${label}: POST /api-keys`, key, allowed, 201, ['roleId']);
        if (key.status === 201) {
          // The key, used, has no more than its creator.
          const me = await http.get('/api/v1/auth/me').auth(key.body.secret, { type: 'bearer' });
          const extra = (me.body.permissions as string[]).filter((p) => !holds.has(p));
          if (me.status !== 200 || extra.length) failures.push(`${label}: key acts with ${extra.join(', ')}`);
        }

        const created = await http
          .post('/api/v1/users')
          .auth(caller, { type: 'bearer' })
          .send({ username: `new.${callerRole}.${offered.code}`, displayName: 'x', password: PASSWORD, roleIds: [offered.id], departmentId: sales });
        expectAnswer(`${label}: POST /users`, created, allowed, 201, ['roleIds[0]']);

        const self = await http.patch(`/api/v1/users/${callerId}`).auth(caller, { type: 'bearer' }).send({ roleIds: [...base, offered.id] });
        const alreadyHeld = base.includes(offered.id);
        expectAnswer(`${label}: PATCH /users/{self}`, self, allowed || alreadyHeld, 200, ['roleIds[2]']);
        if (self.status === 200) await http.patch(`/api/v1/users/${callerId}`).auth(admin, { type: 'bearer' }).send({ roleIds: base }).expect(200);

        const fields = [...offered.permissions.flatMap((p, i) => (holds.has(p) ? [] : [`permissions[${i}]`])), ...(wider ? ['dataScope'] : [])];
        const newRole = await http
          .post('/api/v1/roles')
          .auth(caller, { type: 'bearer' })
          .send({ code: `by_${callerRole}_${offered.code}`.slice(0, 50), name: label, permissions: offered.permissions, dataScope: offered.dataScope });
        expectAnswer(`${label}: POST /roles`, newRole, allowed, 201, fields);

        const edited = await http
          .patch(`/api/v1/roles/${editable}`)
          .auth(caller, { type: 'bearer' })
          .send({ permissions: offered.permissions, dataScope: offered.dataScope });
        expectAnswer(`${label}: PATCH /roles/{id}`, edited, allowed, 200, fields);
        if (edited.status === 200) await http.patch(`/api/v1/roles/${editable}`).auth(admin, { type: 'bearer' }).send({ permissions: [], dataScope: 'SELF' }).expect(200);

        // A user who holds the offered role: managing their account is taking what they hold.
        holders[offered.code] ??= await createUser(admin, `holder.${offered.code}`, [offered.id], sales);
        const target = holders[offered.code];
        for (const [method, path, body, ok] of [
          ['patch', `/api/v1/users/${target}`, { displayName: 'renamed' }, 200],
          ['post', `/api/v1/users/${target}/reset-password`, { newPassword: 'Taken-over-2026' }, 204],
          ['post', `/api/v1/users/${target}/disable`, {}, 204],
          ['post', `/api/v1/users/${target}/enable`, {}, 204],
          ['post', `/api/v1/users/${target}/unlock`, {}, 204],
        ] as const) {
          const res = await (http as unknown as Record<string, (url: string) => request.Test>)[method](path).auth(caller, { type: 'bearer' }).send(body);
          const expected = !seesSales ? 404 : allowed ? ok : 403;
          const good = res.status === expected && (expected !== 403 || res.body.type === 'https://kehu.dev/problems/user-exceeds-own');
          if (!good) failures.push(`${label}: ${method.toUpperCase()} ${path.replace(target, '{holder}')}: expected ${expected}, got ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
        }
      }
      expect(failures).toEqual([]);
    }, 180_000);
  });

  it('anchors a granted scope at the holder’s department: no DEPARTMENT role outside the granter’s tree, by assignment or by a move', async () => {
    const admin = await adminToken();
    const regional = await http
      .post('/api/v1/roles')
      .auth(admin, { type: 'bearer' })
      .send({ code: 'regional', name: '区域', dataScope: 'DEPARTMENT', permissions: ['customer:read'] })
      .expect(201);
    await createUser(admin, 'manager.sales', [role('sales_manager').id, role('granter').id], sales);
    const manager = await login('manager.sales', PASSWORD);
    const elsewhere = await http
      .post('/api/v1/users')
      .auth(manager, { type: 'bearer' })
      .send({ username: 'in.finance', displayName: 'x', password: PASSWORD, roleIds: [regional.body.id], departmentId: finance });
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.errors[0].field).toBe('roleIds[0]');
    const here = await http
      .post('/api/v1/users')
      .auth(manager, { type: 'bearer' })
      .send({ username: 'in.sales', displayName: 'x', password: PASSWORD, roleIds: [regional.body.id], departmentId: sales });
    expect(here.status).toBe(201);
    const moved = await http.patch(`/api/v1/users/${here.body.id}`).auth(manager, { type: 'bearer' }).send({ departmentId: finance });
    expect(moved.status).toBe(403);
    expect(moved.body.errors[0].field).toBe('departmentId');
  });

  it('reports, and caps, a key made before grants were checked', async () => {
    const admin = await adminToken();
    const weak = await createUser(admin, 'key.owner', [role('sales_rep').id], sales);
    const key = (
      await http
        .post('/api/v1/api-keys')
        .auth(admin, { type: 'bearer' })
        .send({ name: 'legacy', roleId: role('admin').id, expiresAt: new Date(Date.now() + 86_400_000).toISOString() })
        .expect(201)
    ).body;
    // As the escalation left it: a key on the admin role whose creator holds only a rep's role.
    await db.query(`UPDATE api_key SET created_by = $2 WHERE id = $1`, [key.id, weak]);
    const report = await http.get('/api/v1/api-keys/grant-check').auth(admin, { type: 'bearer' }).expect(200);
    const entry = report.body.find((k: { id: string }) => k.id === key.id);
    expect(entry).toMatchObject({ name: 'legacy', roleId: role('admin').id, createdBy: weak, creatorName: 'key.owner', dataScope: 'ALL', creatorDataScope: 'SELF' });
    expect(entry.permissionsBeyondCreator).toEqual(expect.arrayContaining(['audit:read', 'user:write', 'api-key:manage']));
    expect(entry.permissionsBeyondCreator).not.toContain('customer:read');
    // Until revoked, the key works with the overlap only (it was never used, so nothing of it is cached).
    const audit = await http.get('/api/v1/audit-logs').auth(key.secret, { type: 'bearer' });
    expect(audit.status).toBe(403);
    const users = await http.post('/api/v1/users').auth(key.secret, { type: 'bearer' }).send({ username: 'made.by.key', displayName: 'x', password: PASSWORD, roleIds: [] });
    expect(users.status).toBe(403);
  });
});
