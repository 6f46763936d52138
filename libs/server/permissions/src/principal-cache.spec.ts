import { DatabaseNotifications, DataScope, Principal } from '@kehu/server-core';
import { createTestApp, TestApp, TestClock } from '@kehu/server-core/testing';
import { permissionsMigrations } from './migrations';
import { PermissionsModule } from './permissions.module';
import { CachedPrincipal, PrincipalCache } from './principal-cache';
import { adminToken, createDepartment, createUser, TEST_PASSWORD } from './testing';

describe('principal cache (rules)', () => {
  const principal = (userId: string): Principal => ({
    kind: 'user',
    userId,
    username: userId,
    displayName: userId,
    departmentId: null,
    roleCodes: [],
    permissions: new Set(),
    dataScope: DataScope.Self,
    scopeDepartmentIds: [],
  });
  let clock: TestClock;
  let notifications: { listening: boolean };
  let cache: PrincipalCache;
  let loads: number;
  const load = async (): Promise<CachedPrincipal> => {
    loads++;
    return { principal: principal('u1'), tokenVersion: loads };
  };

  beforeEach(() => {
    clock = new TestClock();
    notifications = { listening: true };
    cache = new PrincipalCache(notifications as DatabaseNotifications, clock);
    loads = 0;
  });

  it('reads a principal once, then answers from memory', async () => {
    const first = await cache.get('u1', load);
    expect((await cache.get('u1', load))?.principal).toBe(first?.principal);
    expect(loads).toBe(1);
    expect((await cache.get('u1', load, { fresh: true }))?.tokenVersion).toBe(2);
  });

  it('drops everything on a change, including what a read in flight brings back', async () => {
    await cache.get('u1', load);
    cache.changed();
    expect((await cache.get('u1', load))?.tokenVersion).toBe(2);
    // A read that started before a change may have seen the old data: used once, not kept.
    const inFlight = cache.get('u1', load, { fresh: true });
    cache.changed();
    expect((await inFlight)?.tokenVersion).toBe(3);
    expect((await cache.get('u1', load))?.tokenVersion).toBe(4);
    expect((await cache.get('u1', load))?.tokenVersion).toBe(4);
    await cache.afterCommit(Promise.resolve());
    expect((await cache.get('u1', load))?.tokenVersion).toBe(5);
  });

  it('keeps nothing while notifications are not received, and nothing longer than a minute', async () => {
    notifications.listening = false;
    await cache.get('u1', load);
    await cache.get('u1', load);
    expect(loads).toBe(2);
    notifications.listening = true;
    await cache.get('u1', load);
    clock.set(new Date(clock.now().getTime() + 59_000));
    await cache.get('u1', load);
    expect(loads).toBe(3);
    clock.set(new Date(clock.now().getTime() + 1_000));
    await cache.get('u1', load);
    expect(loads).toBe(4);
  });

  it('does not keep a user that is not there', async () => {
    let misses = 0;
    const none = async () => (misses++, null);
    expect(await cache.get('ghost', none)).toBeNull();
    expect(await cache.get('ghost', none)).toBeNull();
    expect(misses).toBe(2);
  });
});

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
  /** Requests until `ok` holds: a change made outside this process arrives as a notification, soon but not at once. */
  const eventually = async (token: string, ok: (status: number) => boolean) => {
    for (let i = 0; i < 200; i++) if (ok((await me(token)).status)) return true;
    return false;
  };

  it('sees a change made directly in the database (another replica, a script) through its notification', async () => {
    const { id, token } = await createUser(t, admin, { username: 'erin', roles: ['sales_rep'] });
    expect((await me(token)).status).toBe(200);
    expect((await me(token)).status).toBe(200);
    await t.db.query(`UPDATE app_user SET disabled = true WHERE id = $1`, [id]);
    expect(await eventually(token, (status) => status === 401)).toBe(true);
    await t.db.query(`UPDATE app_user SET disabled = false WHERE id = $1`, [id]);
    expect(await eventually(token, (status) => status === 200)).toBe(true);
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
    const edited = await t.http.patch(`/api/v1/roles/${manager.id}`).auth(admin, { type: 'bearer' }).send({ permissions: ['customer:read'] });
    expect(edited.status).toBe(200);
    expect(await users(token)).toBe(403);
    // A password change: the old access token stops, the new one works.
    const changed = await t.http.post('/api/v1/auth/change-password').auth(token, { type: 'bearer' }).send({ currentPassword: TEST_PASSWORD, newPassword: 'Another-pass-9' });
    expect(changed.status).toBe(200);
    expect((await me(token)).status).toBe(401);
    expect((await me(changed.body.accessToken)).status).toBe(200);
  });
});
