import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables that bulk imports and the reclaim job write by the ten thousand. */
const TABLES = ['customer', 'contact', 'customer_history'];

/**
 * Autovacuum by the percent, not the fifth, on the customer tables. PostgreSQL vacuums a table after
 * inserts of 20 % of it and analyses it after changes to 10 %: an import of 100k customers into a
 * million triggered neither, so the new rows stayed out of the visibility map (every list's
 * index-only scan fetched them from the heap: 100,005 heap fetches for one capped count) and out of
 * the planner's statistics, and lists slowed 3–10× until someone vacuumed (docs/performance.md).
 * At 2 % of a million customers, autovacuum follows an import of 20k rows within its next minute.
 */
export class CustomerAutovacuum1763900009000 implements MigrationInterface {
  name = 'CustomerAutovacuum1763900009000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await q.query(
        `ALTER TABLE ${table} SET (autovacuum_vacuum_insert_scale_factor = 0.02, autovacuum_vacuum_scale_factor = 0.05, autovacuum_analyze_scale_factor = 0.02)`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await q.query(
        `ALTER TABLE ${table} RESET (autovacuum_vacuum_insert_scale_factor, autovacuum_vacuum_scale_factor, autovacuum_analyze_scale_factor)`,
      );
    }
  }
}
