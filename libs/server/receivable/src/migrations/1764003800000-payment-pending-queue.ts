import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Index-only paths for the confirmation queue (`GET /payments?status=PENDING`, oldest first), measured at
 * 100k contracts (docs/performance.md "Receivables"):
 * - pending payments as their own small index, with the contract id riding along: the capped count and a
 *   scoped page (joined to the balance row) read it alone instead of one scattered heap page per pending
 *   payment (a rep's count: 4,844 → 895 shared blocks);
 * - the balance row's owner and department indexes carry the contract id, so a rep's or manager's set of
 *   contracts — what every scoped receivable statement joins on — is read from the index, not from one
 *   heap page per contract (the 864 blocks left in that count).
 */
export class PaymentPendingQueue1764003800000 implements MigrationInterface {
  name = 'PaymentPendingQueue1764003800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX ix_payment_pending ON payment (created_at, id) INCLUDE (contract_id) WHERE status = 'PENDING' AND deleted_at IS NULL`);
    await q.query(`DROP INDEX ix_receivable_account_owner`);
    await q.query(`CREATE INDEX ix_receivable_account_owner ON receivable_account (owner_id, contract_id)`);
    await q.query(`DROP INDEX ix_receivable_account_department`);
    await q.query(`CREATE INDEX ix_receivable_account_department ON receivable_account (department_id, contract_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_receivable_account_department`);
    await q.query(`CREATE INDEX ix_receivable_account_department ON receivable_account (department_id)`);
    await q.query(`DROP INDEX ix_receivable_account_owner`);
    await q.query(`CREATE INDEX ix_receivable_account_owner ON receivable_account (owner_id)`);
    await q.query(`DROP INDEX ix_payment_pending`);
  }
}
