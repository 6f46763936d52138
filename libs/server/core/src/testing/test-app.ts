import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '../config/app-config';
import { CoreModule } from '../core.module';
import { coreMigrations } from '../migrations';
import { configureApp } from '../http/configure-app';
import { TestClock } from './test-clock';
import { createTestDatabase } from './test-database';

type MigrationClass = { new (): { name?: string } };

export interface TestApp {
  app: INestApplication;
  http: ReturnType<typeof request>;
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
  const config = loadConfig({}, { logLevel: 'silent', schedulerEnabled: false, jwtSecret: 'test-secret-test-secret-test-secret!', ...options.config });
  const moduleRef = await Test.createTestingModule({
    imports: [CoreModule.forRoot({ config, databaseUrl: database.url, migrations, clock }), ...options.imports],
    controllers: options.controllers ?? [],
    providers: options.providers ?? [],
  }).compile();
  const app = moduleRef.createNestApplication({ bufferLogs: true });
  configureApp(app, config);
  await app.init();
  const db = app.get<DataSource>(getDataSourceToken());
  return {
    app,
    http: request(app.getHttpServer()),
    clock,
    db,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
