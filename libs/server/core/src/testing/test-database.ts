import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../database/data-source-options';

type MigrationClass = { new (): { name?: string } };

function adminUrl(): string {
  const url = process.env.KEHU_TEST_PG_URL;
  if (!url) throw new Error('KEHU_TEST_PG_URL is not set: run tests through jest with the Kehu preset');
  return url;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database for one test file, cloned from a template migrated once per migration set
 * (the first worker to need it builds it under an advisory lock).
 */
export async function createTestDatabase(migrations: MigrationClass[]): Promise<{ url: string; drop(): Promise<void> }> {
  const key = createHash('sha1')
    .update(migrations.map((m) => m.name).join(','))
    .digest('hex')
    .slice(0, 16);
  const template = `tpl_${key}`;
  await admin(async (client) => {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (!exists.rowCount) {
        await client.query(`CREATE DATABASE ${template}`);
        const ds = new DataSource(buildDataSourceOptions(withDatabase(adminUrl(), template), migrations, 2));
        await ds.initialize();
        try {
          await ds.runMigrations({ transaction: 'each' });
        } finally {
          await ds.destroy();
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [template]);
    }
  });
  const name = `t_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return {
    url: withDatabase(adminUrl(), name),
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
