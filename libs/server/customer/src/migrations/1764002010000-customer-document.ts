import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Customer documents 文档管理 (issue 21, seed 000): files filed under a customer. */
export class CustomerDocument1764002010000 implements MigrationInterface {
  name = 'CustomerDocument1764002010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE customer_document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        version int NOT NULL DEFAULT 1,
        created_by uuid,
        customer_id uuid NOT NULL CONSTRAINT fk_customer_document_customer REFERENCES customer_profile (id),
        file_id uuid NOT NULL CONSTRAINT fk_customer_document_file REFERENCES stored_file (id),
        note text,
        CONSTRAINT ck_customer_document_note CHECK (char_length(note) <= 500)
      )`);
    // A customer's documents, newest first; deleted ones are never listed.
    await q.query(`CREATE INDEX ix_customer_document_customer ON customer_document (customer_id, created_at DESC, id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX ix_customer_document_file ON customer_document (file_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE customer_document`);
  }
}
