import { DatabaseNotifications } from '@kehu/server-core';
import { createTestApp, TestApp } from '@kehu/server-core/testing';
import { createHmac } from 'node:crypto';
import { permissionsMigrations } from './migrations';
import { PermissionsModule } from './permissions.module';
import { adminToken, createUser, TEST_PASSWORD } from './testing';

/** Issue 18, finding 2: a session's access tokens must die with the session, not 15 minutes later. */
describe('sessions: logout and refresh-token reuse revoke access tokens at once', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [PermissionsModule], migrations: permissionsMigrations });
    const admin = await adminToken(t);
    await createUser(t, admin, { username: 'ivy', roles: ['sales_rep'] });
    await t.app.get(DatabaseNotifications).whenListening();
  });
  afterAll(() => t.close());

  const login = async () => {
    const res = await t.http.post('/api/v1/auth/login').send({ username: 'ivy', password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    return { access: res.body.accessToken as string, refresh: res.body.refreshToken as string };
  };
  const me = (token: string) => t.http.get('/api/v1/auth/me').auth(token, { type: 'bearer' });

  it('logout stops that session’s access token on the next request, and only that session’s', async () => {
    const laptop = await login();
    const phone = await login();
    // Served from the cached principal before the logout: the logout must reach the cache.
    expect((await me(laptop.access)).status).toBe(200);
    expect((await me(laptop.access)).status).toBe(200);
    expect((await t.http.post('/api/v1/auth/logout').send({ refreshToken: laptop.refresh })).status).toBe(204);
    const after = await me(laptop.access);
    expect(after.status).toBe(401);
    expect(after.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(after.body.type).toBe('https://kehu.dev/problems/unauthorized');
    expect((await me(phone.access)).status).toBe(200);
  });

  it('a replayed refresh token ends the session: the thief’s and the owner’s access tokens alike', async () => {
    const session = await login();
    const rotated = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: session.refresh });
    expect(rotated.status).toBe(200);
    expect((await me(session.access)).status).toBe(200);
    expect((await me(rotated.body.accessToken)).status).toBe(200);
    const replay = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: session.refresh });
    expect(replay.status).toBe(401);
    expect((await me(session.access)).status).toBe(401);
    expect((await me(rotated.body.accessToken)).status).toBe(401);
    const other = await login();
    expect((await me(other.access)).status).toBe(200);
  });

  it('a session ended on another replica (directly in the database) stops once its notification arrives', async () => {
    const session = await login();
    expect((await me(session.access)).status).toBe(200);
    expect((await me(session.access)).status).toBe(200);
    let notified!: () => void;
    const arrived = new Promise<void>((resolve) => (notified = resolve));
    await t.app.get(DatabaseNotifications).subscribe('kehu_principals', () => notified());
    const [id] = session.refresh.split('.');
    await t.db.query(
      `UPDATE refresh_token SET revoked_at = $2 WHERE family_id = (SELECT family_id FROM refresh_token WHERE id = $1)`,
      [id, t.clock.now()],
    );
    await arrived;
    expect((await me(session.access)).status).toBe(401);
  });

  it('refuses an access token that names no session', async () => {
    const { access } = await login();
    const [header, payload] = access.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    delete claims.sid;
    const body = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
    const signature = createHmac('sha256', 'test-secret-test-secret-test-secret!').update(body).digest('base64url');
    expect((await me(`${body}.${signature}`)).status).toBe(401);
  });
});
