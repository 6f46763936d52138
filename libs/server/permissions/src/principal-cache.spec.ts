import { DatabaseNotifications } from '@kehu/server-core';
import { createTestApp, TestApp } from '@kehu/server-core/testing';
import { permissionsMigrations } from './migrations';
import { PermissionsModule } from './permissions.module';
import { adminToken, createDepartment, createUser, TEST_PASSWORD } from './testing';

describe('principal cache (through the API, on PostgreSQL)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp({ imports: [PermissionsModule], migrations: permissionsMigrations });
    admin = await adminToken(t);
    await t.app.get(DatabaseNotifications).whenListening();
  });
  afterAll(() => t.close());

  const me = (token: string) => t.http.get('/api/v1/auth/me').auth(token, { type: 'bearer' });
  /** Listens for the database's next notification of `channel`; `arrived` resolves after the caches' own handlers ran. */
  const nextNotification = async (channel: string) => {
    let notified!: () => void;
    const arrived = new Promise<void>((resolve) => (notified = resolve));
    await t.app.get(DatabaseNotifications).subscribe(channel, () => notified());
    return { arrived };
  };

  it('sees a change made directly in the database (another replica, a script) through its notification', async () => {
    const { id, token } = await createUser(t, admin, { username: 'erin', roles: ['sales_rep'] });
    expect((await me(token)).status).toBe(200);
    expect((await me(token)).status).toBe(200);
    let next = await nextNotification('kehu_principals');
    await t.db.query(`UPDATE app_user SET disabled = true WHERE id = $1`, [id]);
    await next.arrived;
    expect((await me(token)).status).toBe(401);
    next = await nextNotification('kehu_principals');
    await t.db.query(`UPDATE app_user SET disabled = false WHERE id = $1`, [id]);
    await next.arrived;
    expect((await me(token)).status).toBe(200);
  });

  it('stops an API key revoked directly in the database once the notification arrives', async () => {
    const roles = (await t.http.get('/api/v1/roles').auth(admin, { type: 'bearer' })).body;
    const exec = roles.find((r: { code: string }) => r.code === 'executive');
    const expiresAt = new Date(t.clock.now().getTime() + 86_400_000).toISOString();
    const key = (await t.http.post('/api/v1/api-keys').auth(admin, { type: 'bearer' }).send({ name: 'ERP', roleId: exec.id, expiresAt })).body;
    expect((await me(key.secret)).status).toBe(200);
    expect((await me(key.secret)).status).toBe(200);
    const next = await nextNotification('kehu_principals');
    await t.db.query(`UPDATE api_key SET revoked_at = now() WHERE id = $1`, [key.id]);
    await next.arrived;
    expect((await me(key.secret)).status).toBe(401);
  });

  it('applies role, department, role-permission and password changes made through the API to the very next request', async () => {
    const users = async (token: string) => {
      const res = await t.http.get('/api/v1/users?pageSize=100').auth(token, { type: 'bearer' });
      return res.status === 200 ? res.body.items.map((u: { username: string }) => u.username).sort() : res.status;
    };
    const east = await createDepartment(t, admin, '华东');
    const west = await createDepartment(t, admin, '华西');
    const { id, token } = await createUser(t, admin, { username: 'frank', roles: ['sales_rep'], departmentId: east });
    await createUser(t, admin, { username: 'gina', roles: ['sales_rep'], departmentId: west });
    expect(await users(token)).toBe(403);
    const roles = (await t.http.get('/api/v1/roles').auth(admin, { type: 'bearer' })).body;
    const manager = roles.find((r: { code: string }) => r.code === 'sales_manager');
    expect((await t.http.patch(`/api/v1/users/${id}`).auth(admin, { type: 'bearer' }).send({ roleIds: [manager.id] })).status).toBe(200);
    expect(await users(token)).toEqual(['frank']);
    expect((await t.http.patch(`/api/v1/users/${id}`).auth(admin, { type: 'bearer' }).send({ departmentId: west })).status).toBe(200);
    expect(await users(token)).toEqual(['frank', 'gina']);
    // A new sub-department belongs to "my department and below" at once.
    const westSouth = await createDepartment(t, admin, '华西南', west);
    await createUser(t, admin, { username: 'hugo', roles: ['sales_rep'], departmentId: westSouth });
    expect(await users(token)).toEqual(['frank', 'gina', 'hugo']);
    // Editing the role itself.
    const edited = await t.http.patch(`/api/v1/roles/${manager.id}`).auth(admin, { type: 'bearer' }).send({ permissions: ['department:read'] });
    expect(edited.status).toBe(200);
    expect(await users(token)).toBe(403);
    // A password change: the old access token stops, the new one works.
    const changed = await t.http.post('/api/v1/auth/change-password').auth(token, { type: 'bearer' }).send({ currentPassword: TEST_PASSWORD, newPassword: 'Another-pass-9' });
    expect(changed.status).toBe(200);
    expect((await me(token)).status).toBe(401);
    expect((await me(changed.body.accessToken)).status).toBe(200);
  });
});
