import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * List sorts found by EXPLAIN at scale (docs/performance.md): the list orders by
 * `<column> DESC NULLS LAST, id DESC NULLS LAST`, which a plain `DESC` index (NULLS FIRST) cannot
 * serve, so every page sorted all visible rows. These indexes match the list's ORDER BY exactly;
 * `sort=name` and `sort=-updatedAt` had no index at all.
 */
export class CustomerSearchIndexes1763900005000 implements MigrationInterface {
  name = 'CustomerSearchIndexes1763900005000';

  async up(q: QueryRunner): Promise<void> {
    for (const [name, lead] of [
      ['customer_created_idx', ''],
      ['customer_owner_idx', 'owner_id, '],
      ['customer_department_idx', 'department_id, '],
    ] as const) {
      await q.query(`DROP INDEX IF EXISTS ${name}`);
      await q.query(`CREATE INDEX ${name} ON customer (${lead}created_at DESC NULLS LAST, id DESC NULLS LAST) WHERE deleted_at IS NULL`);
    }
    await q.query(`CREATE INDEX customer_name_sort_idx ON customer (name, id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX customer_updated_sort_idx ON customer (updated_at DESC NULLS LAST, id DESC NULLS LAST) WHERE deleted_at IS NULL`);
    // Search matches a contact's exact name (one branch of the list's `q`).
    await q.query(`CREATE INDEX contact_name_idx ON contact (name) WHERE deleted_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX contact_name_idx`);
    await q.query(`DROP INDEX customer_updated_sort_idx`);
    await q.query(`DROP INDEX customer_name_sort_idx`);
    for (const [name, lead] of [
      ['customer_created_idx', ''],
      ['customer_owner_idx', 'owner_id, '],
      ['customer_department_idx', 'department_id, '],
    ] as const) {
      await q.query(`DROP INDEX ${name}`);
      await q.query(`CREATE INDEX ${name} ON customer (${lead}created_at DESC, id) WHERE deleted_at IS NULL`);
    }
  }
}
