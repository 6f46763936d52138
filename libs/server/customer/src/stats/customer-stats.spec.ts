import { approvalMigrations } from '@kehu/server-approval';
import { createTestApp, TestApp, violatesContract } from '@kehu/server-core/testing';
import { PermissionsModule, permissionsMigrations } from '@kehu/server-permissions';
import { adminToken, createUser } from '@kehu/server-permissions/testing';
import { SettingsModule, settingsMigrations } from '@kehu/server-settings';
import { CustomerModule } from '../customer.module';
import { customerMigrations } from '../migrations';
import { createCustomer } from '../testing/customer-fixtures';

describe('home-page statistics (GET /customers/stats)', () => {
  let t: TestApp;
  let admin: string;
  let rep: { id: string; token: string };
  let other: { id: string; token: string };
  const get = (token: string, url: string) => t.http.get(`/api/v1${url}`).auth(token, { type: 'bearer' });

  beforeAll(async () => {
    t = await createTestApp({
      imports: [PermissionsModule, SettingsModule, CustomerModule],
      migrations: [...permissionsMigrations, ...settingsMigrations, ...approvalMigrations, ...customerMigrations],
    });
    // Monday 2026-11-23 09:00 in Shanghai (the business time zone).
    t.clock.set('2026-11-23T01:00:00Z');
    admin = await adminToken(t);
    rep = await createUser(t, admin, { username: 'rep', roles: ['sales_rep'] });
    other = await createUser(t, admin, { username: 'other', roles: ['sales_rep'] });
  });
  afterAll(() => t.close());

  it('counts per business-time-zone week and per stage exactly what the list shows, within the caller’s scope', async () => {
    const thisWeek = await createCustomer(t, rep.token);
    const lastWeek = await createCustomer(t, rep.token);
    // Entered at the database's time: place them. Monday 00:30 in Shanghai is still Sunday in UTC.
    await t.db.query(`UPDATE customer_profile SET created_at = '2026-11-22T16:30:00Z' WHERE id = $1`, [thisWeek.id]);
    await t.db.query(`UPDATE customer_profile SET created_at = '2026-11-22T15:30:00Z' WHERE id = $1`, [lastWeek.id]);
    const followUp = (occurredAt: string) =>
      t.http
        .post(`/api/v1/customers/${thisWeek.id}/follow-ups`)
        .auth(rep.token, { type: 'bearer' })
        .send({ method: 'phone', occurredAt, summary: '电话回访', nextContactAt: '2026-11-30T02:00:00Z' })
        .expect(201);
    await followUp('2026-11-22T17:00:00Z'); // Monday 01:00 in Shanghai: this week
    await followUp('2026-11-22T15:00:00Z'); // Sunday 23:00 in Shanghai: last week
    await followUp('2026-11-01T02:00:00Z'); // before the weeks asked for

    const res = await get(rep.token, '/customers/stats?weeks=2');
    expect(res.status).toBe(200);
    expect(res.body.weeks).toEqual([
      { weekStart: '2026-11-16', newCustomers: 1, followUps: 1 },
      { weekStart: '2026-11-23', newCustomers: 1, followUps: 1 },
    ]);
    const stages: Array<{ stage: string; count: number }> = res.body.stages;
    expect(stages.map((s) => s.stage)).toEqual(['POTENTIAL_PENDING', 'POTENTIAL_PROTECTED', 'POTENTIAL_REJECTED', 'INTENT', 'FORMAL', 'POOL', 'LOST']);
    expect(stages.reduce((sum, s) => sum + s.count, 0)).toBe(2);
    for (const { stage, count } of stages) {
      expect((await get(rep.token, `/customers?stage=${stage}&pageSize=1`)).body.total).toBe(count);
    }
    // Eight weeks by default, every week present.
    const defaults = await get(rep.token, '/customers/stats');
    expect(defaults.body.weeks).toHaveLength(8);
    expect(defaults.body.weeks[7]).toEqual({ weekStart: '2026-11-23', newCustomers: 1, followUps: 1 });

    // Another rep's scope holds none of it; `mine` narrows an admin's view to his own (none).
    const outsider = await get(other.token, '/customers/stats?weeks=2');
    expect(outsider.body.weeks.map((w: { newCustomers: number; followUps: number }) => w.newCustomers + w.followUps)).toEqual([0, 0]);
    expect(outsider.body.stages.every((s: { count: number }) => s.count === 0)).toBe(true);
    expect((await get(admin, '/customers/stats?weeks=2')).body.weeks[1].newCustomers).toBeGreaterThanOrEqual(1);
    expect((await get(admin, '/customers/stats?weeks=2&mine=true')).body.weeks[1].newCustomers).toBe(0);
  });

  it('rejects a bad week count naming the field', async () => {
    const res = await violatesContract(t.http.get('/api/v1/customers/stats?weeks=0')).auth(rep.token, { type: 'bearer' });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['weeks']);
    const tooMany = await violatesContract(t.http.get('/api/v1/customers/stats?weeks=27&ownerId=nope')).auth(rep.token, { type: 'bearer' });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['ownerId', 'weeks']);
  });
});
