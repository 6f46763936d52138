import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contract numbers (issue 21): a counter row per month, and every number ever issued — reserved,
 * used or void — so the sequence has no unexplained gap.
 */
export class ContractNumbers1764002020000 implements MigrationInterface {
  name = 'ContractNumbers1764002020000';

  async up(q: QueryRunner): Promise<void> {
    // One row per month; issuing a number updates it, and the row lock serialises issuers, so
    // numbers are consecutive and a rolled-back issue gives its number back (no max()+1 races).
    await q.query(`
      CREATE TABLE contract_number_counter (
        period char(6) PRIMARY KEY,
        last_seq int NOT NULL,
        CONSTRAINT ck_contract_number_counter_period CHECK (period ~ '^[0-9]{6}$'),
        CONSTRAINT ck_contract_number_counter_last_seq CHECK (last_seq >= 1)
      )`);
    await q.query(`
      CREATE TABLE contract_number (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        version int NOT NULL DEFAULT 1,
        created_by uuid,
        number text NOT NULL,
        period char(6) NOT NULL,
        seq int NOT NULL,
        status text NOT NULL,
        owner_id uuid NOT NULL,
        department_id uuid,
        reserved_at timestamptz,
        expires_at timestamptz,
        used_at timestamptz,
        voided_at timestamptz,
        void_reason text,
        CONSTRAINT ck_contract_number_status CHECK (status IN ('RESERVED', 'USED', 'VOID')),
        CONSTRAINT ck_contract_number_reserved CHECK (status <> 'RESERVED' OR expires_at IS NOT NULL),
        CONSTRAINT ck_contract_number_void CHECK (status <> 'VOID' OR voided_at IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX ux_contract_number_number ON contract_number (number)`);
    await q.query(`CREATE UNIQUE INDEX ux_contract_number_period_seq ON contract_number (period, seq)`);
    // "My numbers" and a manager's departments', newest (highest number) first.
    await q.query(`CREATE INDEX ix_contract_number_owner ON contract_number (owner_id, period DESC, seq DESC)`);
    await q.query(`CREATE INDEX ix_contract_number_department ON contract_number (department_id, period DESC, seq DESC)`);
    // The expiry job reads only live reservations that are due.
    await q.query(`CREATE INDEX ix_contract_number_expiring ON contract_number (expires_at) WHERE status = 'RESERVED'`);
    // The auditors' list of voids, in number order.
    await q.query(`CREATE INDEX ix_contract_number_voids ON contract_number (period, seq) WHERE status = 'VOID'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE contract_number`);
    await q.query(`DROP TABLE contract_number_counter`);
  }
}
