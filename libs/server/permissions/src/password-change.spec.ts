import { createTestApp, TestApp } from '@kehu/server-core/testing';
import { LOGIN_POLICY } from './auth.service';
import { permissionsMigrations } from './migrations';
import { PermissionsModule } from './permissions.module';
import { adminToken, createUser, roleId, TEST_PASSWORD } from './testing';

/** Issue 18, finding 4: a forced password change comes first, and guessing the current password is throttled. */
describe('password change', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp({ imports: [PermissionsModule], migrations: permissionsMigrations });
  });
  beforeEach(async () => {
    admin = await adminToken(t);
  });
  afterAll(() => t.close());

  /** A user as an administrator creates one: with a first password they must replace. */
  const newcomer = async (username: string) => {
    const created = await t.http
      .post('/api/v1/users')
      .auth(admin, { type: 'bearer' })
      .send({ username, displayName: username, password: TEST_PASSWORD, roleIds: [await roleId(t, admin, 'sales_manager')] });
    expect(created.status).toBe(201);
    const login = await t.http.post('/api/v1/auth/login').send({ username, password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body.user.mustChangePassword).toBe(true);
    return { id: created.body.id as string, access: login.body.accessToken as string, refresh: login.body.refreshToken as string };
  };

  it('confines a user who must change the password to me, change-password and logout', async () => {
    const { access, refresh } = await newcomer('newbie');
    const bearer = { type: 'bearer' } as const;
    expect((await t.http.get('/api/v1/auth/me').auth(access, bearer)).status).toBe(200);
    // Routes with a permission the user holds, and one whose permission they lack: the password comes first.
    for (const call of [
      t.http.get('/api/v1/users').auth(access, bearer),
      t.http.get('/api/v1/departments').auth(access, bearer),
      t.http.post('/api/v1/departments').auth(access, bearer).send({ name: 'x' }),
    ]) {
      const res = await call;
      expect(res.status).toBe(403);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.type).toBe('https://kehu.dev/problems/password-change-required');
    }
    // The refresh token does not get round it: the new access token is confined the same way.
    const refreshed = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: refresh });
    expect(refreshed.status).toBe(200);
    expect((await t.http.get('/api/v1/users').auth(refreshed.body.accessToken, bearer)).status).toBe(403);

    const changed = await t.http
      .post('/api/v1/auth/change-password')
      .auth(refreshed.body.accessToken, bearer)
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'Own-choice-2026' });
    expect(changed.status).toBe(200);
    expect(changed.body.user.mustChangePassword).toBe(false);
    expect((await t.http.get('/api/v1/users').auth(changed.body.accessToken, bearer)).status).toBe(200);
    expect((await t.http.post('/api/v1/auth/logout').send({ refreshToken: changed.body.refreshToken })).status).toBe(204);
  });

  it('confines again, at once, a user whose password an administrator resets', async () => {
    const { id, token } = await createUser(t, admin, { username: 'veteran', roles: ['sales_manager'] });
    expect((await t.http.get('/api/v1/users').auth(token, { type: 'bearer' })).status).toBe(200);
    expect((await t.http.post(`/api/v1/users/${id}/reset-password`).auth(admin, { type: 'bearer' }).send({ newPassword: 'Given-pass-77' })).status).toBe(204);
    const login = await t.http.post('/api/v1/auth/login').send({ username: 'veteran', password: 'Given-pass-77' });
    expect((await t.http.get('/api/v1/users').auth(login.body.accessToken, { type: 'bearer' })).body.type).toBe(
      'https://kehu.dev/problems/password-change-required',
    );
  });

  it('counts wrong current passwords toward the lock: then even the right one is refused, and sign-in too', async () => {
    const { token } = await createUser(t, admin, { username: 'stolen', roles: ['sales_rep'] });
    const change = (currentPassword: string) =>
      t.http.post('/api/v1/auth/change-password').auth(token, { type: 'bearer' }).send({ currentPassword, newPassword: 'Taken-over-1' });
    for (let i = 0; i < LOGIN_POLICY.maxFailures; i++) {
      const wrong = await change(`Guess-${i}-pass`);
      expect(wrong.status).toBe(400);
      expect(wrong.body.errors[0].field).toBe('currentPassword');
    }
    const locked = await change(TEST_PASSWORD);
    expect(locked.status).toBe(423);
    expect(locked.body.type).toBe('https://kehu.dev/problems/account-locked');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await t.http.post('/api/v1/auth/login').send({ username: 'stolen', password: TEST_PASSWORD })).status).toBe(423);
  });

  it('a right current password clears earlier wrong ones', async () => {
    const { token } = await createUser(t, admin, { username: 'fumbler', roles: ['sales_rep'] });
    const change = (currentPassword: string, newPassword: string) =>
      t.http.post('/api/v1/auth/change-password').auth(token, { type: 'bearer' }).send({ currentPassword, newPassword });
    for (let i = 0; i < LOGIN_POLICY.maxFailures - 1; i++) expect((await change(`Guess-${i}-pass`, 'Fresh-pass-11')).status).toBe(400);
    expect((await change(TEST_PASSWORD, 'Fresh-pass-11')).status).toBe(200);
    for (let i = 0; i < LOGIN_POLICY.maxFailures - 1; i++) {
      expect((await t.http.post('/api/v1/auth/login').send({ username: 'fumbler', password: `Guess-${i}-pass` })).status).toBe(401);
    }
    expect((await t.http.post('/api/v1/auth/login').send({ username: 'fumbler', password: 'Fresh-pass-11' })).status).toBe(200);
  });
});
