import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pool list sorts `pool_entered_at DESC NULLS LAST, id DESC NULLS LAST` (every list puts nulls last),
 * which the pool index `(pool_entered_at DESC, id)` — nulls first, id ascending — cannot give: each pool
 * page sorted the whole pool, 1.3 s with 265k customers in it (docs/performance.md).
 */
export class CustomerPoolIndex1763900011000 implements MigrationInterface {
  name = 'CustomerPoolIndex1763900011000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS customer_pool_idx`);
    await q.query(
      `CREATE INDEX customer_pool_idx ON customer (pool_entered_at DESC NULLS LAST, id DESC NULLS LAST) WHERE deleted_at IS NULL AND status = 'POOL'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX customer_pool_idx`);
    await q.query(`CREATE INDEX customer_pool_idx ON customer (pool_entered_at DESC, id) WHERE deleted_at IS NULL AND status = 'POOL'`);
  }
}
