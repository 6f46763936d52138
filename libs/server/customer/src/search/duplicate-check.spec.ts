import { approvalMigrations } from '@kehu/server-approval';
import { createTestApp, TestApp } from '@kehu/server-core/testing';
import { PermissionsModule, permissionsMigrations } from '@kehu/server-permissions';
import { adminToken } from '@kehu/server-permissions/testing';
import { SettingsModule, settingsMigrations } from '@kehu/server-settings';
import { CustomerModule } from '../customer.module';
import { customerMigrations } from '../migrations';
import { CustomerStore } from '../storage/customer-store';
import { createCustomer, customerBody, softDeleteCustomersWhere } from '../testing/customer-fixtures';

describe('duplicate check ranking and bounds', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp({
      imports: [PermissionsModule, SettingsModule, CustomerModule],
      migrations: [...permissionsMigrations, ...settingsMigrations, ...approvalMigrations, ...customerMigrations],
    });
    admin = await adminToken(t);
    await createCustomer(t, admin, { name: '台州市凯光置业有限公司' });
    await createCustomer(t, admin, { name: '台州市宏达空调有限公司' });
    await createCustomer(t, admin, { name: '靖江市春意空调有限公司' });
    // 250 more names containing 信通 (in the pool: no owner): more than the check ranks.
    await CustomerStore.insertRows(
      t.db,
      ['code', 'name', 'normalized_name', 'search_text', 'name_bigrams', 'industry', 'address', 'phone', 'description', 'status'],
      `SELECT 'XT' || i, '某地信通' || i || '号有限公司', '某地信通' || i || '号', '某地信通' || i || '号', ARRAY['某地', '地信', '信通', '通' || left(i::text, 1)], 'it', '地址', '0523-' || (20000000 + i), '批量', 'POOL'
         FROM generate_series(1, 250) AS i`,
    );
  });
  afterAll(() => t.close());

  const check = async (q: string) => {
    const res = await t.http.get(`/api/v1/customers/duplicates?q=${encodeURIComponent(q)}`).auth(admin, { type: 'bearer' });
    expect(res.status).toBe(200);
    return res.body as Array<{ name: string; score: number; matchedOn: string[] }>;
  };

  it('ranks the exact name first and does not offer names that share only the city', async () => {
    const hits = await check('台州市凯光置业');
    expect(hits[0]).toMatchObject({ name: '台州市凯光置业有限公司', score: 1, matchedOn: ['name'] });
    expect(hits.map((h) => h.name)).not.toContain('台州市宏达空调有限公司');
  });

  it('finds a near-identical spelling (a missing 市) and names containing a short query', async () => {
    expect((await check('靖江春意空调')).map((h) => h.name)).toContain('靖江市春意空调有限公司');
    expect((await check('凯光置业')).map((h) => h.name)).toEqual(['台州市凯光置业有限公司']);
  });

  it('refuses and finds one company whatever form its administrative division is written in', async () => {
    const first = await createCustomer(t, admin, { name: '（扬州）瑞丰机电有限公司' });
    for (const name of ['扬州市瑞丰机电有限公司', '瑞丰机电（扬州）有限公司', '江苏省扬州市瑞丰机电有限公司', '扬州瑞丰机电有限公司']) {
      const res = await t.http.post('/api/v1/customers').auth(admin, { type: 'bearer' }).send(customerBody({ name }));
      expect({ name, status: res.status, field: res.body.errors?.[0]?.field, existing: res.body.existing?.id }).toEqual({ name, status: 409, field: 'name', existing: first.id });
    }
    // The same trade name registered in another city is another company.
    expect((await t.http.post('/api/v1/customers').auth(admin, { type: 'bearer' }).send(customerBody({ name: '南京市瑞丰机电有限公司' }))).status).toBe(201);
    const hits = await check('扬州市瑞丰机电有限公司');
    expect(hits[0]).toMatchObject({ name: '（扬州）瑞丰机电有限公司', score: 1, matchedOn: ['name'] });
    // The trade name alone finds both.
    expect((await check('瑞丰机电')).map((h) => h.name).sort()).toEqual(['南京市瑞丰机电有限公司', '（扬州）瑞丰机电有限公司'].sort());
    // Renaming into another spelling of an existing company is refused too.
    const other = await createCustomer(t, admin, { name: '扬州市宏泰机电有限公司' });
    const rename = await t.http.patch(`/api/v1/customers/${other.id}`).auth(admin, { type: 'bearer' }).send({ name: '瑞丰机电（扬州）有限公司' });
    expect(rename.status).toBe(409);
    // Name search still matches the name as written, division included.
    const search = await t.http.get(`/api/v1/customers?q=${encodeURIComponent('扬州市宏泰')}`).auth(admin, { type: 'bearer' });
    expect(search.body.items.map((c: { id: string }) => c.id)).toEqual([other.id]);
  });

  it('takes a query without letters as a phone, not as digits inside names', async () => {
    await createCustomer(t, admin, { name: '苏州市第88886666号仓储有限公司', phone: '0512-66660001' });
    const byPhone = await check('0512-66660001');
    expect(byPhone).toEqual([expect.objectContaining({ name: '苏州市第88886666号仓储有限公司', score: 1, matchedOn: ['phone'] })]);
    // Nobody has this phone; the name that happens to contain its digits is not a candidate.
    expect(await check('8888-6666')).toEqual([]);
  });

  it('answers at most 20 candidates when a short query is in hundreds of names', async () => {
    const hits = await check('信通');
    expect(hits).toHaveLength(20);
    expect(hits.every((h) => h.name.includes('信通') && h.matchedOn.includes('name'))).toBe(true);
  });

  it('when a longer query is a word in hundreds of names, ranks the exact name first and skips near-misses', async () => {
    await createCustomer(t, admin, { name: '华夏长城贸易有限公司' });
    await createCustomer(t, admin, { name: '华夏长城商贸易有限公司' });
    await CustomerStore.insertRows(
      t.db,
      ['code', 'name', 'normalized_name', 'search_text', 'industry', 'address', 'phone', 'description', 'status'],
      `SELECT 'HX' || i, '华夏长城贸易' || i || '分公司', '华夏长城贸易' || i || '分公司', '华夏长城贸易' || i || '分公司', 'it', '地址', '0523-' || (30000000 + i), '批量', 'POOL'
         FROM generate_series(1, 220) AS i`,
    );
    const hits = await check('华夏长城贸易有限公司');
    expect(hits).toHaveLength(20);
    expect(hits[0]).toMatchObject({ name: '华夏长城贸易有限公司', score: 1 });
    expect(hits.every((h) => h.name.startsWith('华夏长城贸易'))).toBe(true);
    // The near-miss spelling is found while the word is rare.
    await softDeleteCustomersWhere(t, `code LIKE 'HX%'`);
    expect((await check('华夏长城贸易有限公司')).map((h) => h.name)).toContain('华夏长城商贸易有限公司');
  });
});
