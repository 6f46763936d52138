import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The trigger function behind every replica-local cache (NotifiedCache): a statement trigger created
 * with the cache's channel as argument notifies it when the change commits, naming the table.
 */
export class NotifyCacheChanged1763900012500 implements MigrationInterface {
  name = 'NotifyCacheChanged1763900012500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION notify_cache_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify(TG_ARGV[0], TG_TABLE_NAME);
        RETURN NULL;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION notify_cache_changed()`);
  }
}
