import { createTestApp, TestApp, violatesContract } from '@kehu/server-core/testing';
import { permissionsMigrations } from './migrations';
import { PermissionsModule } from './permissions.module';
import { adminToken, createDepartment, createUser, roleId, TEST_PASSWORD } from './testing';

describe('users and data scope', () => {
  let t: TestApp;
  let admin: string;
  let sales: string;
  let east: string;
  let eastTeam: string;
  let west: string;

  beforeAll(async () => {
    t = await createTestApp({ imports: [PermissionsModule], migrations: permissionsMigrations });
    admin = await adminToken(t);
    sales = await createDepartment(t, admin, '销售部');
    east = await createDepartment(t, admin, '华东', sales);
    eastTeam = await createDepartment(t, admin, '上海组', east);
    west = await createDepartment(t, admin, '华西', sales);
  });
  afterAll(() => t.close());

  const usernames = (body: { items: Array<{ username: string }> }) => body.items.map((u) => u.username).sort();

  it('creates a user and refuses a taken username naming the field', async () => {
    const rep = await roleId(t, admin, 'sales_rep');
    const body = { username: 'Wang.Fang', displayName: '王芳', password: TEST_PASSWORD, roleIds: [rep], departmentId: east };
    const created = await t.http.post('/api/v1/users').auth(admin, { type: 'bearer' }).send(body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ username: 'Wang.Fang', departmentName: '华东', disabled: false, version: 1 });
    expect(created.body).not.toHaveProperty('passwordHash');
    const again = await t.http.post('/api/v1/users').auth(admin, { type: 'bearer' }).send({ ...body, username: 'wang.fang' });
    expect(again.status).toBe(409);
    expect(again.body.errors[0].field).toBe('username');
  });

  it('names every invalid field and writes nothing', async () => {
    const res = await violatesContract(t.http.post('/api/v1/users'))
      .auth(admin, { type: 'bearer' })
      .send({ username: 'x', displayName: '', password: 'short', email: 'not-mail', roleIds: ['nope'], departmentId: 'nope' });
    expect(res.status).toBe(400);
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['username', 'displayName', 'password', 'email', 'roleIds', 'departmentId']));
    const unknownRole = await t.http
      .post('/api/v1/users')
      .auth(admin, { type: 'bearer' })
      .send({ username: 'ghost', displayName: 'G', password: TEST_PASSWORD, roleIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(unknownRole.status).toBe(400);
    expect(unknownRole.body.errors[0].field).toBe('roleIds[0]');
    const list = await t.http.get('/api/v1/users?q=ghost').auth(admin, { type: 'bearer' });
    expect(list.body.total).toBe(0);
  });

  it('answers 400 naming the id for a malformed id and 404 for an unknown one', async () => {
    const bad = await t.http.get('/api/v1/users/123').auth(admin, { type: 'bearer' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('id');
    const missing = await t.http.get('/api/v1/users/00000000-0000-4000-8000-000000000000').auth(admin, { type: 'bearer' });
    expect(missing.status).toBe(404);
  });

  it('refuses a stale If-Match with 412 and keeps the stored value', async () => {
    const { id } = await createUser(t, admin, { username: 'editme', roles: ['sales_rep'] });
    const ok = await t.http.patch(`/api/v1/users/${id}`).auth(admin, { type: 'bearer' }).set('If-Match', 'W/"1"').send({ displayName: 'First' });
    expect(ok.status).toBe(200);
    expect(ok.body.version).toBe(2);
    const stale = await t.http.patch(`/api/v1/users/${id}`).auth(admin, { type: 'bearer' }).set('If-Match', 'W/"1"').send({ displayName: 'Second' });
    expect(stale.status).toBe(412);
    expect((await t.http.get(`/api/v1/users/${id}`).auth(admin, { type: 'bearer' })).body.displayName).toBe('First');
  });

  it('shows a SELF user only themself, DEPARTMENT its department, DEPARTMENT_AND_CHILDREN its subtree', async () => {
    const self = await createUser(t, admin, { username: 'self.viewer', roles: ['sales_rep'], departmentId: east });
    // A custom role with user:read at each scope.
    const scoped: Record<string, string> = {};
    for (const scope of ['SELF', 'DEPARTMENT', 'DEPARTMENT_AND_CHILDREN', 'ALL']) {
      const role = await t.http
        .post('/api/v1/roles')
        .auth(admin, { type: 'bearer' })
        .send({ code: `viewer_${scope.toLowerCase()}`, name: scope, permissions: ['user:read'], dataScope: scope });
      expect(role.status).toBe(201);
      const viewer = await createUser(t, admin, { username: `v.${scope.toLowerCase()}`, roles: [`viewer_${scope.toLowerCase()}`], departmentId: east });
      scoped[scope] = viewer.token;
    }
    await createUser(t, admin, { username: 'in.team', roles: ['sales_rep'], departmentId: eastTeam });
    await createUser(t, admin, { username: 'in.west', roles: ['sales_rep'], departmentId: west });

    const selfList = await t.http.get('/api/v1/users?pageSize=200').auth(scoped.SELF, { type: 'bearer' });
    expect(usernames(selfList.body)).toEqual(['v.self']);
    expect(selfList.body.total).toBe(1);

    const dept = await t.http.get('/api/v1/users?pageSize=200').auth(scoped.DEPARTMENT, { type: 'bearer' });
    expect(usernames(dept.body)).toContain('self.viewer');
    expect(usernames(dept.body)).not.toContain('in.team');
    expect(usernames(dept.body)).not.toContain('in.west');

    const tree = await t.http.get('/api/v1/users?pageSize=200').auth(scoped.DEPARTMENT_AND_CHILDREN, { type: 'bearer' });
    expect(usernames(tree.body)).toEqual(expect.arrayContaining(['self.viewer', 'in.team']));
    expect(usernames(tree.body)).not.toContain('in.west');
    expect(usernames(tree.body)).not.toContain('admin');

    const all = await t.http.get('/api/v1/users?pageSize=200').auth(scoped.ALL, { type: 'bearer' });
    expect(usernames(all.body)).toEqual(expect.arrayContaining(['admin', 'in.west', 'in.team']));

    // Out of scope is "not found", never a 403 that confirms the record exists.
    const westUser = all.body.items.find((u: { username: string }) => u.username === 'in.west');
    expect((await t.http.get(`/api/v1/users/${westUser.id}`).auth(scoped.DEPARTMENT, { type: 'bearer' })).status).toBe(404);
    // A sales rep has no user:read at all.
    expect((await t.http.get('/api/v1/users').auth(self.token, { type: 'bearer' })).status).toBe(403);
  });

  it('records who changed what in the audit log', async () => {
    const { id } = await createUser(t, admin, { username: 'audited', roles: ['sales_rep'] });
    await t.http.patch(`/api/v1/users/${id}`).auth(admin, { type: 'bearer' }).send({ displayName: 'Audited Person', roleIds: [] });
    const log = await t.http.get(`/api/v1/audit-logs?entityType=User&entityId=${id}`).auth(admin, { type: 'bearer' });
    expect(log.status).toBe(200);
    const actions = log.body.items.map((a: { action: string }) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['INSERT', 'UPDATE', 'UPDATE_ROLES']));
    const update = log.body.items.find((a: { action: string }) => a.action === 'UPDATE');
    expect(update.actorName).toBe('admin');
    expect(update.after.displayName).toBe('Audited Person');
    expect(update.after.passwordHash).toBeUndefined();
    // The log names the user instead of showing only the id.
    expect(log.body.items.every((a: { entityName: string }) => a.entityName === 'Audited Person')).toBe(true);
    const byActor = await t.http.get(`/api/v1/audit-logs?actorId=${update.actorId}&action=UPDATE_ROLES`).auth(admin, { type: 'bearer' });
    expect(byActor.body.items.every((a: { action: string }) => a.action === 'UPDATE_ROLES')).toBe(true);
    const future = await t.http.get(`/api/v1/audit-logs?from=2999-01-01T00:00:00Z`).auth(admin, { type: 'bearer' });
    expect(future.body.total).toBe(0);
    const badTime = await violatesContract(t.http.get(`/api/v1/audit-logs?from=yesterday`)).auth(admin, { type: 'bearer' });
    expect(badTime.status).toBe(400);
    expect(badTime.body.errors[0].field).toBe('from');
  });

  it('resets a password, forcing a change and ending sessions', async () => {
    const { id, token } = await createUser(t, admin, { username: 'forgetful', roles: ['sales_rep'] });
    const res = await t.http.post(`/api/v1/users/${id}/reset-password`).auth(admin, { type: 'bearer' }).send({ newPassword: 'Brand-new-42' });
    expect(res.status).toBe(204);
    expect((await t.http.get('/api/v1/auth/me').auth(token, { type: 'bearer' })).status).toBe(401);
    const login = await t.http.post('/api/v1/auth/login').send({ username: 'forgetful', password: 'Brand-new-42' });
    expect(login.body.user.mustChangePassword).toBe(true);
  });

  it('does not let an admin disable themself', async () => {
    const me = await t.http.get('/api/v1/auth/me').auth(admin, { type: 'bearer' });
    const res = await t.http.post(`/api/v1/users/${me.body.id}/disable`).auth(admin, { type: 'bearer' });
    expect(res.status).toBe(409);
  });
});
