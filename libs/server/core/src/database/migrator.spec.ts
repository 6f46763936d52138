import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { createTestDatabase } from '../testing/test-database';
import { buildDataSourceOptions } from './data-source-options';
import { BaselineMigration, runMigrationsLocked } from './migrator';

class OldOther1700000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE other (id int PRIMARY KEY)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE other`);
  }
}

class OtherBaseline1700000000000 implements BaselineMigration {
  readonly replaces = ['OldOther1700000000000'];
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE other (id int PRIMARY KEY)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE other`);
  }
}

class OldFirst1700000000001 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE thing (id int PRIMARY KEY)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE thing`);
  }
}

class OldSecond1700000000002 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE thing ADD COLUMN label text`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE thing DROP COLUMN label`);
  }
}

class ThingBaseline1700000000001 implements BaselineMigration {
  readonly replaces = ['OldFirst1700000000001', 'OldSecond1700000000002'];
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE thing (id int PRIMARY KEY, label text)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE thing`);
  }
}

class Later1700000000003 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE thing ADD COLUMN added_later boolean`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE thing DROP COLUMN added_later`);
  }
}

describe('runMigrationsLocked and baselines', () => {
  const databases: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const drop of databases) await drop();
  });

  /** A new empty database migrated by `history` (if any), then `migrate(next)` with runMigrationsLocked. */
  async function databaseMigratedBy(history: Array<new () => MigrationInterface>) {
    const { url, drop } = await createTestDatabase([]);
    databases.push(drop);
    const at = async <T>(migrations: Array<new () => MigrationInterface>, fn: (db: DataSource) => Promise<T>): Promise<T> => {
      const db = await new DataSource(buildDataSourceOptions(url, migrations, 2)).initialize();
      try {
        return await fn(db);
      } finally {
        await db.destroy();
      }
    };
    if (history.length) await at(history, (db) => db.runMigrations({ transaction: 'each' }));
    return {
      migrate: (next: Array<new () => MigrationInterface>) => at(next, (db) => runMigrationsLocked(db)),
      recorded: () =>
        at([], async (db) => (await db.query(`SELECT name FROM migrations ORDER BY id`)).map((r: { name: string }) => r.name)),
      columns: () =>
        at([], async (db) =>
          (await db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'thing' ORDER BY ordinal_position`)).map(
            (r: { column_name: string }) => r.column_name,
          ),
        ),
    };
  }

  it('runs a baseline on a fresh database', async () => {
    const db = await databaseMigratedBy([]);
    expect(await db.migrate([ThingBaseline1700000000001, Later1700000000003])).toBe(2);
    expect(await db.recorded()).toEqual(['ThingBaseline1700000000001', 'Later1700000000003']);
    expect(await db.columns()).toEqual(['id', 'label', 'added_later']);
  });

  it('records without running it a baseline whose replaced history is applied, then runs the migrations after it', async () => {
    const db = await databaseMigratedBy([OldFirst1700000000001, OldSecond1700000000002]);
    // Running the baseline would fail: its table exists.
    expect(await db.migrate([ThingBaseline1700000000001, Later1700000000003])).toBe(1);
    expect(await db.recorded()).toEqual([
      'OldFirst1700000000001',
      'OldSecond1700000000002',
      'ThingBaseline1700000000001',
      'Later1700000000003',
    ]);
    expect(await db.columns()).toEqual(['id', 'label', 'added_later']);
    // Started again: nothing left to do.
    expect(await db.migrate([ThingBaseline1700000000001, Later1700000000003])).toBe(0);
  });

  it('refuses a database migrated by part of the replaced history, naming what is missing, and records nothing', async () => {
    const db = await databaseMigratedBy([OldOther1700000000000, OldFirst1700000000001]);
    await expect(db.migrate([OtherBaseline1700000000000, ThingBaseline1700000000001])).rejects.toThrow(
      /part of the history that ThingBaseline1700000000001 replaced \(missing: OldSecond1700000000002\)/,
    );
    expect(await db.recorded()).toEqual(['OldOther1700000000000', 'OldFirst1700000000001']);
  });
});
