import { MigrationInterface, QueryRunner } from 'typeorm';

/** An intent request awaiting its decision, shown like a pending extension (the UI disables the action). */
export class CustomerIntentPending1763900008000 implements MigrationInterface {
  name = 'CustomerIntentPending1763900008000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE customer ADD COLUMN intent_pending boolean NOT NULL DEFAULT false`);
    await q.query(`
      UPDATE customer c SET intent_pending = true
        FROM approval_request r
       WHERE r.subject_type = 'customer.intent' AND r.subject_id = c.id AND r.status = 'PENDING' AND r.deleted_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE customer DROP COLUMN intent_pending`);
  }
}
