import type { DataSourceOptions, MixedList } from 'typeorm';
import { AuditSubscriber } from '../audit/audit.subscriber';
import { SnakeNamingStrategy } from './naming-strategy';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type MigrationList = MixedList<Function>;

/** One place that says how Kehu talks to PostgreSQL; `synchronize` is never on. */
export function buildDataSourceOptions(url: string, migrations: MigrationList, poolSize = 20): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    namingStrategy: new SnakeNamingStrategy(),
    migrations,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    synchronize: false,
    subscribers: [AuditSubscriber],
    // Idle connections are kept 10 minutes (pg's default: 10 s): a new backend pays a page fault on its
    // first touch of each page of the shared cache (docs/performance.md, "connection churn").
    extra: { max: poolSize, idleTimeoutMillis: 600_000 },
    applicationName: 'kehu',
  };
}
