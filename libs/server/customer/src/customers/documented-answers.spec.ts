import { approvalMigrations } from '@kehu/server-approval';
import { createTestApp, TestApp } from '@kehu/server-core/testing';
import { PermissionsModule, permissionsMigrations } from '@kehu/server-permissions';
import { adminToken, createDepartment, createUser } from '@kehu/server-permissions/testing';
import { SettingsModule, settingsMigrations } from '@kehu/server-settings';
import { CustomerModule } from '../customer.module';
import { customerMigrations } from '../migrations';
import { addContact, createCustomer, customerBody } from '../testing/customer-fixtures';

/**
 * What a contract-validating proxy found answered off the document (issue 24). The test kit checks
 * every exchange below against apps/api/openapi.json; these tests reach the answers it found wrong.
 */
describe('customer answers as documented', () => {
  let t: TestApp;
  let rep1: { id: string; token: string };
  let rep2: { id: string; token: string };
  let reviewer: { id: string; token: string };

  beforeAll(async () => {
    t = await createTestApp({
      imports: [PermissionsModule, SettingsModule, CustomerModule],
      migrations: [...permissionsMigrations, ...settingsMigrations, ...approvalMigrations, ...customerMigrations],
    });
    const admin = await adminToken(t);
    const sales = await createDepartment(t, admin, '销售部');
    const teamA = await createDepartment(t, admin, '销售一部', sales);
    const teamB = await createDepartment(t, admin, '销售二部', sales);
    rep1 = await createUser(t, admin, { username: 'rep1', roles: ['sales_rep'], departmentId: teamA });
    rep2 = await createUser(t, admin, { username: 'rep2', roles: ['sales_rep'], departmentId: teamB });
    reviewer = await createUser(t, admin, { username: 'reviewer', roles: ['reviewer'], departmentId: sales });
  });
  afterAll(() => t.close());

  const bearer = (who: { token: string }) => ({ type: 'bearer' as const, token: who.token });
  const get = (who: { token: string }, url: string) => t.http.get(url).auth(bearer(who).token, { type: 'bearer' });
  const post = (who: { token: string }, url: string, body?: object) => {
    const req = t.http.post(url).auth(bearer(who).token, { type: 'bearer' });
    return body ? req.send(body) : req;
  };

  it('answers poolReason and reviewState null where they do not apply (create, get, pool, claim)', async () => {
    const c = await createCustomer(t, rep1.token);
    const created = await get(rep1, `/api/v1/customers/${c.id}`);
    expect(created.body).toMatchObject({ stage: 'POTENTIAL_PENDING', reviewState: 'PENDING', poolReason: null });

    // A protection is approved only with a contact the review needs (name, phone, title).
    await addContact(t, rep1.token, c.id);
    const inbox = await get(reviewer, '/api/v1/approvals?status=pending&subjectType=customer.protection');
    const approvalId = inbox.body.items.find((a: { subjectId: string }) => a.subjectId === c.id).id;
    expect((await post(reviewer, `/api/v1/approvals/${approvalId}/approve`)).status).toBe(200);
    expect((await post(rep1, `/api/v1/customers/${c.id}/abandon`, { reason: '暂无需求' })).status).toBe(204);

    const pool = await get(rep2, '/api/v1/customers/pool?pageSize=200');
    const pooled = pool.body.items.find((i: { id: string }) => i.id === c.id);
    expect(pooled).toMatchObject({ poolReason: 'ABANDONED', ownerId: null });
    const claimed = await post(rep2, `/api/v1/customers/${c.id}/claim`);
    expect(claimed.status).toBe(200);
    expect(claimed.body).toMatchObject({ ownerId: rep2.id, poolReason: null });
  });

  it('documents the 413 and 415 problems the JSON body parser answers before any handler', async () => {
    const tooLarge = await post(rep1, '/api/v1/customers', customerBody({ description: '大'.repeat(1_100_000) }));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers['content-type']).toMatch(/^application\/problem\+json/);

    const latin1 = await t.http
      .post('/api/v1/customers')
      .auth(rep1.token, { type: 'bearer' })
      .set('Content-Type', 'application/json; charset=latin1')
      .send(JSON.stringify(customerBody()));
    expect(latin1.status).toBe(415);
    expect(latin1.body).toMatchObject({ status: 415, type: 'https://kehu.dev/problems/unsupported-media-type' });
  });
});
