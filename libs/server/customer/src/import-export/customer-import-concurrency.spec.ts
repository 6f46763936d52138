import { approvalMigrations } from '@kehu/server-approval';
import { createTestApp, TestApp } from '@kehu/server-core/testing';
import { permissionsMigrations, PermissionsModule } from '@kehu/server-permissions';
import { adminToken } from '@kehu/server-permissions/testing';
import { settingsMigrations, SettingsModule } from '@kehu/server-settings';
import { CustomerModule } from '../customer.module';
import { customerMigrations } from '../migrations';
import { CustomerStore } from '../storage/customer-store';

const HEADERS = ['name', 'industry', 'address', 'phone', 'description'];
const csv = (rows: Array<{ name: string; phone: string }>) =>
  Buffer.from([HEADERS.join(','), ...rows.map((r) => [r.name, 'hvac', '江苏省泰州市海陵路 1 号', r.phone, '并发导入'].join(','))].join('\n'));

describe('customer import: history of updates, concurrent writers of one phone', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp({
      imports: [PermissionsModule, SettingsModule, CustomerModule],
      migrations: [...permissionsMigrations, ...settingsMigrations, ...approvalMigrations, ...customerMigrations],
    });
    admin = await adminToken(t);
    // Hundreds of rows per import, all owned by the administrator: beyond the default owned-customer limit, which is not what this is about.
    await t.http.put('/api/v1/settings/rules/maxOwnedCustomers').auth(admin, { type: 'bearer' }).send({ value: 100_000 }).expect(200);
  });
  afterAll(() => t.close());

  const upload = (file: Buffer, query = '') => t.http.post(`/api/v1/customers/import${query}`).auth(admin, { type: 'bearer' }).attach('file', file, 'customers.csv');
  const livePhones = async (phone: string) =>
    (await t.db.query(`SELECT count(*)::int AS n FROM customer WHERE normalized_phone = $1 AND deleted_at IS NULL`, [phone]))[0].n;

  it('writes an UPDATED history entry for each customer an upsert changes', async () => {
    const file = csv([{ name: '泰州市海陵暖通有限公司', phone: '0523-86100001' }, { name: '泰州市高港机电有限公司', phone: '0523-86100002' }]);
    const created = await upload(file);
    expect(created.body.totals).toMatchObject({ created: 2 });
    const upsert = await upload(file, '?mode=upsert');
    expect(upsert.body.totals).toMatchObject({ created: 0, updated: 2 });
    const id = upsert.body.rows[0].customerId;
    const history = await t.http.get(`/api/v1/customers/${id}/history`).auth(admin, { type: 'bearer' });
    expect(history.body.map((h: { event: string }) => h.event)).toEqual(['UPDATED', 'IMPORTED']);
    expect(history.body[0]).toMatchObject({ reason: 'import', actorName: expect.any(String) });
  });

  it('waits for a concurrent writer of the same phone and then refuses the row instead of creating a second customer', async () => {
    const phone = '052386200001';
    // Another writer (an import batch or POST /customers) holds the phone's lock and has inserted, not yet committed.
    const other = t.db.createQueryRunner();
    await other.connect();
    await other.startTransaction();
    try {
      await other.query(`SELECT pg_advisory_xact_lock(hashtext('customer-phone:' || $1))`, [phone]);
      await CustomerStore.insertRows(
        other,
        ['code', 'name', 'normalized_name', 'search_text', 'industry', 'address', 'phone', 'normalized_phone', 'description', 'status'],
        `VALUES ('RACE1', '泰州市姜堰空调有限公司', '泰州市姜堰空调', '泰州市姜堰空调', 'hvac', '泰州', '0523-86200001', $1, '并发', 'POOL')`,
        [phone],
      );
      const importing = upload(csv([{ name: '泰州市另一家制冷设备有限公司', phone: '0523-86200001' }, { name: '泰州市第三家空调有限公司', phone: '0523-86200002' }])).then((r) => r);
      // The import's batch must be waiting on that lock before the other writer commits.
      for (;;) {
        const [{ n }] = await t.db.query(
          `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND NOT l.granted AND a.datname = current_database()`,
        );
        if (n > 0) break;
        await new Promise((r) => setImmediate(r));
      }
      await other.commitTransaction();
      const res = await importing;
      expect(res.status).toBe(200);
      expect(res.body.totals).toEqual({ created: 1, updated: 0, duplicate: 1, rejected: 0 });
      expect(res.body.rows[0]).toMatchObject({ row: 2, outcome: 'duplicate', field: 'phone' });
    } finally {
      if (other.isTransactionActive) await other.rollbackTransaction();
      await other.release();
    }
    expect(await livePhones(phone)).toBe(1);
  });

  it('two imports at once with the same phones under different names create each phone once', async () => {
    const rows = (tag: string) => Array.from({ length: 300 }, (_, i) => ({ name: `${tag}并发测试${i}号贸易有限公司`, phone: `0523-87${String(100000 + i)}` }));
    const [a, b] = await Promise.all([upload(csv(rows('甲'))), upload(csv(rows('乙')))]);
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    expect(a.body.totals.created + b.body.totals.created).toBe(300);
    expect(a.body.totals.duplicate + b.body.totals.duplicate).toBe(300);
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM (SELECT normalized_phone FROM customer WHERE normalized_phone LIKE '052387%' AND deleted_at IS NULL GROUP BY 1 HAVING count(*) > 1) d`,
    );
    expect(n).toBe(0);
  });
});
