import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import {
  AppConfig,
  buildOpenApiDocument,
  ConfigError,
  configureApp,
  DataDirInUseError,
  JobRegistry,
  loadConfig,
  RunningPostgres,
  startEmbeddedPostgres,
} from '@kehu/server-core';
import { PermissionsSeeder } from '@kehu/server-permissions';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AppModule } from './app.module';
import { DemoHttp, playSalesDemo } from './demo/sales-chain.demo';

function defaultWebRoot(): string | undefined {
  const built = resolve(__dirname, '../web');
  return existsSync(join(built, 'index.html')) ? built : undefined;
}

async function startDatabase(config: AppConfig): Promise<{ url: string; embedded?: RunningPostgres }> {
  if (config.databaseUrl) return { url: config.databaseUrl };
  const dataDir = join(resolve(config.dataDir), 'postgres');
  const embedded = await startEmbeddedPostgres({ dataDir, port: Number(process.env.KEHU_PG_PORT) || undefined });
  return { url: embedded.url, embedded };
}

/** `main.js openapi <file>`: writes the OpenAPI document without serving (needs a database to boot). */
async function exportOpenApi(config: AppConfig, file: string): Promise<void> {
  // A throwaway database, so exporting never touches (or waits for) the real data directory.
  const scratch = mkdtempSync(join(tmpdir(), 'kehu-openapi-'));
  chmodSync(scratch, 0o755);
  const db = await startDatabase({ ...config, dataDir: scratch } as AppConfig);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, db.url), { logger: false });
  configureApp(app, config);
  await app.init();
  const document = buildOpenApiDocument(app);
  writeFileSync(file, JSON.stringify(document, null, 2) + '\n');
  await app.close();
  await db.embedded?.stop();
  rmSync(scratch, { recursive: true, force: true });
}

async function serve(config: AppConfig): Promise<void> {
  const started = Date.now();
  const db = await startDatabase(config);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, db.url), { bufferLogs: true }).catch(
    async (error) => {
      // A failed boot (bad migration, unreachable database…) must not leave the embedded database behind.
      await db.embedded?.stop();
      throw error;
    },
  );
  configureApp(app, config);
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} received: stopping Kehu…`);
    try {
      await app.close();
    } finally {
      await db.embedded?.stop();
      console.log('Kehu stopped.');
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  try {
    await app.listen(config.port);
  } catch (error) {
    // e.g. EADDRINUSE: never leave the embedded database running behind us.
    await app.close().catch(() => undefined);
    await db.embedded?.stop();
    throw error;
  }
  if (config.schedulerEnabled) app.get(JobRegistry).startSchedules();
  const url = `http://localhost:${config.port}`;
  if (config.demo) await seedSalesDemo(`http://127.0.0.1:${config.port}/api/v1`);
  const seeder = app.get(PermissionsSeeder);
  const lines = [
    `Kehu CRM is ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    `  App:      ${url}/${config.webRoot ? '' : '  (SPA not built: run npm run build)'}`,
    `  API:      ${url}/api/v1`,
    `  API docs: ${url}/api/docs`,
    `  Database: ${db.embedded ? `embedded PostgreSQL, data in ${resolve(config.dataDir, 'postgres')}` : 'DATABASE_URL'}`,
  ];
  if (seeder.generatedAdminPassword) {
    lines.push('', `  First start: user "admin", password "${seeder.generatedAdminPassword}"`, '  (shown this once; set KEHU_ADMIN_PASSWORD to choose it)');
  }
  console.log(['', ...lines, ''].join('\n'));
}

/** `npm run demo`: the demo's sales chain, played through the API just started (see demo/sales-chain.demo.ts). */
async function seedSalesDemo(base: string): Promise<void> {
  const http: DemoHttp = async (method, path, token, body) => {
    const res = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
  // Demo data is a nicety: a failure is reported, it does not stop the server.
  try {
    const outcome = await playSalesDemo(http);
    if (outcome === 'seeded') console.log('Setup: seeded the demo sales chain (opportunities, contracts, payments, deliveries)');
    if (outcome === 'not-ready') console.warn('Setup: demo sales chain not seeded: demo users or demo products missing');
  } catch (error) {
    console.error(`Setup: demo sales chain not seeded: ${(error as Error).message}`);
  }
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig(process.env, { webRoot: process.env.KEHU_WEB_ROOT || defaultWebRoot() });
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const [command, file] = process.argv.slice(2);
  if (command === 'openapi') {
    config.logLevel = 'silent';
    config.schedulerEnabled = false;
    await exportOpenApi(config, resolve(file ?? 'apps/api/openapi.json'));
    return;
  }
  await serve(config);
}

main().catch((error) => {
  if (error instanceof DataDirInUseError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error ?? 'Kehu stopped on an unknown error');
  process.exit(1);
});
