import { createTestApp, TestApp, violatesContract } from '@kehu/server-core/testing';
import { permissionsMigrations } from './migrations';
import { PermissionsModule } from './permissions.module';
import { adminToken, createDepartment, createUser } from './testing';

describe('departments, roles and API keys', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp({ imports: [PermissionsModule], migrations: permissionsMigrations });
  });
  beforeEach(async () => {
    admin = await adminToken(t);
  });
  afterAll(() => t.close());

  it('builds, moves and deletes departments by the tree rules', async () => {
    const a = await createDepartment(t, admin, 'A');
    const b = await createDepartment(t, admin, 'B', a);
    const c = await createDepartment(t, admin, 'C', b);
    const dup = await t.http.post('/api/v1/departments').auth(admin, { type: 'bearer' }).send({ name: 'B', parentId: a });
    expect(dup.status).toBe(409);
    expect(dup.body.errors[0].field).toBe('name');

    // A department cannot move under its own descendant.
    const cycle = await t.http.post(`/api/v1/departments/${a}/move`).auth(admin, { type: 'bearer' }).send({ parentId: c });
    expect(cycle.status).toBe(409);
    expect(cycle.body.type).toBe('https://kehu.dev/problems/department-cycle');

    // Moving B to the top level carries C along.
    const moved = await t.http.post(`/api/v1/departments/${b}/move`).auth(admin, { type: 'bearer' }).send({ parentId: null });
    expect(moved.status).toBe(200);
    const tree = await t.http.get('/api/v1/departments/tree').auth(admin, { type: 'bearer' });
    const topB = tree.body.find((n: { id: string }) => n.id === b);
    expect(topB.children.map((n: { id: string }) => n.id)).toEqual([c]);

    // Cannot delete with children, nor with members.
    expect((await t.http.delete(`/api/v1/departments/${b}`).auth(admin, { type: 'bearer' })).status).toBe(409);
    await createUser(t, admin, { username: 'member.c', roles: ['sales_rep'], departmentId: c });
    const withMember = await t.http.delete(`/api/v1/departments/${c}`).auth(admin, { type: 'bearer' });
    expect(withMember.status).toBe(409);
    expect(withMember.body.type).toBe('https://kehu.dev/problems/department-has-members');
    expect((await t.http.delete(`/api/v1/departments/${a}`).auth(admin, { type: 'bearer' })).status).toBe(204);
    expect((await t.http.get(`/api/v1/departments/${a}`).auth(admin, { type: 'bearer' })).status).toBe(404);
  });

  it('validates role permissions and protects built-in roles', async () => {
    const unknown = await t.http
      .post('/api/v1/roles')
      .auth(admin, { type: 'bearer' })
      .send({ code: 'odd', name: 'Odd', permissions: ['user:read', 'launch:rockets'], dataScope: 'SELF' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].field).toBe('permissions[1]');
    const badScope = await violatesContract(t.http.post('/api/v1/roles'))
      .auth(admin, { type: 'bearer' })
      .send({ code: 'odd', name: 'Odd', permissions: [], dataScope: 'WORLD' });
    expect(badScope.status).toBe(400);
    expect(badScope.body.errors[0].field).toBe('dataScope');
    const roles = await t.http.get('/api/v1/roles').auth(admin, { type: 'bearer' });
    expect(roles.body.map((r: { code: string }) => r.code)).toEqual(
      expect.arrayContaining(['admin', 'executive', 'sales_manager', 'sales_rep', 'reviewer', 'service_agent', 'finance']),
    );
    const builtIn = roles.body.find((r: { code: string }) => r.code === 'reviewer');
    expect((await t.http.delete(`/api/v1/roles/${builtIn.id}`).auth(admin, { type: 'bearer' })).status).toBe(409);
    const catalogue = await t.http.get('/api/v1/permissions').auth(admin, { type: 'bearer' });
    expect(catalogue.body.flatMap((g: { permissions: Array<{ code: string }> }) => g.permissions.map((p) => p.code))).toContain('user:write');
  });

  it('applies a role change to its users at once: forbidden calls get 403', async () => {
    const role = await t.http
      .post('/api/v1/roles')
      .auth(admin, { type: 'bearer' })
      .send({ code: 'dept_clerk', name: 'Clerk', permissions: ['department:read'], dataScope: 'ALL' });
    const clerk = await createUser(t, admin, { username: 'clerk', roles: ['dept_clerk'] });
    expect((await t.http.get('/api/v1/departments').auth(clerk.token, { type: 'bearer' })).status).toBe(200);
    const forbidden = await t.http.post('/api/v1/departments').auth(clerk.token, { type: 'bearer' }).send({ name: 'X' });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.type).toBe('https://kehu.dev/problems/forbidden');
    await t.http.patch(`/api/v1/roles/${role.body.id}`).auth(admin, { type: 'bearer' }).send({ permissions: [] });
    expect((await t.http.get('/api/v1/departments').auth(clerk.token, { type: 'bearer' })).status).toBe(403);
    // A role in use cannot be deleted.
    expect((await t.http.delete(`/api/v1/roles/${role.body.id}`).auth(admin, { type: 'bearer' })).status).toBe(409);
  });

  it('issues API keys that act with their role until revoked or expired', async () => {
    const roles = await t.http.get('/api/v1/roles').auth(admin, { type: 'bearer' });
    const exec = roles.body.find((r: { code: string }) => r.code === 'executive');
    const expiresAt = new Date(t.clock.now().getTime() + 86_400_000).toISOString();
    const created = await t.http.post('/api/v1/api-keys').auth(admin, { type: 'bearer' }).send({ name: 'ERP', roleId: exec.id, expiresAt });
    expect(created.status).toBe(201);
    const secret = created.body.secret as string;
    expect(secret).toMatch(/^kehu_/);
    const listed = await t.http.get('/api/v1/api-keys').auth(admin, { type: 'bearer' });
    expect(JSON.stringify(listed.body)).not.toContain(secret.split('_')[2]);

    expect((await t.http.get('/api/v1/departments').auth(secret, { type: 'bearer' })).status).toBe(200);
    // The executive role cannot write departments, and neither can its key.
    expect((await t.http.post('/api/v1/departments').auth(secret, { type: 'bearer' }).send({ name: 'K' })).status).toBe(403);
    expect((await t.http.get('/api/v1/departments').auth(secret.slice(0, -2) + 'xx', { type: 'bearer' })).status).toBe(401);

    // Its last use is recorded (at most once a minute).
    const [{ last_used_at }] = await t.db.query(`SELECT last_used_at FROM api_key WHERE id = $1`, [created.body.id]);
    expect(new Date(last_used_at).toISOString()).toBe(t.clock.now().toISOString());

    t.clock.advanceDays(2);
    expect((await t.http.get('/api/v1/departments').auth(secret, { type: 'bearer' })).status).toBe(401);

    const admin2 = await adminToken(t);
    const second = await t.http
      .post('/api/v1/api-keys')
      .auth(admin2, { type: 'bearer' })
      .send({ name: 'ERP 2', roleId: exec.id, expiresAt: new Date(t.clock.now().getTime() + 86_400_000).toISOString() });
    expect((await t.http.get('/api/v1/departments').auth(second.body.secret, { type: 'bearer' })).status).toBe(200);
    // A change to the key's role applies to its next request (the key's principal is cached).
    const withoutDepartments = exec.permissions.filter((p: string) => p !== 'department:read');
    expect((await t.http.patch(`/api/v1/roles/${exec.id}`).auth(admin2, { type: 'bearer' }).send({ permissions: withoutDepartments })).status).toBe(200);
    expect((await t.http.get('/api/v1/departments').auth(second.body.secret, { type: 'bearer' })).status).toBe(403);
    expect((await t.http.patch(`/api/v1/roles/${exec.id}`).auth(admin2, { type: 'bearer' }).send({ permissions: exec.permissions })).status).toBe(200);
    expect((await t.http.get('/api/v1/departments').auth(second.body.secret, { type: 'bearer' })).status).toBe(200);
    expect((await t.http.post(`/api/v1/api-keys/${second.body.id}/revoke`).auth(admin2, { type: 'bearer' })).status).toBe(204);
    expect((await t.http.get('/api/v1/departments').auth(second.body.secret, { type: 'bearer' })).status).toBe(401);

    const past = await t.http.post('/api/v1/api-keys').auth(admin2, { type: 'bearer' }).send({ name: 'Old', roleId: exec.id, expiresAt: '2000-01-01T00:00:00Z' });
    expect(past.status).toBe(400);
    expect(past.body.errors[0].field).toBe('expiresAt');
  });
});
