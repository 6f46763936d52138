import { MigrationInterface, QueryRunner } from 'typeorm';

const FILTERS = 'status, level, grade, industry, region, source, next_contact_at';

/**
 * Index tuning at 1M customers (docs/performance.md):
 * - A scoped list page is read branch by branch (`owner_id = me`, `department_id IN …`; see
 *   dataScopeBranches). The owner and department indexes now carry the list's filter columns, so a
 *   branch's page and its capped count are index-only scans: a SELF rep's filtered page no longer
 *   fetches each of their customers from the heap to test status, region, level ….
 * - `sort=name` and `sort=-updatedAt` of one owner's customers get their own indexes (they walked the
 *   whole name/updated index filtering on the owner).
 * - `customer_updated_idx (updated_at, id)` is dropped: `customer_updated_sort_idx` serves the same
 *   `updatedSince` range for live customers, and every index costs each imported row.
 */
export class CustomerIndexTuning1763900006000 implements MigrationInterface {
  name = 'CustomerIndexTuning1763900006000';

  async up(q: QueryRunner): Promise<void> {
    for (const [name, lead] of [
      ['customer_owner_idx', 'owner_id'],
      ['customer_department_idx', 'department_id'],
    ] as const) {
      await q.query(`DROP INDEX IF EXISTS ${name}`);
      await q.query(
        `CREATE INDEX ${name} ON customer (${lead}, created_at DESC NULLS LAST, id DESC NULLS LAST) INCLUDE (${FILTERS}) WHERE deleted_at IS NULL`,
      );
    }
    await q.query(`CREATE INDEX customer_owner_name_idx ON customer (owner_id, name, id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX customer_owner_updated_idx ON customer (owner_id, updated_at DESC NULLS LAST, id DESC NULLS LAST) WHERE deleted_at IS NULL`);
    await q.query(`DROP INDEX IF EXISTS customer_updated_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX customer_updated_idx ON customer (updated_at, id)`);
    await q.query(`DROP INDEX customer_owner_updated_idx`);
    await q.query(`DROP INDEX customer_owner_name_idx`);
    for (const [name, lead] of [
      ['customer_owner_idx', 'owner_id'],
      ['customer_department_idx', 'department_id'],
    ] as const) {
      await q.query(`DROP INDEX ${name}`);
      await q.query(`CREATE INDEX ${name} ON customer (${lead}, created_at DESC NULLS LAST, id DESC NULLS LAST) WHERE deleted_at IS NULL`);
    }
  }
}
