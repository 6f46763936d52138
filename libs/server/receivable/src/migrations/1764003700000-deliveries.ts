import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deliveries 交付 (issue 22 item 5): shipments per contract line, PLANNED → SHIPPED → DELIVERED →
 * ACCEPTED (or CANCELLED before delivery). A delivery names the line it was recorded against and
 * copies that line's number and product: an amendment replaces the lines of a contract with new rows,
 * and the delivery keeps counting against the line in force with the same number and product.
 */
export class Deliveries1764003700000 implements MigrationInterface {
  name = 'Deliveries1764003700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        version int NOT NULL DEFAULT 1,
        created_by uuid,
        contract_id uuid NOT NULL CONSTRAINT fk_delivery_contract REFERENCES contract(id),
        line_id uuid NOT NULL CONSTRAINT fk_delivery_line REFERENCES contract_line(id),
        line_no int NOT NULL,
        product_id uuid NOT NULL CONSTRAINT fk_delivery_product REFERENCES product(id),
        quantity numeric(15,3) NOT NULL,
        status text NOT NULL,
        planned_on date,
        shipped_on date,
        delivered_on date,
        accepted_on date,
        carrier text,
        tracking_note text,
        note text,
        CONSTRAINT ck_delivery_quantity CHECK (quantity > 0),
        CONSTRAINT ck_delivery_status CHECK (status IN ('PLANNED', 'SHIPPED', 'DELIVERED', 'ACCEPTED', 'CANCELLED'))
      )`);
    await q.query(`COMMENT ON TABLE delivery IS 'Deliveries of contract lines. The non-cancelled quantities of a line (by line number and product) never exceed its quantity in force: checked by the writer under a per-contract transaction lock'`);
    // A contract's deliveries, in the order they were recorded.
    await q.query(`CREATE INDEX ix_delivery_contract ON delivery (contract_id, created_at, id) WHERE deleted_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE delivery`);
  }
}
