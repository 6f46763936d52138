import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../database/embedded-postgres';

/**
 * One embedded PostgreSQL per jest run. Workers reach it through KEHU_TEST_PG_URL and clone
 * a migrated template per test file (test-database.ts).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.KEHU_TEST_PG_URL) return;
  const dir = mkdtempSync(join(tmpdir(), 'kehu-test-pg-'));
  // initdb runs as the postgres user, which must be able to enter the directory.
  chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), persistent: false, database: 'postgres' });
  process.env.KEHU_TEST_PG_URL = pg.url;
  (globalThis as { __KEHU_PG__?: { stop(): Promise<void>; dir: string } }).__KEHU_PG__ = { stop: pg.stop, dir };
}
