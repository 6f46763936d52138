import type { MigrationInterface, QueryRunner } from 'typeorm';

const BUSINESS_COLUMNS = `
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  version int NOT NULL DEFAULT 1,
  created_by uuid`;

/**
 * Receivables (issue 22): a balance row per contract, its instalments 回款计划, payments 回款记录 and
 * their allocations to instalments. What was received is never stored as a figure: it is the sum of
 * the allocations, which exist only for confirmed payments and their reversals.
 */
export class Receivables1764003510000 implements MigrationInterface {
  name = 'Receivables1764003510000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE receivable_account (
        contract_id uuid PRIMARY KEY CONSTRAINT fk_receivable_account_contract REFERENCES contract(id),
        contract_number text NOT NULL,
        customer_id uuid NOT NULL CONSTRAINT fk_receivable_account_customer REFERENCES customer_profile(id),
        owner_id uuid NOT NULL CONSTRAINT fk_receivable_account_owner REFERENCES app_user(id),
        department_id uuid CONSTRAINT fk_receivable_account_department REFERENCES department(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`COMMENT ON TABLE receivable_account IS 'The balance row of a contract: every write that changes what is planned, owed or received on the contract locks it first (FOR UPDATE), so those writes are serialised per contract. Owner and department are the contract''s, copied for the data scope'`);
    await q.query(`CREATE INDEX ix_receivable_account_owner ON receivable_account (owner_id)`);
    await q.query(`CREATE INDEX ix_receivable_account_department ON receivable_account (department_id)`);
    await q.query(`CREATE INDEX ix_receivable_account_customer ON receivable_account (customer_id)`);

    await q.query(`
      CREATE TABLE receivable_instalment (${BUSINESS_COLUMNS},
        contract_id uuid NOT NULL CONSTRAINT fk_receivable_instalment_account REFERENCES receivable_account(contract_id),
        number int NOT NULL,
        due_date date NOT NULL,
        amount numeric(18,2) NOT NULL,
        note text,
        CONSTRAINT ck_receivable_instalment_amount CHECK (amount > 0),
        CONSTRAINT ck_receivable_instalment_number CHECK (number > 0)
      )`);
    // The plan of a contract in allocation order (oldest due first); live rows only.
    await q.query(`CREATE INDEX ix_receivable_instalment_contract ON receivable_instalment (contract_id, due_date, number) WHERE deleted_at IS NULL`);
    // Overdue and aging scans by due date; live rows only.
    await q.query(`CREATE INDEX ix_receivable_instalment_due_date ON receivable_instalment (due_date) WHERE deleted_at IS NULL`);

    await q.query(`
      CREATE TABLE payment (${BUSINESS_COLUMNS},
        contract_id uuid NOT NULL CONSTRAINT fk_payment_account REFERENCES receivable_account(contract_id),
        instalment_id uuid CONSTRAINT fk_payment_instalment REFERENCES receivable_instalment(id),
        kind text NOT NULL,
        status text NOT NULL,
        amount numeric(18,2) NOT NULL,
        paid_on date NOT NULL,
        method text NOT NULL,
        payer_account text,
        handler_id uuid CONSTRAINT fk_payment_handler REFERENCES app_user(id),
        note text,
        attachment_file_id uuid CONSTRAINT fk_payment_attachment REFERENCES stored_file(id),
        reverses_id uuid CONSTRAINT fk_payment_reverses REFERENCES payment(id),
        reason text,
        decided_by uuid CONSTRAINT fk_payment_decided_by REFERENCES app_user(id),
        decided_at timestamptz,
        CONSTRAINT ck_payment_kind CHECK (kind IN ('PAYMENT', 'REVERSAL')),
        CONSTRAINT ck_payment_status CHECK (status IN ('PENDING', 'CONFIRMED', 'REJECTED')),
        CONSTRAINT ck_payment_entry CHECK (
          (kind = 'PAYMENT' AND amount > 0 AND reverses_id IS NULL)
          OR (kind = 'REVERSAL' AND amount < 0 AND reverses_id IS NOT NULL AND status = 'CONFIRMED' AND reason IS NOT NULL)),
        CONSTRAINT uq_payment_reverses UNIQUE (reverses_id)
      )`);
    await q.query(`COMMENT ON CONSTRAINT uq_payment_reverses ON payment IS 'A confirmed payment is reversed at most once'`);
    await q.query(`CREATE INDEX ix_payment_contract ON payment (contract_id, created_at, id)`);
    // The confirmation queue (PENDING, oldest first) and lists by status.
    await q.query(`CREATE INDEX ix_payment_status ON payment (status, created_at, id)`);

    await q.query(`
      CREATE TABLE payment_allocation (
        payment_id uuid NOT NULL CONSTRAINT fk_payment_allocation_payment REFERENCES payment(id),
        instalment_id uuid NOT NULL CONSTRAINT fk_payment_allocation_instalment REFERENCES receivable_instalment(id),
        amount numeric(18,2) NOT NULL,
        CONSTRAINT pk_payment_allocation PRIMARY KEY (payment_id, instalment_id),
        CONSTRAINT ck_payment_allocation_amount CHECK (amount <> 0)
      )`);
    await q.query(`COMMENT ON TABLE payment_allocation IS 'How a confirmed payment (positive) or its reversal (negative) is spread over instalments; written when the payment is confirmed or reversed, so the sum per instalment is what it received'`);
    // An instalment's received amount: an index-only sum.
    await q.query(`CREATE INDEX ix_payment_allocation_instalment ON payment_allocation (instalment_id) INCLUDE (amount)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE payment_allocation`);
    await q.query(`DROP TABLE payment`);
    await q.query(`DROP TABLE receivable_instalment`);
    await q.query(`DROP TABLE receivable_account`);
  }
}
