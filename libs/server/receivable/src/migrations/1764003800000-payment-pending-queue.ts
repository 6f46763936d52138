import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The confirmation queue (`GET /payments?status=PENDING`, oldest first) as its own small index: pending
 * payments are a few per cent of the ledger, and the contract id rides along so that the capped count and a
 * rep's or manager's page (joined to the balance row for the data scope) read the index alone, not one
 * scattered heap page per pending payment (issue 22 benchmark, docs/performance.md "Receivables").
 */
export class PaymentPendingQueue1764003800000 implements MigrationInterface {
  name = 'PaymentPendingQueue1764003800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX ix_payment_pending ON payment (created_at, id) INCLUDE (contract_id) WHERE status = 'PENDING' AND deleted_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_payment_pending`);
  }
}
