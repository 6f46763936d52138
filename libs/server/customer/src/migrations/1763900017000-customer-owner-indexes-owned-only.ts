import { MigrationInterface, QueryRunner } from 'typeorm';

const FILTERS = 'status, level, grade, industry, region, source, next_contact_at';

/** The indexes led by the owner, as they were before and as they are now (owned customers only). */
const OWNER_INDEXES = [
  ['customer_owner_idx', `(owner_id, created_at DESC NULLS LAST, id DESC NULLS LAST) INCLUDE (${FILTERS})`, 'deleted_at IS NULL'],
  ['customer_owner_name_idx', '(owner_id, name, id)', 'deleted_at IS NULL'],
  ['customer_owner_updated_idx', '(owner_id, updated_at DESC NULLS LAST, id DESC NULLS LAST)', 'deleted_at IS NULL'],
  ['customer_next_contact_idx', '(owner_id, next_contact_at)', 'deleted_at IS NULL AND next_contact_at IS NOT NULL'],
] as const;

/**
 * The owner-led indexes hold owned customers only. They serve `owner_id = …` (a rep's own branch of a
 * list, "mine", the next-contact reminders), which never matches a customer without an owner, so the
 * entries of pool customers were never read. Every row the reclaim job releases took a new entry in
 * each of them all the same (an update that changes an indexed column writes the new row version into
 * every index whose predicate it meets). 100k released among 1M: 22.6–23.1 s → 20.9–21.1 s, and the
 * indexes shrink by the pool's share of customers (docs/performance.md, session 7).
 */
export class CustomerOwnerIndexesOwnedOnly1763900017000 implements MigrationInterface {
  name = 'CustomerOwnerIndexesOwnedOnly1763900017000';

  async up(q: QueryRunner): Promise<void> {
    for (const [name, columns, where] of OWNER_INDEXES) {
      await q.query(`DROP INDEX ${name}`);
      await q.query(`CREATE INDEX ${name} ON customer ${columns} WHERE ${where} AND owner_id IS NOT NULL`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [name, columns, where] of OWNER_INDEXES) {
      await q.query(`DROP INDEX ${name}`);
      await q.query(`CREATE INDEX ${name} ON customer ${columns} WHERE ${where}`);
    }
  }
}
