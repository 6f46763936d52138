import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Plan vs actual (GET /reports/receivables-plan-vs-actual): confirmed entries by the day they were paid. */
export class ReceivableCollectionsIndex1764003620000 implements MigrationInterface {
  name = 'ReceivableCollectionsIndex1764003620000';

  async up(q: QueryRunner): Promise<void> {
    // Only confirmed, live entries count as collected; the report sums them over a range of months.
    await q.query(`CREATE INDEX ix_payment_collected ON payment (paid_on) INCLUDE (contract_id, amount) WHERE status = 'CONFIRMED' AND deleted_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_payment_collected`);
  }
}
