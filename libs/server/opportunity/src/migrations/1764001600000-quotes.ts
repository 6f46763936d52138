import { MigrationInterface, QueryRunner } from 'typeorm';

const BUSINESS_COLUMNS = `
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  version int NOT NULL DEFAULT 1,
  created_by uuid`;

/** Quotes 报价单 of an opportunity, with their lines; a revision is a new row under the same number. */
export class Quotes1764001600000 implements MigrationInterface {
  name = 'Quotes1764001600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE quote (${BUSINESS_COLUMNS},
        number text NOT NULL,
        revision int NOT NULL DEFAULT 1,
        opportunity_id uuid NOT NULL CONSTRAINT quote_opportunity_id_fkey REFERENCES opportunity(id),
        status text NOT NULL CONSTRAINT quote_status_check CHECK (status IN ('DRAFT', 'SENT', 'ACCEPTED', 'REJECTED', 'EXPIRED')),
        valid_until date NOT NULL,
        header_discount_percent numeric(5,2) NOT NULL DEFAULT 0 CONSTRAINT quote_header_discount_check CHECK (header_discount_percent BETWEEN 0 AND 100),
        subtotal numeric(18,2) NOT NULL,
        discount_total numeric(18,2) NOT NULL,
        net_total numeric(18,2) NOT NULL,
        tax_total numeric(18,2) NOT NULL,
        total numeric(18,2) NOT NULL,
        note text,
        approval_state text CONSTRAINT quote_approval_state_check CHECK (approval_state IN ('PENDING', 'APPROVED', 'REJECTED')),
        sent_at timestamptz,
        decided_at timestamptz,
        superseded_by_id uuid CONSTRAINT quote_superseded_by_id_fkey REFERENCES quote(id)
      )`);
    await q.query(`CREATE UNIQUE INDEX quote_number_revision_uq ON quote (number, revision) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX quote_opportunity_idx ON quote (opportunity_id, created_at DESC, id DESC) WHERE deleted_at IS NULL`);
    // The daily expiry job: sent quotes by validity date.
    await q.query(`CREATE INDEX quote_expiry_idx ON quote (valid_until) WHERE deleted_at IS NULL AND status = 'SENT'`);

    await q.query(`
      CREATE TABLE quote_line (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        quote_id uuid NOT NULL CONSTRAINT quote_line_quote_id_fkey REFERENCES quote(id),
        line_no int NOT NULL,
        product_id uuid NOT NULL CONSTRAINT quote_line_product_id_fkey REFERENCES product(id),
        product_code text NOT NULL,
        product_name text NOT NULL,
        unit text NOT NULL,
        quantity numeric(15,3) NOT NULL CONSTRAINT quote_line_quantity_check CHECK (quantity > 0),
        list_price numeric(18,2) NOT NULL,
        unit_price numeric(18,2) NOT NULL CONSTRAINT quote_line_unit_price_check CHECK (unit_price >= 0),
        discount_percent numeric(5,2) NOT NULL CONSTRAINT quote_line_discount_check CHECK (discount_percent BETWEEN 0 AND 100),
        tax_rate numeric(5,2) NOT NULL,
        amount numeric(18,2) NOT NULL,
        net_amount numeric(18,2) NOT NULL,
        tax_amount numeric(18,2) NOT NULL,
        CONSTRAINT quote_line_no_uq UNIQUE (quote_id, line_no)
      )`);
    await q.query(`CREATE INDEX quote_line_product_idx ON quote_line (product_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE quote_line`);
    await q.query(`DROP TABLE quote`);
  }
}
