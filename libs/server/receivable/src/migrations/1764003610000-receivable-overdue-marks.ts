import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The overdue job's mark 回款预警 (issue 22 item 4): when the job (or a write on the contract) found the
 * instalment past its due date and not fully paid. The state itself stays derived from the ledger.
 */
export class ReceivableOverdueMarks1764003610000 implements MigrationInterface {
  name = 'ReceivableOverdueMarks1764003610000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE receivable_instalment ADD COLUMN overdue_since timestamptz`);
    await q.query(
      `COMMENT ON COLUMN receivable_instalment.overdue_since IS 'When the instalment was found overdue (due date passed in the business time zone, not fully paid); null otherwise. Set by the receivable-overdue job and by writes on the contract, cleared when paid; readers still check the ledger'`,
    );
    // The marked instalments by due date: the overdue list, the warnings, aging, and the job's clearing pass.
    // Soft-deleted rows stay in it until the job clears their mark (readers skip them).
    await q.query(`CREATE INDEX ix_receivable_instalment_overdue ON receivable_instalment (due_date, id) WHERE overdue_since IS NOT NULL`);
    // The job's marking pass: live instalments not marked yet, by due date.
    await q.query(`CREATE INDEX ix_receivable_instalment_unmarked ON receivable_instalment (due_date) WHERE overdue_since IS NULL AND deleted_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_receivable_instalment_unmarked`);
    await q.query(`DROP INDEX ix_receivable_instalment_overdue`);
    await q.query(`ALTER TABLE receivable_instalment DROP COLUMN overdue_since`);
  }
}
