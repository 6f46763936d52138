import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pool page's filters (`/customers/pool?poolReason=…&industry=…`). Most of the pool expired; the
 * abandoned and rejected customers are a few percent of it, and finding them walked the pool index
 * checking each row (or the planner scanned the whole table): 2.0–4.7 s for a reason no pool customer
 * had, among 1M customers. They get an index of their own; the expired ones are left out of it — the
 * pool index finds them at once — so a reclaim job's release of 100k expired customers adds no entry.
 * The pool index carries the filter columns, so that a filtered page and its capped count are read
 * from it alone: counting 1,000 expired customers was a bitmap scan of the whole pool (49 ms for 50,000).
 * The pool page's name column (the SPA's other sort) gets a walk of its own, filters included: along
 * every customer's name index a filter was checked on each row until 20 pool ones matched — 0.14–3.4 s
 * for `industry=hvac&sort=name`, whose matches sort late. Each customer the reclaim job releases
 * enters this one more index.
 */
export class CustomerPoolFilterIndexes1763900021000 implements MigrationInterface {
  name = 'CustomerPoolFilterIndexes1763900021000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX customer_pool_reason_idx ON customer (pool_reason, pool_entered_at DESC NULLS LAST, id DESC NULLS LAST)
        WHERE deleted_at IS NULL AND status = 'POOL' AND pool_reason <> 'EXPIRED'`,
    );
    await q.query(`DROP INDEX customer_pool_idx`);
    await q.query(
      `CREATE INDEX customer_pool_idx ON customer (pool_entered_at DESC NULLS LAST, id DESC NULLS LAST) INCLUDE (pool_reason, industry, region, level, grade)
        WHERE deleted_at IS NULL AND status = 'POOL'`,
    );
    await q.query(
      `CREATE INDEX customer_pool_name_idx ON customer (name, id) INCLUDE (pool_reason, industry, region, level, grade)
        WHERE deleted_at IS NULL AND status = 'POOL'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX customer_pool_name_idx`);
    await q.query(`DROP INDEX customer_pool_reason_idx`);
    await q.query(`DROP INDEX customer_pool_idx`);
    await q.query(
      `CREATE INDEX customer_pool_idx ON customer (pool_entered_at DESC NULLS LAST, id DESC NULLS LAST) WHERE deleted_at IS NULL AND status = 'POOL'`,
    );
  }
}
