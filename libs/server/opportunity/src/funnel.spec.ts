import { ApprovalModule, approvalMigrations } from '@kehu/server-approval';
import { createTestApp, TestApp } from '@kehu/server-core/testing';
import { CustomerModule, customerMigrations } from '@kehu/server-customer';
import { PermissionsModule, permissionsMigrations } from '@kehu/server-permissions';
import { adminToken, createDepartment, createUser, loginAs } from '@kehu/server-permissions/testing';
import { ProductModule, productMigrations } from '@kehu/server-product';
import { SettingsModule, settingsMigrations } from '@kehu/server-settings';
import { opportunityMigrations } from './migrations';
import { OpportunityModule } from './opportunity.module';

/**
 * The funnel against a fixture computed by hand. Five opportunities of 漏斗部:
 *   A  rep1  100000.00  lead                     close 2027-01-15
 *   B  rep1  200000.00  lead → qualified         close 2027-01-20
 *   C  rep2   50000.00  lead → qualified → proposal   close 2027-02-10
 *   D  rep2   80000.00  lead → qualified, won 10 days after entry   close 2027-01-05
 *   E  rep1   30000.00  lead, lost (price)       close 2027-03-01
 */
describe('the sales funnel', () => {
  let t: TestApp;
  let admin: string;
  let manager: { id: string; token: string };
  let rep1: { id: string; token: string };
  let rep2: { id: string; token: string };
  let stranger: { id: string; token: string };
  let elsewhere: string;

  beforeAll(async () => {
    t = await createTestApp({
      imports: [PermissionsModule, SettingsModule, ApprovalModule, CustomerModule, ProductModule, OpportunityModule],
      migrations: [...permissionsMigrations, ...settingsMigrations, ...approvalMigrations, ...customerMigrations, ...productMigrations, ...opportunityMigrations],
    });
    admin = await adminToken(t);
    const dept = await createDepartment(t, admin, '漏斗部');
    elsewhere = await createDepartment(t, admin, '别的部');
    manager = await createUser(t, admin, { username: 'funnel_mgr', roles: ['sales_manager'], departmentId: dept });
    rep1 = await createUser(t, admin, { username: 'funnel_rep1', roles: ['sales_rep'], departmentId: dept });
    rep2 = await createUser(t, admin, { username: 'funnel_rep2', roles: ['sales_rep'], departmentId: dept });
    stranger = await createUser(t, admin, { username: 'funnel_other', roles: ['sales_rep'], departmentId: elsewhere });

    let n = 0;
    const post = async (token: string, url: string, body: object) => {
      const res = await t.http.post(`/api/v1${url}`).auth(token, { type: 'bearer' }).send(body);
      if (res.status >= 300) throw new Error(`${url}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    };
    const enter = async (token: string, expectedAmount: string, expectedCloseDate: string, stages: string[]) => {
      n++;
      const o = await post(token, '/opportunities', { title: `漏斗${n}`, prospect: { company: `镇江市漏斗${n}号电器有限公司`, contactName: '钱', phone: `0511-8${String(5000000 + n).slice(-7)}` }, expectedAmount, expectedCloseDate });
      for (const stage of stages) await post(token, `/opportunities/${o.id}/stage`, { stage });
      return o.id as string;
    };
    await enter(rep1.token, '100000.00', '2027-01-15', []);
    await enter(rep1.token, '200000.00', '2027-01-20', ['qualified']);
    await enter(rep2.token, '50000.00', '2027-02-10', ['qualified', 'proposal']);
    const d = await enter(rep2.token, '80000.00', '2027-01-05', ['qualified']);
    const e = await enter(rep1.token, '30000.00', '2027-03-01', []);
    await post(rep1.token, `/opportunities/${e}/lose`, { reason: 'price' });
    t.clock.advanceDays(10);
    // Ten days on, every token has expired: sign everyone in again.
    admin = await adminToken(t);
    for (const user of [manager, rep1, rep2, stranger]) user.token = await loginAs(t, (await t.db.query(`SELECT username FROM app_user WHERE id = $1`, [user.id]))[0].username);
    await post(rep2.token, `/opportunities/${d}/win`, { customer: { address: '江苏省镇江市 1 号', industry: 'manufacturing' } });
  }, 120_000);
  afterAll(() => t?.close());

  const funnel = async (token: string, query = '') => {
    const res = await t.http.get(`/api/v1/reports/funnel${query}`).auth(token, { type: 'bearer' });
    expect(res.status).toBe(200);
    return res.body;
  };
  const rows = (body: { stages: Array<Record<string, unknown>> }) => body.stages.map((s) => [s.stage, s.count, s.amount, s.weightedAmount, s.reached, s.conversionToNext]);

  it('answers every figure of the hand-computed fixture for the manager (whole department)', async () => {
    const body = await funnel(manager.token);
    expect(rows(body)).toEqual([
      ['lead', 1, '100000.00', '10000.00', 5, '60.00'],
      ['qualified', 1, '200000.00', '60000.00', 3, '33.33'],
      ['proposal', 1, '50000.00', '25000.00', 1, '0.00'],
      ['negotiation', 0, '0.00', '0.00', 0, null],
      ['won', 1, '80000.00', '80000.00', 1, null],
      ['lost', 1, '30000.00', '0.00', 1, null],
    ]);
    expect(body).toMatchObject({ wonCount: 1, lostCount: 1, winRate: '50.00', averageCycleDays: 10 });
    expect(body.forecast).toEqual([
      { month: '2027-01', count: 2, amount: '300000.00', weightedAmount: '70000.00' },
      { month: '2027-02', count: 1, amount: '50000.00', weightedAmount: '25000.00' },
    ]);
    expect(await funnel(manager.token, '?view=department')).toEqual(body);
  });

  it('narrows to me, to a period of expected close, and to the caller’s scope', async () => {
    const mine = await funnel(rep1.token, '?view=me');
    expect(rows(mine).map((r) => r.slice(0, 2))).toEqual([['lead', 1], ['qualified', 1], ['proposal', 0], ['negotiation', 0], ['won', 0], ['lost', 1]]);
    expect(mine).toMatchObject({ winRate: '0.00', averageCycleDays: null });

    const later = await funnel(manager.token, '?closeFrom=2027-02-01&closeTo=2027-12-31');
    expect(rows(later).filter((r) => r[1]).map((r) => r.slice(0, 3))).toEqual([['proposal', 1, '50000.00'], ['lost', 1, '30000.00']]);

    // A rep's "all" is his own; another department's rep sees none of it.
    const rep2All = await funnel(rep2.token);
    expect(rows(rep2All).filter((r) => r[1]).map((r) => r.slice(0, 2))).toEqual([['proposal', 1], ['won', 1]]);
    const other = await funnel(stranger.token);
    expect(other.stages.every((s: { count: number; reached: number }) => s.count === 0 && s.reached === 0)).toBe(true);
    expect(other).toMatchObject({ wonCount: 0, lostCount: 0, winRate: null, forecast: [] });
  });

  it('answers a chosen department in scope, and one outside like a missing one', async () => {
    const res = await t.http.get(`/api/v1/reports/funnel?departmentId=${elsewhere}`).auth(manager.token, { type: 'bearer' });
    expect(res.status).toBe(404);
    const all = await funnel(admin, `?departmentId=${elsewhere}`);
    expect(all.stages.every((s: { count: number }) => s.count === 0)).toBe(true);
  });
});
