import { MigrationInterface, QueryRunner } from 'typeorm';

const FILTERS = 'status, review_state, level, grade, industry, region, source';

/**
 * The customer list sorted by last or next contact reads the customers that have one along these
 * indexes, the others only when those do not fill the page (customers.service.ts, as for the
 * protection deadline). The last-contact index held every customer without the id tie-breaker, so
 * the descending sort could not walk it (1.6 s a page at 1M); no index had every customer's next
 * contact in order (only each owner's): 1.1–1.3 s a page. The `lastContactFrom/To` filters imply a
 * last contact and still range over its index.
 */
export class CustomerContactSortIndexes1763900020000 implements MigrationInterface {
  name = 'CustomerContactSortIndexes1763900020000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX customer_last_contact_idx`);
    await q.query(
      `CREATE INDEX customer_last_contact_idx ON customer (last_contact_at, id) INCLUDE (${FILTERS}) WHERE deleted_at IS NULL AND last_contact_at IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX customer_next_contact_sort_idx ON customer (next_contact_at, id) INCLUDE (${FILTERS}) WHERE deleted_at IS NULL AND next_contact_at IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX customer_next_contact_sort_idx`);
    await q.query(`DROP INDEX customer_last_contact_idx`);
    await q.query(`CREATE INDEX customer_last_contact_idx ON customer (last_contact_at) WHERE deleted_at IS NULL`);
  }
}
