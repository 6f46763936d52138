import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A module's baseline migration, which replaced its migration history before any release: `replaces` names the
 * migrations it took the place of.
 */
export interface BaselineMigration extends MigrationInterface {
  readonly replaces: readonly string[];
}

function isBaseline(migration: MigrationInterface): migration is BaselineMigration {
  return Array.isArray((migration as Partial<BaselineMigration>).replaces);
}

/**
 * A database migrated by all of the history a baseline replaced already has the baseline's schema
 * (tools/schema-diff.mjs proves the two identical), so the baseline is recorded as applied instead of run,
 * and the migrations after it run as usual. A database that stopped part-way through that history cannot be
 * brought forward by the baseline: starting fails, saying so. The replaced migrations' rows stay, so a build
 * from before the baselines still runs on the same database.
 */
export async function recordBaselinesOfMigratedHistories(db: DataSource, runner: QueryRunner): Promise<string[]> {
  const table = db.options.migrationsTableName ?? 'migrations';
  if (!(await runner.hasTable(table))) return [];
  const executed = new Set((await runner.query(`SELECT name FROM "${table}"`)).map((r: { name: string }) => r.name));
  const toRecord: string[] = [];
  for (const baseline of db.migrations.filter(isBaseline)) {
    const name = baseline.name ?? baseline.constructor.name;
    if (executed.has(name)) continue;
    const applied = baseline.replaces.filter((replaced) => executed.has(replaced));
    if (applied.length === 0) continue;
    if (applied.length < baseline.replaces.length) {
      const missing = baseline.replaces.filter((replaced) => !executed.has(replaced));
      throw new Error(
        `This database was migrated by part of the history that ${name} replaced (missing: ${missing.join(', ')}). ` +
          'Migrate it with a build from before the baselines first, or recreate it (the embedded database: delete $KEHU_DATA_DIR/postgres).',
      );
    }
    toRecord.push(name);
  }
  // Only once every baseline is known to apply: a refused database is left as it was.
  for (const name of toRecord) {
    await runner.query(`INSERT INTO "${table}" ("timestamp", "name") VALUES ($1, $2)`, [Number(name.slice(-13)), name]);
  }
  return toRecord;
}

/** Applies pending migrations at start, under an advisory lock so replicas never race. */
export async function runMigrationsLocked(db: DataSource, log?: (m: string) => void): Promise<number> {
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock(hashtext('kehu-migrations'))`);
    for (const name of await recordBaselinesOfMigratedHistories(db, runner))
      log?.(`recorded baseline ${name}: the history it replaced is applied`);
    const applied = await db.runMigrations({ transaction: 'each' });
    for (const m of applied) log?.(`applied migration ${m.name}`);
    return applied.length;
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(hashtext('kehu-migrations'))`).catch(() => undefined);
    await runner.release();
  }
}

@Injectable()
export class DatabaseMigrator implements OnModuleInit {
  private readonly logger = new Logger('Database');

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async onModuleInit(): Promise<void> {
    await runMigrationsLocked(this.db, (m) => this.logger.log(m));
  }
}
