import { PermissionRegistry } from '@kehu/server-core';
import { createTestApp, TestApp, violatesContract } from '@kehu/server-core/testing';
import { BUILT_IN_ROLES } from './built-in-roles';
import { permissionsMigrations } from './migrations';
import { PermissionsModule } from './permissions.module';
import { adminToken, createUser, loginAs, TEST_PASSWORD } from './testing';

describe('auth', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp({ imports: [PermissionsModule], migrations: permissionsMigrations });
  });
  // Tests move the clock past the access-token lifetime, so sign the admin in afresh each time.
  beforeEach(async () => {
    admin = await adminToken(t);
  });
  afterAll(() => t.close());

  it('returns tokens and the signed-in user on a correct login', async () => {
    // The executive: its built-in grants include codes this app registers (a rep's are all other domains' now).
    await createUser(t, admin, { username: 'alice', roles: ['executive'] });
    const res = await t.http.post('/api/v1/auth/login').send({ username: 'alice', password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.tokenType).toBe('Bearer');
    expect(res.body.expiresIn).toBe(900);
    expect(res.body.user.username).toBe('alice');
    // What the built-in role grants, among the codes this app registers (domain modules register theirs).
    const registry = t.app.get(PermissionRegistry);
    const roleGrants = BUILT_IN_ROLES.find((role) => role.code === 'executive')?.permissions;
    const granted = !roleGrants || roleGrants === 'every' ? [] : roleGrants.filter((code) => registry.has(code));
    expect(granted.length).toBeGreaterThan(0);
    expect([...res.body.user.permissions].sort()).toEqual([...granted].sort());
    expect(res.body.user.permissions).not.toContain('user:write');
    expect(res.body.user.dataScope).toBe('ALL');
    const me = await t.http.get('/api/v1/auth/me').auth(res.body.accessToken, { type: 'bearer' });
    expect(me.status).toBe(200);
    expect(me.body.roles.map((r: { code: string }) => r.code)).toEqual(['executive']);
    expect(me.body.mustChangePassword).toBe(false);
  });

  it('answers 401 problem+json for a wrong password or an unknown user, naming no account', async () => {
    const wrong = await t.http.post('/api/v1/auth/login').send({ username: 'alice', password: 'nope-nope-1' });
    const unknown = await t.http.post('/api/v1/auth/login').send({ username: 'nobody', password: 'nope-nope-1' });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.type).toBe('https://kehu.dev/problems/invalid-credentials');
    }
  });

  it('names each bad field of a malformed login', async () => {
    const res = await violatesContract(t.http.post('/api/v1/auth/login')).send({ username: 42, extra: true });
    expect(res.status).toBe(400);
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['username', 'password', 'extra']));
  });

  it('locks the account for 15 minutes after 5 failures, even for the right password', async () => {
    await createUser(t, admin, { username: 'bob', roles: ['sales_rep'] });
    for (let i = 0; i < 4; i++) {
      expect((await t.http.post('/api/v1/auth/login').send({ username: 'bob', password: 'wrong-pass-1' })).status).toBe(401);
    }
    expect((await t.http.post('/api/v1/auth/login').send({ username: 'bob', password: 'wrong-pass-1' })).status).toBe(401);
    const locked = await t.http.post('/api/v1/auth/login').send({ username: 'bob', password: TEST_PASSWORD });
    expect(locked.status).toBe(423);
    expect(locked.body.type).toBe('https://kehu.dev/problems/account-locked');
    t.clock.advanceMinutes(14);
    expect((await t.http.post('/api/v1/auth/login').send({ username: 'bob', password: TEST_PASSWORD })).status).toBe(423);
    t.clock.advanceMinutes(2);
    expect((await t.http.post('/api/v1/auth/login').send({ username: 'bob', password: TEST_PASSWORD })).status).toBe(200);
  });

  it('rotates refresh tokens and revokes the whole session when a spent one is replayed', async () => {
    const login = await t.http.post('/api/v1/auth/login').send({ username: 'alice', password: TEST_PASSWORD });
    const first = login.body.refreshToken;
    const second = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: first });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first);
    const replay = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: first });
    expect(replay.status).toBe(401);
    // The replay revoked the family, so the legitimate newer token is dead too.
    expect((await t.http.post('/api/v1/auth/refresh').send({ refreshToken: second.body.refreshToken })).status).toBe(401);
  });

  it('logout ends the session', async () => {
    const login = await t.http.post('/api/v1/auth/login').send({ username: 'alice', password: TEST_PASSWORD });
    expect((await t.http.post('/api/v1/auth/logout').send({ refreshToken: login.body.refreshToken })).status).toBe(204);
    expect((await t.http.post('/api/v1/auth/refresh').send({ refreshToken: login.body.refreshToken })).status).toBe(401);
  });

  it('expires access tokens after 15 minutes', async () => {
    const token = await loginAs(t, 'alice');
    expect((await t.http.get('/api/v1/auth/me').auth(token, { type: 'bearer' })).status).toBe(200);
    t.clock.advanceMinutes(15);
    const expired = await t.http.get('/api/v1/auth/me').auth(token, { type: 'bearer' });
    expect(expired.status).toBe(401);
    expect(expired.body.type).toBe('https://kehu.dev/problems/unauthorized');
  });

  it('rejects a tampered token', async () => {
    const token = await loginAs(t, 'alice');
    const [h, , s] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 'x', tv: 0, iat: 0, exp: 9999999999 })).toString('base64url');
    expect((await t.http.get('/api/v1/auth/me').auth(`${h}.${forged}.${s}`, { type: 'bearer' })).status).toBe(401);
  });

  it('changes the password, refusing a wrong current one and a weak new one', async () => {
    const { token } = await createUser(t, admin, { username: 'carol', roles: ['sales_rep'] });
    const wrong = await t.http
      .post('/api/v1/auth/change-password')
      .auth(token, { type: 'bearer' })
      .send({ currentPassword: 'not-it-123', newPassword: 'Another-pass-9' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].field).toBe('currentPassword');
    const weak = await t.http
      .post('/api/v1/auth/change-password')
      .auth(token, { type: 'bearer' })
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.errors[0].field).toBe('newPassword');
    const ok = await t.http
      .post('/api/v1/auth/change-password')
      .auth(token, { type: 'bearer' })
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'Another-pass-9' });
    expect(ok.status).toBe(200);
    // Changing the password signs out existing sessions; this client continues with the new pair.
    expect((await t.http.get('/api/v1/auth/me').auth(token, { type: 'bearer' })).status).toBe(401);
    const continued = await t.http.get('/api/v1/auth/me').auth(ok.body.accessToken, { type: 'bearer' });
    expect(continued.status).toBe(200);
    expect(continued.body.mustChangePassword).toBe(false);
    const fresh = await loginAs(t, 'carol', 'Another-pass-9');
    expect((await t.http.get('/api/v1/auth/me').auth(fresh, { type: 'bearer' })).status).toBe(200);
  });

  it('stops a disabled user at once, access token included', async () => {
    const { id, token } = await createUser(t, admin, { username: 'dave', roles: ['sales_rep'] });
    expect((await t.http.post(`/api/v1/users/${id}/disable`).auth(admin, { type: 'bearer' })).status).toBe(204);
    expect((await t.http.get('/api/v1/auth/me').auth(token, { type: 'bearer' })).status).toBe(401);
    expect((await t.http.post('/api/v1/auth/login').send({ username: 'dave', password: TEST_PASSWORD })).status).toBe(401);
    expect((await t.http.post(`/api/v1/users/${id}/enable`).auth(admin, { type: 'bearer' })).status).toBe(204);
    expect((await t.http.post('/api/v1/auth/login').send({ username: 'dave', password: TEST_PASSWORD })).status).toBe(200);
  });

  it('limits login attempts per IP address', async () => {
    let last = 0;
    for (let i = 0; i < 31; i++) {
      last = (await t.http.post('/api/v1/auth/login').send({ username: `ghost${i}`, password: 'wrong-pass-1' })).status;
    }
    expect(last).toBe(429);
    t.clock.advanceMinutes(6);
    expect((await t.http.post('/api/v1/auth/login').send({ username: 'alice', password: TEST_PASSWORD })).status).toBe(200);
  }, 120_000); // 31 argon2id checks
});
