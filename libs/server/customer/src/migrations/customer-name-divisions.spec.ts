import { approvalMigrations } from '@kehu/server-approval';
import { createTestApp, TestApp } from '@kehu/server-core/testing';
import { PermissionsModule, permissionsMigrations } from '@kehu/server-permissions';
import { SettingsModule, settingsMigrations } from '@kehu/server-settings';
import { CustomerModule } from '../customer.module';
import { CustomerStore } from '../storage/customer-store';
import { customerMigrations } from './index';
import { CustomerNameDivisions1764000300000 } from './1764000300000-customer-name-divisions';

/** Migration 1764000300000 on customers entered before it, with the keys the old normalisation gave them. */
describe('migration: duplicate keys with one form of the administrative division', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      imports: [PermissionsModule, SettingsModule, CustomerModule],
      migrations: [...permissionsMigrations, ...settingsMigrations, ...approvalMigrations, ...customerMigrations],
    });
  });
  afterAll(() => t.close());

  let seq = 0;
  /** A customer as an older version stored it: the old key (legal form removed, division as written). */
  async function legacy(name: string, oldKey: string, options: { deleted?: boolean } = {}): Promise<string> {
    seq++;
    const [id] = await CustomerStore.insertRows(
      t.db,
      ['code', 'name', 'normalized_name', 'search_text', 'industry', 'address', 'phone', 'description', 'status', 'created_at', 'deleted_at'],
      `SELECT $1::text, $2::text, $3::text, $3::text, 'it', '地址', $4::text, '迁移', 'POOL', $5::timestamptz, $6::timestamptz`,
      [`MIG${seq}`, name, oldKey, `0514-8700${String(seq).padStart(4, '0')}`, new Date(Date.UTC(2025, 0, seq)), options.deleted ? new Date() : null],
    );
    return id;
  }

  const keyOf = async (id: string) => (await t.db.query(`SELECT normalized_name, search_text, version, updated_at FROM customer WHERE id = $1`, [id]))[0];

  it('recomputes the keys, keeps the first of two customers that now collide, and leaves search text and versions alone', async () => {
    await t.db.query(
      `INSERT INTO dictionary_item (type_code, code, label, label_en) VALUES ('legal-form', 'firm', '事务所', 'Firm')`,
    );
    const plain = await legacy('扬州市春意空调有限公司', '扬州市春意空调');
    const before = await keyOf(plain);
    // An unchanged holder of the new key wins over a customer that would move onto it.
    const holder = await legacy('（扬州）瑞丰机电有限公司', '扬州瑞丰机电');
    const blocked = await legacy('扬州市瑞丰机电有限公司', '扬州市瑞丰机电');
    // Two customers moving onto one key: the first entered gets it.
    const older = await legacy('江苏省扬州市宏达机械有限公司', '江苏省扬州市宏达机械');
    const younger = await legacy('扬州市宏达机械有限公司', '扬州市宏达机械');
    // Deleted customers hold no key: recomputed whatever the live ones hold.
    const deleted = await legacy('扬州春意空调有限公司', '扬州春意空调', { deleted: true });
    const deletedMoving = await legacy('扬州市瑞丰机电厂', '扬州市瑞丰机电', { deleted: true });
    // The legal-form dictionary applies as in the application.
    const firm = await legacy('扬州市明远事务所', '扬州市明远事务所');

    const runner = t.db.createQueryRunner();
    await runner.startTransaction();
    await new CustomerNameDivisions1764000300000().up(runner);
    await runner.commitTransaction();
    await runner.release();

    expect((await keyOf(plain)).normalized_name).toBe('扬州春意空调');
    expect(await keyOf(plain)).toMatchObject({ search_text: before.search_text, version: before.version, updated_at: before.updated_at });
    expect((await keyOf(holder)).normalized_name).toBe('扬州瑞丰机电');
    expect((await keyOf(blocked)).normalized_name).toBe('扬州市瑞丰机电');
    expect((await keyOf(older)).normalized_name).toBe('扬州宏达机械');
    expect((await keyOf(younger)).normalized_name).toBe('扬州市宏达机械');
    expect((await keyOf(deleted)).normalized_name).toBe('扬州春意空调');
    expect((await keyOf(deletedMoving)).normalized_name).toBe('扬州瑞丰机电');
    expect((await keyOf(firm)).normalized_name).toBe('扬州明远');
  });
});
