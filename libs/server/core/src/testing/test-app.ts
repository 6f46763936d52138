import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '../config/app-config';
import { CoreModule } from '../core.module';
import { coreMigrations } from '../migrations';
import { configureApp } from '../http/configure-app';
import { buildOpenApiDocument } from '../openapi/openapi-document';
import { contractCheckedHttp } from './contract-checked-http';
import { OpenApiContract } from './openapi-contract';
import { TestClock } from './test-clock';
import { createTestDatabase } from './test-database';

type MigrationClass = { new (): { name?: string } };

export interface TestApp {
  app: INestApplication;
  /** supertest, every exchange checked against the documented contract (see contract-checked-http.ts). */
  http: ReturnType<typeof contractCheckedHttp>;
  clock: TestClock;
  db: DataSource;
  close(): Promise<void>;
}

/**
 * A real Nest application (same HTTP setup as production) on its own freshly migrated
 * PostgreSQL database, with a hand-moved clock.
 */
export async function createTestApp(options: {
  imports: Array<Type<unknown> | DynamicModule>;
  migrations: MigrationClass[];
  controllers?: Type<unknown>[];
  providers?: Parameters<typeof Test.createTestingModule>[0]['providers'];
  clock?: TestClock;
  config?: Partial<AppConfig>;
}): Promise<TestApp> {
  const migrations = [...coreMigrations, ...options.migrations];
  const database = await createTestDatabase(migrations);
  const clock = options.clock ?? new TestClock();
  // Uploaded files go to a folder of this app's own, removed on close.
  const dataDir = options.config?.dataDir ?? mkdtempSync(join(tmpdir(), 'kehu-test-data-'));
  const config = loadConfig({}, { logLevel: 'silent', schedulerEnabled: false, jwtSecret: 'test-secret-test-secret-test-secret!', dataDir, ...options.config });
  const moduleRef = await Test.createTestingModule({
    imports: [CoreModule.forRoot({ config, databaseUrl: database.url, migrations, clock }), ...options.imports],
    controllers: options.controllers ?? [],
    providers: options.providers ?? [],
  }).compile();
  const app = moduleRef.createNestApplication({ bufferLogs: true });
  configureApp(app, config);
  await app.init();
  const db = app.get<DataSource>(getDataSourceToken());
  const committed = OpenApiContract.committed();
  // Controllers only a test declares are checked against what they declare themselves.
  let own: OpenApiContract | undefined;
  const findOperation = (method: string, path: string) =>
    committed.match(method, path) ??
    (own ??= new OpenApiContract(buildOpenApiDocument(app), 'the test app’s own controllers')).match(method, path);
  return {
    app,
    http: contractCheckedHttp(app.getHttpServer(), findOperation, committed),
    clock,
    db,
    async close() {
      await app.close();
      await database.drop();
      if (!options.config?.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
