import { MigrationInterface, QueryRunner } from 'typeorm';

const BUSINESS_COLUMNS = `
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  version int NOT NULL DEFAULT 1,
  created_by uuid`;

/** The product catalogue (DOMAIN §5): product lines as a materialised-path tree, and products mirrored from the ERP. */
export class ProductCatalogue1764001400000 implements MigrationInterface {
  name = 'ProductCatalogue1764001400000';

  async up(q: QueryRunner): Promise<void> {
    // The customer baseline creates it too; the catalogue does not depend on the customer module.
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE TABLE product_category (${BUSINESS_COLUMNS},
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        parent_id uuid REFERENCES product_category(id),
        path text NOT NULL,
        sort_order int NOT NULL DEFAULT 0
      )`);
    await q.query(`CREATE INDEX product_category_path_idx ON product_category (path text_pattern_ops)`);
    await q.query(
      `CREATE UNIQUE INDEX product_category_sibling_uq ON product_category (coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), name) WHERE deleted_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE product (${BUSINESS_COLUMNS},
        code text NOT NULL CHECK (length(btrim(code)) > 0),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        model text,
        spec text,
        unit text NOT NULL,
        list_price numeric(18,2) NOT NULL CONSTRAINT product_list_price_check CHECK (list_price >= 0),
        tax_rate numeric(5,2) NOT NULL CONSTRAINT product_tax_rate_check CHECK (tax_rate BETWEEN 0 AND 100),
        status text NOT NULL CONSTRAINT product_status_check CHECK (status IN ('ON_SALE', 'DISCONTINUED')),
        category_id uuid CONSTRAINT product_category_id_fkey REFERENCES product_category(id),
        stock_on_hand int NOT NULL DEFAULT 0,
        stock_updated_at timestamptz,
        external_id text,
        search_text text NOT NULL,
        search_bigrams text[] NOT NULL DEFAULT '{}'
      )`);
    // Codes and ERP ids are unique among live products only: a deleted product's code may be reused.
    await q.query(`CREATE UNIQUE INDEX product_code_uq ON product (code) WHERE deleted_at IS NULL`);
    await q.query(`CREATE UNIQUE INDEX product_external_id_uq ON product (external_id) WHERE deleted_at IS NULL AND external_id IS NOT NULL`);
    await q.query(`CREATE INDEX product_category_idx ON product (category_id, code, id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX product_status_idx ON product (status, code, id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX product_name_idx ON product (name, id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX product_updated_at_idx ON product (updated_at, id)`);
    // `?q=` of three characters or more: trigram containment over code, name, model and spec.
    await q.query(`CREATE INDEX product_search_trgm_idx ON product USING gin (search_text gin_trgm_ops) WHERE deleted_at IS NULL`);
    // Two-character queries (春意) yield no trigram: they match the character bigrams instead.
    await q.query(`CREATE INDEX product_search_bigrams_idx ON product USING gin (search_bigrams) WHERE deleted_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE product`);
    await q.query(`DROP TABLE product_category`);
  }
}
