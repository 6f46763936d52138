import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The instalment (overdue) list GET /receivable-instalments: an index for each of its sorts and its search. */
export class ReceivableInstalmentList1764003600000 implements MigrationInterface {
  name = 'ReceivableInstalmentList1764003600000';

  async up(q: QueryRunner): Promise<void> {
    // Sort by due date (the default) with the id as the page's tie-breaker; also the due-date filters. Live rows only.
    await q.query(`DROP INDEX ix_receivable_instalment_due_date`);
    await q.query(`CREATE INDEX ix_receivable_instalment_due_date ON receivable_instalment (due_date, id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX ix_receivable_instalment_amount ON receivable_instalment (amount, id) WHERE deleted_at IS NULL`);
    // The list sorts by contract number, and `q` is a contract number's prefix (LIKE 'HT2026%', as the contract list's search on ux_contract_number).
    await q.query(`CREATE INDEX ix_receivable_account_number ON receivable_account (contract_number)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_receivable_account_number`);
    await q.query(`DROP INDEX ix_receivable_instalment_amount`);
    await q.query(`DROP INDEX ix_receivable_instalment_due_date`);
    await q.query(`CREATE INDEX ix_receivable_instalment_due_date ON receivable_instalment (due_date) WHERE deleted_at IS NULL`);
  }
}
