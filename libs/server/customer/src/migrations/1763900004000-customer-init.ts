import { MigrationInterface, QueryRunner } from 'typeorm';

const BUSINESS_COLUMNS = `
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  version int NOT NULL DEFAULT 1,
  created_by uuid`;

export class CustomerInit1763900004000 implements MigrationInterface {
  name = 'CustomerInit1763900004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE TABLE customer_category (${BUSINESS_COLUMNS},
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        parent_id uuid REFERENCES customer_category(id),
        path text NOT NULL,
        sort_order int NOT NULL DEFAULT 0
      )`);
    await q.query(`CREATE INDEX customer_category_path_idx ON customer_category (path text_pattern_ops)`);
    await q.query(
      `CREATE UNIQUE INDEX customer_category_sibling_uq ON customer_category (coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), name) WHERE deleted_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE customer (${BUSINESS_COLUMNS},
        code text NOT NULL,
        name text NOT NULL,
        short_name text,
        normalized_name text NOT NULL,
        search_text text NOT NULL,
        name_bigrams text[] NOT NULL DEFAULT '{}',
        category_id uuid REFERENCES customer_category(id),
        grade text,
        level text,
        industry text NOT NULL,
        region text,
        address text NOT NULL,
        phone text NOT NULL,
        normalized_phone text,
        fax text,
        email text,
        website text,
        source text,
        credit_rating smallint CHECK (credit_rating BETWEEN 1 AND 5),
        satisfaction smallint CHECK (satisfaction BETWEEN 1 AND 5),
        description text NOT NULL,
        legal_representative text,
        registered_capital numeric(18,2),
        annual_turnover numeric(18,2),
        bank text,
        bank_account text,
        tax_number text,
        discount_percent numeric(5,2),
        settlement_terms text,
        owner_id uuid REFERENCES app_user(id),
        department_id uuid REFERENCES department(id),
        status text NOT NULL DEFAULT 'POTENTIAL' CHECK (status IN ('POTENTIAL','INTENT','FORMAL','POOL','LOST')),
        protection_until timestamptz,
        external_id text,
        last_contact_at timestamptz,
        next_contact_at timestamptz,
        last_deal_at timestamptz,
        merged_into_id uuid REFERENCES customer(id)
      )`);
    // Codes are never reused, even after soft delete.
    await q.query(`CREATE UNIQUE INDEX customer_code_uq ON customer (code)`);
    await q.query(`CREATE UNIQUE INDEX customer_normalized_name_uq ON customer (normalized_name) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX customer_normalized_phone_idx ON customer (normalized_phone) WHERE deleted_at IS NULL`);
    await q.query(`CREATE UNIQUE INDEX customer_external_id_uq ON customer (external_id) WHERE deleted_at IS NULL AND external_id IS NOT NULL`);
    await q.query(`CREATE INDEX customer_search_trgm_idx ON customer USING gin (search_text gin_trgm_ops)`);
    await q.query(`CREATE INDEX customer_name_trgm_idx ON customer USING gin (normalized_name gin_trgm_ops)`);
    await q.query(`CREATE INDEX customer_bigrams_idx ON customer USING gin (name_bigrams)`);
    // List filters and sorts, each led by the columns data scope filters on.
    await q.query(`CREATE INDEX customer_owner_idx ON customer (owner_id, created_at DESC, id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX customer_department_idx ON customer (department_id, created_at DESC, id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX customer_created_idx ON customer (created_at DESC, id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX customer_updated_idx ON customer (updated_at, id)`);
    await q.query(`CREATE INDEX customer_status_idx ON customer (status, created_at DESC) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX customer_category_idx ON customer (category_id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX customer_last_contact_idx ON customer (last_contact_at) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX customer_next_contact_idx ON customer (owner_id, next_contact_at) WHERE deleted_at IS NULL AND next_contact_at IS NOT NULL`);
    for (const column of ['level', 'grade', 'industry', 'region', 'source']) {
      await q.query(`CREATE INDEX customer_${column}_idx ON customer (${column}) WHERE deleted_at IS NULL`);
    }
    await q.query(`
      CREATE TABLE customer_code_sequence (
        prefix text NOT NULL,
        day date NOT NULL,
        last int NOT NULL,
        PRIMARY KEY (prefix, day)
      )`);
    await q.query(`
      CREATE TABLE contact (${BUSINESS_COLUMNS},
        customer_id uuid NOT NULL REFERENCES customer(id),
        name text NOT NULL,
        gender text,
        title text,
        mobile text,
        normalized_mobile text,
        phone text,
        email text,
        is_primary boolean NOT NULL DEFAULT false,
        birthday date,
        notes text
      )`);
    await q.query(`CREATE INDEX contact_customer_idx ON contact (customer_id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX contact_mobile_idx ON contact (normalized_mobile) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX contact_name_trgm_idx ON contact USING gin (name gin_trgm_ops)`);
    await q.query(`CREATE UNIQUE INDEX contact_one_primary_uq ON contact (customer_id) WHERE is_primary AND deleted_at IS NULL`);
    await q.query(`
      CREATE TABLE follow_up (${BUSINESS_COLUMNS},
        customer_id uuid NOT NULL REFERENCES customer(id),
        contact_id uuid REFERENCES contact(id),
        method text NOT NULL,
        occurred_at timestamptz NOT NULL,
        place text,
        summary text NOT NULL,
        details text,
        result text,
        next_contact_at timestamptz,
        owner_id uuid NOT NULL REFERENCES app_user(id)
      )`);
    await q.query(`CREATE INDEX follow_up_customer_idx ON follow_up (customer_id, occurred_at DESC) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX follow_up_owner_idx ON follow_up (owner_id, occurred_at DESC) WHERE deleted_at IS NULL`);
    await q.query(`
      CREATE TABLE customer_history (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        customer_id uuid NOT NULL REFERENCES customer(id),
        at timestamptz NOT NULL,
        actor_id uuid,
        event text NOT NULL,
        from_owner_id uuid,
        to_owner_id uuid,
        from_status text,
        to_status text,
        reason text,
        approval_id uuid
      )`);
    await q.query(`CREATE INDEX customer_history_customer_idx ON customer_history (customer_id, at DESC, seq DESC)`);
    await q.query(`
      CREATE TABLE customer_team_member (
        customer_id uuid NOT NULL REFERENCES customer(id),
        user_id uuid NOT NULL REFERENCES app_user(id),
        access text NOT NULL DEFAULT 'READ' CHECK (access IN ('READ','WRITE')),
        PRIMARY KEY (customer_id, user_id)
      )`);
    await q.query(`CREATE INDEX customer_team_member_user_idx ON customer_team_member (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['customer_team_member', 'customer_history', 'follow_up', 'contact', 'customer_code_sequence', 'customer', 'customer_category']) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
