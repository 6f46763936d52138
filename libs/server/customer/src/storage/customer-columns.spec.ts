import { approvalMigrations } from '@kehu/server-approval';
import { buildDataSourceOptions, coreMigrations } from '@kehu/server-core';
import { createTestDatabase } from '@kehu/server-core/testing';
import { permissionsMigrations } from '@kehu/server-permissions';
import { settingsMigrations } from '@kehu/server-settings';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { Customer } from '../entities/customer.entity';
import { customerMigrations } from '../migrations';
import { POOL_PROFILE_KEYS, PROFILE_COLUMNS, STATE_COLUMNS } from './customer-columns';

/** The column list that the store routes writes by agrees with the migrated tables, the view and the entity. */
describe('customer storage columns', () => {
  let client: Client;
  let drop: () => Promise<void>;
  let url: string;

  beforeAll(async () => {
    const database = await createTestDatabase([...coreMigrations, ...permissionsMigrations, ...settingsMigrations, ...approvalMigrations, ...customerMigrations]);
    drop = database.drop;
    url = database.url;
    client = new Client({ connectionString: url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await drop();
  });

  const columnsOf = async (relation: string) =>
    (await client.query(`SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position`, [relation])).rows.map(
      (r) => r.column_name as string,
    );

  it('customer_profile holds id and PROFILE_COLUMNS; customer_state the lifecycle, its copies of created/deleted and the pool keys', async () => {
    expect((await columnsOf('customer_profile')).sort()).toEqual(['id', ...PROFILE_COLUMNS].sort());
    expect((await columnsOf('customer_state')).sort()).toEqual(['id', 'created_at', 'deleted_at', ...STATE_COLUMNS, ...POOL_PROFILE_KEYS].sort());
  });

  it('the customer view shows every listed column, and the entity maps exactly those', async () => {
    const view = await columnsOf('customer');
    expect(view.sort()).toEqual(['id', ...PROFILE_COLUMNS, ...STATE_COLUMNS].sort());
    const db = new DataSource({ ...buildDataSourceOptions(url, []), entities: [Customer] });
    await db.initialize();
    try {
      expect(db.getMetadata(Customer).columns.map((c) => c.databaseName).sort()).toEqual(view.sort());
    } finally {
      await db.destroy();
    }
  });

  it('the view is read-only: a write through it fails instead of taking a path the store does not see', async () => {
    await expect(client.query(`UPDATE customer SET name = 'x' WHERE false`)).rejects.toThrow(/cannot update view/);
    await expect(client.query(`INSERT INTO customer (code, name) VALUES ('X', 'x')`)).rejects.toThrow(/cannot insert into view/);
  });
});
