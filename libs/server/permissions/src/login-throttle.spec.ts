import { createTestApp, TestApp } from '@kehu/server-core/testing';
import { LOGIN_POLICY } from './auth.service';
import { permissionsMigrations } from './migrations';
import { PermissionsModule } from './permissions.module';
import { TokenCleanupJob } from './token-cleanup.job';
import { adminToken, createUser, TEST_PASSWORD } from './testing';

/**
 * Issue 18, findings 3 and 13: concurrent guesses must not get more password checks than the
 * limits allow, and every 429 says when to come back. Each test signs in from its own address
 * (X-Forwarded-For from the loopback proxy), so the per-address limit of one does not touch another.
 */
/** Up to 31 argon2id checks in one test: a second each on a loaded two-core machine. */
const MANY_PASSWORD_CHECKS_MS = 120_000;

describe('login throttles under concurrency', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp({ imports: [PermissionsModule], migrations: permissionsMigrations });
  });
  // Tests move the clock past the access-token lifetime.
  beforeEach(async () => {
    admin = await adminToken(t);
  });
  afterAll(() => t.close());

  const login = (username: string, password: string, ip: string) =>
    t.http.post('/api/v1/auth/login').set('X-Forwarded-For', ip).send({ username, password });

  it('24 concurrent wrong passwords for one account: at most 5 are checked, the rest 423, and the account stays locked', async () => {
    await createUser(t, admin, { username: 'target', roles: ['sales_rep'] });
    // Spread over addresses as a botnet would, so that only the account lock stands in the way.
    const answers = await Promise.all(
      Array.from({ length: 24 }, (_, i) => login('target', `Wrong-guess-${i}`, `198.51.100.${i + 1}`)),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(LOGIN_POLICY.maxFailures);
    expect(statuses.filter((s) => s === 423).length).toBeGreaterThanOrEqual(24 - LOGIN_POLICY.maxFailures);
    expect(statuses.every((s) => s === 401 || s === 423)).toBe(true);
    const locked = answers.find((r) => r.status === 423);
    expect(locked?.body.type).toBe('https://kehu.dev/problems/account-locked');
    expect(Number(locked?.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(locked?.headers['retry-after'])).toBeLessThanOrEqual(LOGIN_POLICY.lockMinutes * 60);

    const right = await login('target', TEST_PASSWORD, '198.51.100.200');
    expect(right.status).toBe(423);
    t.clock.advanceMinutes(LOGIN_POLICY.lockMinutes + 1);
    expect((await login('target', TEST_PASSWORD, '198.51.100.200')).status).toBe(200);
  }, MANY_PASSWORD_CHECKS_MS);

  it('50 concurrent failed sign-ins from one address: at most 30 are checked, the rest 429 with Retry-After', async () => {
    const ip = '203.0.113.50';
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => login(`ghost${i}`, 'Wrong-guess-1', ip)));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(LOGIN_POLICY.maxAttemptsPerIpInWindow);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(50 - LOGIN_POLICY.maxAttemptsPerIpInWindow);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    for (const res of answers.filter((r) => r.status === 429)) {
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.type).toBe('https://kehu.dev/problems/login-rate-limited');
      const wait = Number(res.headers['retry-after']);
      expect(Number.isInteger(wait)).toBe(true);
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(LOGIN_POLICY.ipWindowMinutes * 60);
    }
    // Even the right password waits for the window; another address is not affected.
    await createUser(t, admin, { username: 'neighbour', roles: ['sales_rep'] });
    expect((await login('neighbour', TEST_PASSWORD, ip)).status).toBe(429);
    expect((await login('neighbour', TEST_PASSWORD, '203.0.113.51')).status).toBe(200);
    t.clock.advanceMinutes(LOGIN_POLICY.ipWindowMinutes);
    expect((await login('neighbour', TEST_PASSWORD, ip)).status).toBe(200);
  }, MANY_PASSWORD_CHECKS_MS);

  it('successful sign-ins do not use up the address’s allowance (an office behind one address)', async () => {
    const ip = '203.0.113.60';
    await createUser(t, admin, { username: 'office', roles: ['sales_rep'] });
    for (let i = 0; i <= LOGIN_POLICY.maxAttemptsPerIpInWindow; i++) {
      expect((await login('office', TEST_PASSWORD, ip)).status).toBe(200);
    }
    expect((await login('office', 'Wrong-guess-1', ip)).status).toBe(401);
  }, MANY_PASSWORD_CHECKS_MS);

  it('forgets ended throttle windows in the nightly cleanup, and only those', async () => {
    await login('nobody', 'Wrong-guess-1', '203.0.113.70');
    t.clock.advanceMinutes(LOGIN_POLICY.ipWindowMinutes + 1);
    await login('nobody', 'Wrong-guess-1', '203.0.113.71');
    const before: Array<{ ip: string }> = await t.db.query(`SELECT ip FROM login_throttle`);
    expect(before.map((r) => r.ip)).toEqual(expect.arrayContaining(['203.0.113.70', '203.0.113.71']));
    const result = await t.app.get(TokenCleanupJob).run();
    expect(result.throttleWindowsDeleted).toBeGreaterThanOrEqual(1);
    const after: Array<{ ip: string }> = await t.db.query(`SELECT ip FROM login_throttle`);
    expect(after.map((r) => r.ip)).toEqual(['203.0.113.71']);
  });
});
