import type { MigrationInterface, QueryRunner } from 'typeorm';

const BUSINESS_COLUMNS = `
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  version int NOT NULL DEFAULT 1,
  created_by uuid`;

/**
 * Contracts (issue 21 items 3–6): the contract, its revisions (revision 1 is the contract as first
 * approved; each amendment 变更 is the next one, approved on its own), the product lines of every
 * revision, and attachments (core stored files). The contract row carries the figures of the
 * revision in force, so lists filter and sort by amount without a join.
 */
export class Contracts1764003100000 implements MigrationInterface {
  name = 'Contracts1764003100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE contract (${BUSINESS_COLUMNS},
        number text NOT NULL,
        number_id uuid NOT NULL CONSTRAINT fk_contract_number REFERENCES contract_number(id),
        customer_id uuid NOT NULL CONSTRAINT fk_contract_customer REFERENCES customer_profile(id),
        opportunity_id uuid CONSTRAINT fk_contract_opportunity REFERENCES opportunity(id),
        quote_id uuid CONSTRAINT fk_contract_quote REFERENCES quote(id),
        type text NOT NULL,
        title text NOT NULL,
        status text NOT NULL,
        custom_order boolean NOT NULL DEFAULT false,
        order_review_state text,
        signing_date date,
        start_date date,
        end_date date,
        our_signer_id uuid CONSTRAINT fk_contract_our_signer REFERENCES app_user(id),
        customer_signer text,
        payment_method text,
        payment_terms text,
        buyer_name text NOT NULL,
        buyer_tax_number text,
        buyer_bank text,
        buyer_bank_account text,
        buyer_address text,
        buyer_phone text,
        additional_terms text,
        header_discount_percent numeric(5,2) NOT NULL DEFAULT 0,
        subtotal numeric(18,2) NOT NULL,
        discount_total numeric(18,2) NOT NULL,
        net_total numeric(18,2) NOT NULL,
        tax_total numeric(18,2) NOT NULL,
        total numeric(18,2) NOT NULL,
        revision int NOT NULL DEFAULT 1,
        owner_id uuid NOT NULL CONSTRAINT fk_contract_owner REFERENCES app_user(id),
        department_id uuid,
        rejection_comment text,
        electronic boolean NOT NULL DEFAULT false,
        signed_at timestamptz,
        signed_by uuid,
        completed_at timestamptz,
        terminated_at timestamptz,
        termination_reason text,
        CONSTRAINT ck_contract_status CHECK (status IN ('DRAFT', 'PENDING_APPROVAL', 'APPROVED', 'ACTIVE', 'COMPLETED', 'TERMINATED')),
        CONSTRAINT ck_contract_order_review CHECK (order_review_state IN ('PENDING', 'PASSED', 'FAILED')),
        CONSTRAINT ck_contract_dates CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
        CONSTRAINT ck_contract_discount CHECK (header_discount_percent BETWEEN 0 AND 100),
        CONSTRAINT ck_contract_terminated CHECK (status <> 'TERMINATED' OR termination_reason IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX ux_contract_number ON contract (number) WHERE deleted_at IS NULL`);
    // Lists: newest first per owner (a rep), per department (a manager), and overall (finance, executives).
    await q.query(`CREATE INDEX ix_contract_owner ON contract (owner_id, created_at DESC, id DESC) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX ix_contract_department ON contract (department_id, created_at DESC, id DESC) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX ix_contract_created ON contract (created_at DESC, id DESC) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX ix_contract_customer ON contract (customer_id, created_at DESC) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX ix_contract_status ON contract (status, created_at DESC) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX ix_contract_total ON contract (total, id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX ix_contract_signing_date ON contract (signing_date, id) WHERE deleted_at IS NULL`);
    // The "ending soon" reminder reads only active contracts by end date.
    await q.query(`CREATE INDEX ix_contract_ending ON contract (owner_id, end_date) WHERE deleted_at IS NULL AND status = 'ACTIVE'`);
    await q.query(`CREATE INDEX ix_contract_opportunity ON contract (opportunity_id) WHERE opportunity_id IS NOT NULL`);
    await q.query(`CREATE INDEX ix_contract_quote ON contract (quote_id) WHERE quote_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE contract_revision (${BUSINESS_COLUMNS},
        contract_id uuid NOT NULL CONSTRAINT fk_contract_revision_contract REFERENCES contract(id),
        revision int NOT NULL,
        status text NOT NULL,
        reason text,
        additional_terms text,
        end_date date,
        header_discount_percent numeric(5,2) NOT NULL DEFAULT 0,
        subtotal numeric(18,2) NOT NULL,
        discount_total numeric(18,2) NOT NULL,
        net_total numeric(18,2) NOT NULL,
        tax_total numeric(18,2) NOT NULL,
        total numeric(18,2) NOT NULL,
        approved_at timestamptz,
        decision_comment text,
        CONSTRAINT ck_contract_revision_status CHECK (status IN ('DRAFT', 'PENDING_APPROVAL', 'APPROVED', 'REJECTED')),
        CONSTRAINT uq_contract_revision UNIQUE (contract_id, revision)
      )`);

    await q.query(`
      CREATE TABLE contract_line (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contract_id uuid NOT NULL CONSTRAINT fk_contract_line_contract REFERENCES contract(id),
        revision_id uuid NOT NULL CONSTRAINT fk_contract_line_revision REFERENCES contract_revision(id),
        line_no int NOT NULL,
        product_id uuid NOT NULL CONSTRAINT fk_contract_line_product REFERENCES product(id),
        product_code text NOT NULL,
        product_name text NOT NULL,
        unit text NOT NULL,
        quantity numeric(15,3) NOT NULL CONSTRAINT ck_contract_line_quantity CHECK (quantity > 0),
        list_price numeric(18,2) NOT NULL,
        unit_price numeric(18,2) NOT NULL CONSTRAINT ck_contract_line_unit_price CHECK (unit_price >= 0),
        discount_percent numeric(5,2) NOT NULL CONSTRAINT ck_contract_line_discount CHECK (discount_percent BETWEEN 0 AND 100),
        tax_rate numeric(5,2) NOT NULL,
        amount numeric(18,2) NOT NULL,
        net_amount numeric(18,2) NOT NULL,
        tax_amount numeric(18,2) NOT NULL,
        CONSTRAINT uq_contract_line_no UNIQUE (revision_id, line_no)
      )`);
    await q.query(`CREATE INDEX ix_contract_line_contract ON contract_line (contract_id)`);
    await q.query(`CREATE INDEX ix_contract_line_product ON contract_line (product_id)`);

    await q.query(`
      CREATE TABLE contract_attachment (${BUSINESS_COLUMNS},
        contract_id uuid NOT NULL CONSTRAINT fk_contract_attachment_contract REFERENCES contract(id),
        file_id uuid NOT NULL CONSTRAINT fk_contract_attachment_file REFERENCES stored_file(id),
        kind text NOT NULL,
        note text,
        CONSTRAINT ck_contract_attachment_kind CHECK (kind IN ('SIGNED_SCAN', 'OTHER'))
      )`);
    await q.query(`CREATE INDEX ix_contract_attachment_contract ON contract_attachment (contract_id, created_at DESC) WHERE deleted_at IS NULL`);

    // The contract chain gains the executive step (DOMAIN §6 "finance / an executive"); only a chain
    // nobody edited is changed (a seeded row has version 1 and no editor).
    await q.query(
      `UPDATE approval_chain SET steps = '[{"kind":"DEPARTMENT_MANAGER"},{"kind":"ROLE","roleCode":"finance"},{"kind":"ROLE","roleCode":"executive"}]'::jsonb
        WHERE subject_type = 'contract' AND updated_by IS NULL AND version = 1`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE contract_attachment`);
    await q.query(`DROP TABLE contract_line`);
    await q.query(`DROP TABLE contract_revision`);
    await q.query(`DROP TABLE contract`);
  }
}
