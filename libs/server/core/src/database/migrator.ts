import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Applies pending migrations at start, under an advisory lock so replicas never race. */
export async function runMigrationsLocked(db: DataSource, log?: (m: string) => void): Promise<number> {
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock(hashtext('kehu-migrations'))`);
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
