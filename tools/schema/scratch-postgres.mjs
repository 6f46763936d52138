// A throwaway embedded PostgreSQL (the server Kehu runs on, started by core's own launcher) and
// databases migrated in it by TypeORM, as the API migrates at start.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import ts from 'typescript';
import { DataSource } from 'typeorm';
import { root } from './migration-sets.mjs';

/** core's launcher (libs/server/core/src/database/embedded-postgres.ts), transpiled: it imports node's modules only. */
function launcher() {
  const source = readFileSync(join(root, 'libs/server/core/src/database/embedded-postgres.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  const out = join(root, 'node_modules/.cache/kehu-schema/launcher');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'embedded-postgres.js'), outputText);
  return createRequire(join(out, 'index.js'))('./embedded-postgres.js');
}

/** Runs `fn(server)` against a fresh PostgreSQL, then removes it whatever happened. */
export async function withScratchPostgres(fn) {
  const dir = mkdtempSync(join(tmpdir(), 'kehu-schema-'));
  // initdb runs as the postgres user, which must be able to enter the directory.
  chmodSync(dir, 0o755);
  const { startEmbeddedPostgres } = launcher();
  const server = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), persistent: false, database: 'postgres' });
  try {
    return await fn({
      /** A new database migrated by `migrations`; returns its URL. */
      async migrated(name, migrations) {
        const admin = new pg.Client({ connectionString: server.url });
        await admin.connect();
        await admin.query(`CREATE DATABASE ${name}`).finally(() => admin.end());
        const url = server.url.replace(/\/[^/]*$/, `/${name}`);
        const db = new DataSource({
          type: 'postgres',
          url,
          migrations,
          migrationsTransactionMode: 'each',
          synchronize: false,
          logging: false,
        });
        await db.initialize();
        try {
          await db.runMigrations({ transaction: 'each' });
        } finally {
          await db.destroy();
        }
        return url;
      },
    });
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
