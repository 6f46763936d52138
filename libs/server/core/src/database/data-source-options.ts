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
    extra: { max: poolSize },
    applicationName: 'kehu',
  };
}
