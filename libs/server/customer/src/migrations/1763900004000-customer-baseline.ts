import type { BaselineMigration } from '@kehu/server-core';
import { QueryRunner } from 'typeorm';

/** The columns every business table starts with (ARCHITECTURE.md, "Data"). */
const BUSINESS_COLUMNS = `
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  version int NOT NULL DEFAULT 1,
  created_by uuid`;

/**
 * Autovacuum by the percent, not the fifth, on the tables that imports and the reclaim job write by the
 * ten thousand. PostgreSQL vacuums a table after inserts of 20 % of it and analyses it after changes to
 * 10 %: an import of 100k customers into a million triggered neither, so the new rows stayed out of the
 * visibility map (every index-only scan fetched them from the heap) and out of the planner's statistics,
 * and lists slowed 3–10× until someone vacuumed. At 2 %, autovacuum follows an import of 20k rows within
 * its next minute (docs/performance.md).
 */
const BULK_WRITTEN =
  'autovacuum_vacuum_insert_scale_factor = 0.02, autovacuum_vacuum_scale_factor = 0.05, autovacuum_analyze_scale_factor = 0.02';

/** The list filters that the covering indexes carry (INCLUDE), so a filtered page and its capped count are index-only scans. */
const LIST_FILTERS = 'level, grade, industry, region, source';

/** The pool page's filters, carried by the pool's indexes for the same reason. */
const POOL_FILTERS = 'pool_reason, industry, region, level, grade';

/**
 * Customers: categories, the customer itself (profile, lifecycle state, owned-customer walks, and the
 * `customer` view over them), contacts, follow-ups, ownership history, teams, churn alerts.
 *
 * A baseline: it replaced this module's migration history before any release (`replaces`, read by
 * core's migrator.ts), and makes exactly the schema that history made (tools/schema-diff.mjs). Later
 * changes are new migrations (docs/contributing.md, "Migrations"). Its SQL is frozen here on purpose:
 * the view and trigger statements were generated from column lists in the replaced history, and a
 * migration must never change with code that evolves.
 *
 * The customer is stored in three tables so that the reclaim job's release of 100k customers writes
 * narrow rows only (DOMAIN §3; docs/performance.md):
 * - `customer_profile`: the record as entered and edited — names, search and duplicate-check keys,
 *   contact dates, department — with the walks over every customer. Other domains reference it.
 * - `customer_state`: status, owner, protection clock, review, pool entry and the other lifecycle
 *   columns (`customer-lifecycle.ts` decides them; the reclaim job writes them set-based). A release
 *   updates one 100-byte row that enters three small indexes, instead of a 600-byte row entering 30.
 * - `customer_owned`: one row per live customer that has an owner, with the keys the owner's and the
 *   status lists walk. A release deletes it (a delete writes no index entry). Statement triggers keep
 *   it, so no code path can forget it.
 * `customer` is the view joining profile and state under the names every reader uses; writes through it
 * reach the table that holds each changed column (INSTEAD OF triggers). Bulk writers (reclaim job,
 * import, generator) write the tables directly.
 */
export class CustomerBaseline1763900004000 implements BaselineMigration {
  name = 'CustomerBaseline1763900004000';
  readonly replaces = [
    'CustomerInit1763900004000',
    'CustomerSearchIndexes1763900005000',
    'CustomerIndexTuning1763900006000',
    'CustomerLifecycle1763900007000',
    'CustomerIntentPending1763900008000',
    'CustomerAutovacuum1763900009000',
    'CustomerCoveringListIndexes1763900010000',
    'CustomerPoolIndex1763900011000',
    'CustomerPhoneSuffixIndex1763900012000',
    'ChurnAlertSortIndexes1763900016000',
    'CustomerOwnerIndexesOwnedOnly1763900017000',
    'CustomerOwnerProtectionIndex1763900018000',
    'CustomerProtectionSortIndex1763900019000',
    'CustomerContactSortIndexes1763900020000',
    'CustomerPoolFilterIndexes1763900021000',
    'CustomerStateSplit1763900022000',
  ];

  async up(q: QueryRunner): Promise<void> {
    // Name search and the duplicate check (trigram indexes on normalized names).
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await this.createCategories(q);
    await this.createProfile(q);
    await this.createState(q);
    await this.createOwned(q);
    await this.createView(q);
    await this.createOwnedSync(q);
    await this.createRecords(q);
    await this.createChurnAlerts(q);
  }

  private async createCategories(q: QueryRunner): Promise<void> {
    // A tree stored with a materialized path, like departments.
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
  }

  private async createProfile(q: QueryRunner): Promise<void> {
    // Created under the name the table had before the profile/state split, then renamed: its constraints keep the
    // names they have in databases migrated before the squash (customer_pkey, customer_code_not_null,
    // customer_category_id_fkey, …).
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
        department_id uuid REFERENCES department(id),
        external_id text,
        last_contact_at timestamptz,
        next_contact_at timestamptz,
        merged_into_id uuid REFERENCES customer(id)
      ) WITH (${BULK_WRITTEN})`);
    await q.query(`ALTER TABLE customer RENAME TO customer_profile`);

    const live = 'WHERE deleted_at IS NULL';
    // Codes are never reused, even after soft delete (not partial).
    await q.query(`CREATE UNIQUE INDEX customer_code_uq ON customer_profile (code)`);
    // The duplicate check's keys; a deleted customer's name may be taken again.
    await q.query(`CREATE UNIQUE INDEX customer_normalized_name_uq ON customer_profile (normalized_name) ${live}`);
    await q.query(`CREATE INDEX customer_normalized_phone_idx ON customer_profile (normalized_phone) ${live}`);
    await q.query(`CREATE UNIQUE INDEX customer_external_id_uq ON customer_profile (external_id) ${live} AND external_id IS NOT NULL`);
    // Phone search by the number's end (typed without its area code): the digits reversed, compared byte-wise so
    // that a range on them is a prefix whatever the collation. Through the trigram index: 17 ms for one match at
    // 1M customers; ≈ 0.1 ms this way.
    await q.query(`CREATE INDEX customer_phone_suffix_idx ON customer_profile (reverse(normalized_phone) text_pattern_ops) ${live}`);
    // Search: trigrams of the name and of the search text; two-character (Chinese) queries, which yield no usable
    // trigram, match the name's character bigrams (ARCHITECTURE.md, "Data").
    await q.query(`CREATE INDEX customer_search_trgm_idx ON customer_profile USING gin (search_text gin_trgm_ops)`);
    await q.query(`CREATE INDEX customer_name_trgm_idx ON customer_profile USING gin (normalized_name gin_trgm_ops)`);
    await q.query(`CREATE INDEX customer_bigrams_idx ON customer_profile USING gin (name_bigrams)`);

    // Walks over every customer (ALL and department scopes). Every list orders `<key> DESC NULLS LAST, id DESC
    // NULLS LAST`, which only an index declared in that order can give. They carry the list filters (INCLUDE): an
    // unrestricted filtered list tests each entry against them, ≈ 0.1 µs from the index instead of ≈ 2 µs
    // through the heap (a capped count of one status and region scanned 556k rows for 1.15 s).
    await q.query(
      `CREATE INDEX customer_created_idx ON customer_profile (created_at DESC NULLS LAST, id DESC NULLS LAST) INCLUDE (${LIST_FILTERS}, next_contact_at) ${live}`,
    );
    await q.query(
      `CREATE INDEX customer_department_idx ON customer_profile (department_id, created_at DESC NULLS LAST, id DESC NULLS LAST) INCLUDE (${LIST_FILTERS}, next_contact_at) ${live}`,
    );
    await q.query(`CREATE INDEX customer_name_sort_idx ON customer_profile (name, id) ${live}`);
    await q.query(`CREATE INDEX customer_updated_sort_idx ON customer_profile (updated_at DESC NULLS LAST, id DESC NULLS LAST) ${live}`);
    // Sorted by last or next contact, the list reads the customers that have one along these (partial: the others
    // come from another walk, in id order, only when these do not fill the page; customers.service.ts).
    await q.query(
      `CREATE INDEX customer_last_contact_idx ON customer_profile (last_contact_at, id) INCLUDE (${LIST_FILTERS}) ${live} AND last_contact_at IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX customer_next_contact_sort_idx ON customer_profile (next_contact_at, id) INCLUDE (${LIST_FILTERS}) ${live} AND next_contact_at IS NOT NULL`,
    );
    // One per equality filter.
    await q.query(`CREATE INDEX customer_category_idx ON customer_profile (category_id) ${live}`);
    for (const column of ['level', 'grade', 'industry', 'region', 'source']) {
      await q.query(`CREATE INDEX customer_${column}_idx ON customer_profile (${column}) ${live}`);
    }
  }

  private async createState(q: QueryRunner): Promise<void> {
    // Fillfactor 90: a tenth of each page stays free, so that the new row version of a lifecycle change can stay on
    // its page (a HOT update, with no new index entry, when no indexed column changes: a pending flag, a rejection).
    await q.query(`
      CREATE TABLE customer_state (
        id uuid PRIMARY KEY REFERENCES customer_profile(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        deleted_at timestamptz,
        owner_id uuid REFERENCES app_user(id),
        status text NOT NULL DEFAULT 'POTENTIAL' CHECK (status IN ('POTENTIAL','INTENT','FORMAL','POOL','LOST')),
        protection_until timestamptz,
        review_state text CHECK (review_state IN ('PENDING','APPROVED','REJECTED')),
        rejection_reason text,
        extensions_used int NOT NULL DEFAULT 0,
        extension_pending boolean NOT NULL DEFAULT false,
        intent_pending boolean NOT NULL DEFAULT false,
        pool_entered_at timestamptz,
        pool_reason text CHECK (pool_reason IN ('EXPIRED','REJECTED','ABANDONED')),
        -- Not enforced: the reclaim job copies it from owner_id, which is (users are disabled or soft-deleted, never
        -- removed); checking it again cost 0.7 s of the 100k-customer release.
        previous_owner_id uuid REFERENCES app_user(id) NOT ENFORCED,
        abandoned_by_id uuid REFERENCES app_user(id),
        abandoned_at timestamptz,
        after_sales_owner_id uuid REFERENCES app_user(id),
        formal_since timestamptz,
        last_deal_at timestamptz,
        -- Copies of the profile's, kept by customer_owned_profile_updated(): the pool's walks (entry, name) are then
        -- one index of the state each, and a release never reads the profile.
        name text NOT NULL,
        code text NOT NULL,
        industry text,
        region text,
        level text,
        grade text,
        -- A customer without an owner is in the pool, and only then: the lists rely on it (customer_owned holds every other one).
        CONSTRAINT customer_state_pool_unowned CHECK ((status = 'POOL') = (owner_id IS NULL))
      ) WITH (fillfactor = 90, autovacuum_vacuum_scale_factor = 0.05, autovacuum_analyze_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02)`);

    // What the reclaim job and the pool read; a released customer enters three of these (the key and two pool walks).
    // Due customers by deadline, and the list sorted by deadline (partial: only POTENTIAL and INTENT customers have
    // one, and a customer released to the pool leaves it). No deleted_at in its predicate: the job tests it on the
    // row (through the view, deleted_at is the profile's, so it would not imply this one).
    await q.query(
      `CREATE INDEX customer_protection_sort_idx ON customer_state (protection_until, id) INCLUDE (status, review_state) WHERE protection_until IS NOT NULL`,
    );
    // The pool page, newest entries first and by name, its filters carried (partial: the pool only).
    await q.query(
      `CREATE INDEX customer_pool_idx ON customer_state (pool_entered_at DESC NULLS LAST, id DESC NULLS LAST) INCLUDE (${POOL_FILTERS}) WHERE status = 'POOL' AND deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX customer_pool_name_idx ON customer_state (name, id) INCLUDE (${POOL_FILTERS}) WHERE status = 'POOL' AND deleted_at IS NULL`,
    );
    // Abandoned and rejected pool customers, a few percent of the pool: expired ones are left out, so a release of
    // 100k expired customers adds no entry here (finding a reason no pool customer had walked the pool: 2–4.7 s).
    await q.query(
      `CREATE INDEX customer_pool_reason_idx ON customer_state (pool_reason, pool_entered_at DESC NULLS LAST, id DESC NULLS LAST) WHERE status = 'POOL' AND pool_reason <> 'EXPIRED' AND deleted_at IS NULL`,
    );
    // The churn job: FORMAL customers by their last deal (or since when they are formal).
    await q.query(
      `CREATE INDEX customer_formal_deal_idx ON customer_state ((coalesce(last_deal_at, formal_since, created_at))) WHERE status = 'FORMAL'`,
    );
  }

  private async createOwned(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE customer_owned (
        id uuid PRIMARY KEY REFERENCES customer_state(id) ON DELETE CASCADE,
        owner_id uuid NOT NULL,
        department_id uuid,
        status text NOT NULL,
        review_state text,
        protection_until timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        name text NOT NULL,
        code text NOT NULL,
        level text,
        grade text,
        industry text,
        region text,
        source text,
        category_id uuid,
        last_contact_at timestamptz,
        next_contact_at timestamptz,
        -- Always null (only live customers have a row): lets the list's conditions read the same on every relation.
        deleted_at timestamptz CHECK (deleted_at IS NULL)
      ) WITH (autovacuum_vacuum_scale_factor = 0.05, autovacuum_analyze_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02)`);

    // The owner-led walks (a rep's own branch of a list, "mine", the next-contact reminders) and the status walks.
    // "deleted_at IS NULL" is always true here; in the predicate, a list's "deleted_at IS NULL" costs no check of the row.
    const live = 'WHERE deleted_at IS NULL';
    await q.query(
      `CREATE INDEX customer_owner_idx ON customer_owned (owner_id, created_at DESC NULLS LAST, id DESC NULLS LAST) INCLUDE (status, ${LIST_FILTERS}, next_contact_at) ${live}`,
    );
    await q.query(`CREATE INDEX customer_owner_name_idx ON customer_owned (owner_id, name, id) ${live}`);
    await q.query(
      `CREATE INDEX customer_owner_updated_idx ON customer_owned (owner_id, updated_at DESC NULLS LAST, id DESC NULLS LAST) ${live}`,
    );
    await q.query(
      `CREATE INDEX customer_next_contact_idx ON customer_owned (owner_id, next_contact_at) ${live} AND next_contact_at IS NOT NULL`,
    );
    // "My protected customers" in deadline order (a rep's deadlines page), the stage filters carried.
    await q.query(
      `CREATE INDEX customer_owner_protection_idx ON customer_owned (owner_id, protection_until, name, id) INCLUDE (status, review_state) ${live}`,
    );
    await q.query(
      `CREATE INDEX customer_status_idx ON customer_owned (status, created_at DESC NULLS LAST, id DESC NULLS LAST) INCLUDE (${LIST_FILTERS}, next_contact_at) ${live}`,
    );
    await q.query(
      `CREATE INDEX customer_owned_department_idx ON customer_owned (department_id, created_at DESC NULLS LAST, id DESC NULLS LAST) INCLUDE (status, ${LIST_FILTERS}, next_contact_at) ${live}`,
    );
  }

  /** `customer`: profile and state under one name, written through INSTEAD OF triggers. */
  private async createView(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW customer AS
      SELECT p.id, p.created_at, p.updated_at, p.deleted_at, p.version, p.created_by, p.code, p.name, p.short_name, p.normalized_name,
             p.search_text, p.name_bigrams, p.category_id, p.grade, p.level, p.industry, p.region, p.address, p.phone, p.normalized_phone,
             p.fax, p.email, p.website, p.source, p.credit_rating, p.satisfaction, p.description, p.legal_representative,
             p.registered_capital, p.annual_turnover, p.bank, p.bank_account, p.tax_number, p.discount_percent, p.settlement_terms,
             p.department_id, p.external_id, p.last_contact_at, p.next_contact_at, p.merged_into_id,
             s.owner_id, s.status, s.protection_until, s.review_state, s.rejection_reason, s.extensions_used, s.extension_pending,
             s.intent_pending, s.pool_entered_at, s.pool_reason, s.previous_owner_id, s.abandoned_by_id, s.abandoned_at,
             s.after_sales_owner_id, s.formal_since, s.last_deal_at
        FROM customer_profile p JOIN customer_state s ON s.id = p.id`);
    // The tables' defaults, for inserts through the view.
    const defaults: Array<[column: string, value: string]> = [
      ['id', 'gen_random_uuid()'],
      ['created_at', 'now()'],
      ['updated_at', 'now()'],
      ['version', '1'],
      ['name_bigrams', `'{}'`],
      ['status', `'POTENTIAL'`],
      ['extensions_used', '0'],
      ['extension_pending', 'false'],
      ['intent_pending', 'false'],
    ];
    for (const [column, value] of defaults) await q.query(`ALTER VIEW customer ALTER COLUMN ${column} SET DEFAULT ${value}`);

    // An insert writes both tables (the state copies the profile's pool keys).
    await q.query(`
      CREATE FUNCTION customer_view_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO customer_profile (id, created_at, updated_at, deleted_at, version, created_by, code, name, short_name, normalized_name, search_text, name_bigrams, category_id, grade, level, industry, region, address, phone, normalized_phone, fax, email, website, source, credit_rating, satisfaction, description, legal_representative, registered_capital, annual_turnover, bank, bank_account, tax_number, discount_percent, settlement_terms, department_id, external_id, last_contact_at, next_contact_at, merged_into_id) VALUES (NEW.id, NEW.created_at, NEW.updated_at, NEW.deleted_at, NEW.version, NEW.created_by, NEW.code, NEW.name, NEW.short_name, NEW.normalized_name, NEW.search_text, NEW.name_bigrams, NEW.category_id, NEW.grade, NEW.level, NEW.industry, NEW.region, NEW.address, NEW.phone, NEW.normalized_phone, NEW.fax, NEW.email, NEW.website, NEW.source, NEW.credit_rating, NEW.satisfaction, NEW.description, NEW.legal_representative, NEW.registered_capital, NEW.annual_turnover, NEW.bank, NEW.bank_account, NEW.tax_number, NEW.discount_percent, NEW.settlement_terms, NEW.department_id, NEW.external_id, NEW.last_contact_at, NEW.next_contact_at, NEW.merged_into_id);
        INSERT INTO customer_state (id, created_at, deleted_at, owner_id, status, protection_until, review_state, rejection_reason, extensions_used, extension_pending, intent_pending, pool_entered_at, pool_reason, previous_owner_id, abandoned_by_id, abandoned_at, after_sales_owner_id, formal_since, last_deal_at, name, code, industry, region, level, grade)
        VALUES (NEW.id, NEW.created_at, NEW.deleted_at, NEW.owner_id, NEW.status, NEW.protection_until, NEW.review_state, NEW.rejection_reason, NEW.extensions_used, NEW.extension_pending, NEW.intent_pending, NEW.pool_entered_at, NEW.pool_reason, NEW.previous_owner_id, NEW.abandoned_by_id, NEW.abandoned_at, NEW.after_sales_owner_id, NEW.formal_since, NEW.last_deal_at, NEW.name, NEW.code, NEW.industry, NEW.region, NEW.level, NEW.grade);
        RETURN NEW;
      END $$`);
    // An edit writes each table only when one of its columns changed, and only the columns it changed — never stale
    // copies of the others. deleted_at lives in both tables.
    await q.query(`
      CREATE FUNCTION customer_view_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.id IS DISTINCT FROM OLD.id THEN
          RAISE EXCEPTION 'a customer''s id never changes';
        END IF;
        IF ROW(NEW.created_at, NEW.updated_at, NEW.deleted_at, NEW.version, NEW.created_by, NEW.code, NEW.name, NEW.short_name, NEW.normalized_name, NEW.search_text, NEW.name_bigrams, NEW.category_id, NEW.grade, NEW.level, NEW.industry, NEW.region, NEW.address, NEW.phone, NEW.normalized_phone, NEW.fax, NEW.email, NEW.website, NEW.source, NEW.credit_rating, NEW.satisfaction, NEW.description, NEW.legal_representative, NEW.registered_capital, NEW.annual_turnover, NEW.bank, NEW.bank_account, NEW.tax_number, NEW.discount_percent, NEW.settlement_terms, NEW.department_id, NEW.external_id, NEW.last_contact_at, NEW.next_contact_at, NEW.merged_into_id) IS DISTINCT FROM ROW(OLD.created_at, OLD.updated_at, OLD.deleted_at, OLD.version, OLD.created_by, OLD.code, OLD.name, OLD.short_name, OLD.normalized_name, OLD.search_text, OLD.name_bigrams, OLD.category_id, OLD.grade, OLD.level, OLD.industry, OLD.region, OLD.address, OLD.phone, OLD.normalized_phone, OLD.fax, OLD.email, OLD.website, OLD.source, OLD.credit_rating, OLD.satisfaction, OLD.description, OLD.legal_representative, OLD.registered_capital, OLD.annual_turnover, OLD.bank, OLD.bank_account, OLD.tax_number, OLD.discount_percent, OLD.settlement_terms, OLD.department_id, OLD.external_id, OLD.last_contact_at, OLD.next_contact_at, OLD.merged_into_id) THEN
          UPDATE customer_profile SET created_at = CASE WHEN NEW.created_at IS DISTINCT FROM OLD.created_at THEN NEW.created_at ELSE created_at END, updated_at = CASE WHEN NEW.updated_at IS DISTINCT FROM OLD.updated_at THEN NEW.updated_at ELSE updated_at END, deleted_at = CASE WHEN NEW.deleted_at IS DISTINCT FROM OLD.deleted_at THEN NEW.deleted_at ELSE deleted_at END, version = CASE WHEN NEW.version IS DISTINCT FROM OLD.version THEN NEW.version ELSE version END, created_by = CASE WHEN NEW.created_by IS DISTINCT FROM OLD.created_by THEN NEW.created_by ELSE created_by END, code = CASE WHEN NEW.code IS DISTINCT FROM OLD.code THEN NEW.code ELSE code END, name = CASE WHEN NEW.name IS DISTINCT FROM OLD.name THEN NEW.name ELSE name END, short_name = CASE WHEN NEW.short_name IS DISTINCT FROM OLD.short_name THEN NEW.short_name ELSE short_name END, normalized_name = CASE WHEN NEW.normalized_name IS DISTINCT FROM OLD.normalized_name THEN NEW.normalized_name ELSE normalized_name END, search_text = CASE WHEN NEW.search_text IS DISTINCT FROM OLD.search_text THEN NEW.search_text ELSE search_text END, name_bigrams = CASE WHEN NEW.name_bigrams IS DISTINCT FROM OLD.name_bigrams THEN NEW.name_bigrams ELSE name_bigrams END, category_id = CASE WHEN NEW.category_id IS DISTINCT FROM OLD.category_id THEN NEW.category_id ELSE category_id END, grade = CASE WHEN NEW.grade IS DISTINCT FROM OLD.grade THEN NEW.grade ELSE grade END, level = CASE WHEN NEW.level IS DISTINCT FROM OLD.level THEN NEW.level ELSE level END, industry = CASE WHEN NEW.industry IS DISTINCT FROM OLD.industry THEN NEW.industry ELSE industry END, region = CASE WHEN NEW.region IS DISTINCT FROM OLD.region THEN NEW.region ELSE region END, address = CASE WHEN NEW.address IS DISTINCT FROM OLD.address THEN NEW.address ELSE address END, phone = CASE WHEN NEW.phone IS DISTINCT FROM OLD.phone THEN NEW.phone ELSE phone END, normalized_phone = CASE WHEN NEW.normalized_phone IS DISTINCT FROM OLD.normalized_phone THEN NEW.normalized_phone ELSE normalized_phone END, fax = CASE WHEN NEW.fax IS DISTINCT FROM OLD.fax THEN NEW.fax ELSE fax END, email = CASE WHEN NEW.email IS DISTINCT FROM OLD.email THEN NEW.email ELSE email END, website = CASE WHEN NEW.website IS DISTINCT FROM OLD.website THEN NEW.website ELSE website END, source = CASE WHEN NEW.source IS DISTINCT FROM OLD.source THEN NEW.source ELSE source END, credit_rating = CASE WHEN NEW.credit_rating IS DISTINCT FROM OLD.credit_rating THEN NEW.credit_rating ELSE credit_rating END, satisfaction = CASE WHEN NEW.satisfaction IS DISTINCT FROM OLD.satisfaction THEN NEW.satisfaction ELSE satisfaction END, description = CASE WHEN NEW.description IS DISTINCT FROM OLD.description THEN NEW.description ELSE description END, legal_representative = CASE WHEN NEW.legal_representative IS DISTINCT FROM OLD.legal_representative THEN NEW.legal_representative ELSE legal_representative END, registered_capital = CASE WHEN NEW.registered_capital IS DISTINCT FROM OLD.registered_capital THEN NEW.registered_capital ELSE registered_capital END, annual_turnover = CASE WHEN NEW.annual_turnover IS DISTINCT FROM OLD.annual_turnover THEN NEW.annual_turnover ELSE annual_turnover END, bank = CASE WHEN NEW.bank IS DISTINCT FROM OLD.bank THEN NEW.bank ELSE bank END, bank_account = CASE WHEN NEW.bank_account IS DISTINCT FROM OLD.bank_account THEN NEW.bank_account ELSE bank_account END, tax_number = CASE WHEN NEW.tax_number IS DISTINCT FROM OLD.tax_number THEN NEW.tax_number ELSE tax_number END, discount_percent = CASE WHEN NEW.discount_percent IS DISTINCT FROM OLD.discount_percent THEN NEW.discount_percent ELSE discount_percent END, settlement_terms = CASE WHEN NEW.settlement_terms IS DISTINCT FROM OLD.settlement_terms THEN NEW.settlement_terms ELSE settlement_terms END, department_id = CASE WHEN NEW.department_id IS DISTINCT FROM OLD.department_id THEN NEW.department_id ELSE department_id END, external_id = CASE WHEN NEW.external_id IS DISTINCT FROM OLD.external_id THEN NEW.external_id ELSE external_id END, last_contact_at = CASE WHEN NEW.last_contact_at IS DISTINCT FROM OLD.last_contact_at THEN NEW.last_contact_at ELSE last_contact_at END, next_contact_at = CASE WHEN NEW.next_contact_at IS DISTINCT FROM OLD.next_contact_at THEN NEW.next_contact_at ELSE next_contact_at END, merged_into_id = CASE WHEN NEW.merged_into_id IS DISTINCT FROM OLD.merged_into_id THEN NEW.merged_into_id ELSE merged_into_id END WHERE id = OLD.id;
        END IF;
        IF ROW(NEW.owner_id, NEW.status, NEW.protection_until, NEW.review_state, NEW.rejection_reason, NEW.extensions_used, NEW.extension_pending, NEW.intent_pending, NEW.pool_entered_at, NEW.pool_reason, NEW.previous_owner_id, NEW.abandoned_by_id, NEW.abandoned_at, NEW.after_sales_owner_id, NEW.formal_since, NEW.last_deal_at, NEW.deleted_at) IS DISTINCT FROM ROW(OLD.owner_id, OLD.status, OLD.protection_until, OLD.review_state, OLD.rejection_reason, OLD.extensions_used, OLD.extension_pending, OLD.intent_pending, OLD.pool_entered_at, OLD.pool_reason, OLD.previous_owner_id, OLD.abandoned_by_id, OLD.abandoned_at, OLD.after_sales_owner_id, OLD.formal_since, OLD.last_deal_at, OLD.deleted_at) THEN
          UPDATE customer_state SET owner_id = CASE WHEN NEW.owner_id IS DISTINCT FROM OLD.owner_id THEN NEW.owner_id ELSE owner_id END, status = CASE WHEN NEW.status IS DISTINCT FROM OLD.status THEN NEW.status ELSE status END, protection_until = CASE WHEN NEW.protection_until IS DISTINCT FROM OLD.protection_until THEN NEW.protection_until ELSE protection_until END, review_state = CASE WHEN NEW.review_state IS DISTINCT FROM OLD.review_state THEN NEW.review_state ELSE review_state END, rejection_reason = CASE WHEN NEW.rejection_reason IS DISTINCT FROM OLD.rejection_reason THEN NEW.rejection_reason ELSE rejection_reason END, extensions_used = CASE WHEN NEW.extensions_used IS DISTINCT FROM OLD.extensions_used THEN NEW.extensions_used ELSE extensions_used END, extension_pending = CASE WHEN NEW.extension_pending IS DISTINCT FROM OLD.extension_pending THEN NEW.extension_pending ELSE extension_pending END, intent_pending = CASE WHEN NEW.intent_pending IS DISTINCT FROM OLD.intent_pending THEN NEW.intent_pending ELSE intent_pending END, pool_entered_at = CASE WHEN NEW.pool_entered_at IS DISTINCT FROM OLD.pool_entered_at THEN NEW.pool_entered_at ELSE pool_entered_at END, pool_reason = CASE WHEN NEW.pool_reason IS DISTINCT FROM OLD.pool_reason THEN NEW.pool_reason ELSE pool_reason END, previous_owner_id = CASE WHEN NEW.previous_owner_id IS DISTINCT FROM OLD.previous_owner_id THEN NEW.previous_owner_id ELSE previous_owner_id END, abandoned_by_id = CASE WHEN NEW.abandoned_by_id IS DISTINCT FROM OLD.abandoned_by_id THEN NEW.abandoned_by_id ELSE abandoned_by_id END, abandoned_at = CASE WHEN NEW.abandoned_at IS DISTINCT FROM OLD.abandoned_at THEN NEW.abandoned_at ELSE abandoned_at END, after_sales_owner_id = CASE WHEN NEW.after_sales_owner_id IS DISTINCT FROM OLD.after_sales_owner_id THEN NEW.after_sales_owner_id ELSE after_sales_owner_id END, formal_since = CASE WHEN NEW.formal_since IS DISTINCT FROM OLD.formal_since THEN NEW.formal_since ELSE formal_since END, last_deal_at = CASE WHEN NEW.last_deal_at IS DISTINCT FROM OLD.last_deal_at THEN NEW.last_deal_at ELSE last_deal_at END, deleted_at = CASE WHEN NEW.deleted_at IS DISTINCT FROM OLD.deleted_at THEN NEW.deleted_at ELSE deleted_at END WHERE id = OLD.id;
        END IF;
        RETURN NEW;
      END $$`);
    // The state row goes with the profile (ON DELETE CASCADE), and customer_owned with the state.
    await q.query(`
      CREATE FUNCTION customer_view_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM customer_profile WHERE id = OLD.id;
        RETURN OLD;
      END $$`);
    for (const op of ['insert', 'update', 'delete']) {
      await q.query(
        `CREATE TRIGGER customer_view_${op} INSTEAD OF ${op.toUpperCase()} ON customer FOR EACH ROW EXECUTE FUNCTION customer_view_${op}()`,
      );
    }
  }

  /**
   * `customer_owned` follows the state (owner, status, review, deadline, deletion) and the profile's copied
   * keys; the state follows the profile's pool keys. Statement triggers over transition tables: the reclaim
   * job's 100k released rows are one set-based delete, not 100k trigger calls.
   *
   * Each statement runs through EXECUTE, planned on each call for the rows it has: a static statement keeps
   * the plan of the session's first call — after a one-customer edit, a nested loop that took minutes for a
   * 100k-row update. Transition tables have no statistics, so the planner guessed 25× too many rows and
   * hashed or merged along all of `customer_owned` for each 5,000-customer chunk of the reclaim job (1 s
   * each): the statements name the changed keys as an array (`id = ANY (ARRAY(…))`, an index walk whatever
   * the guess), and `SET enable_seqscan = off` keeps any plan from reading a whole table.
   */
  private async createOwnedSync(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION customer_owned_state_inserted() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off AS $$
      BEGIN
        EXECUTE $statement$
        INSERT INTO customer_owned (id, owner_id, status, review_state, protection_until, department_id, created_at, updated_at, name, code, level, grade, industry, region, source, category_id, last_contact_at, next_contact_at)
        SELECT n.id, n.owner_id, n.status, n.review_state, n.protection_until, p.department_id, p.created_at, p.updated_at, p.name, p.code, p.level, p.grade, p.industry, p.region, p.source, p.category_id, p.last_contact_at, p.next_contact_at
          FROM inserted_state n JOIN customer_profile p ON p.id = n.id
         WHERE n.owner_id IS NOT NULL AND n.deleted_at IS NULL
           AND p.id = ANY (ARRAY(SELECT id FROM inserted_state WHERE owner_id IS NOT NULL AND deleted_at IS NULL))
        ON CONFLICT (id) DO UPDATE SET owner_id = EXCLUDED.owner_id, status = EXCLUDED.status, review_state = EXCLUDED.review_state, protection_until = EXCLUDED.protection_until$statement$;
        RETURN NULL;
      END $$`);
    // (The blank line inside this statement holds eight spaces, as in the databases migrated before the squash;
    // `${''}` keeps editors from trimming them.)
    await q.query(`
      CREATE FUNCTION customer_owned_state_updated() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off AS $$
      BEGIN
        EXECUTE $statement$
        WITH changed_state AS (
          SELECT n.* FROM new_state n JOIN old_state o ON o.id = n.id
           WHERE ROW(n.owner_id, n.status, n.review_state, n.protection_until, n.deleted_at) IS DISTINCT FROM ROW(o.owner_id, o.status, o.review_state, o.protection_until, o.deleted_at)
        ), released AS (
          DELETE FROM customer_owned WHERE id = ANY (ARRAY(SELECT id FROM changed_state WHERE owner_id IS NULL OR deleted_at IS NOT NULL))
        )
        ${''}
        INSERT INTO customer_owned (id, owner_id, status, review_state, protection_until, department_id, created_at, updated_at, name, code, level, grade, industry, region, source, category_id, last_contact_at, next_contact_at)
        SELECT n.id, n.owner_id, n.status, n.review_state, n.protection_until, p.department_id, p.created_at, p.updated_at, p.name, p.code, p.level, p.grade, p.industry, p.region, p.source, p.category_id, p.last_contact_at, p.next_contact_at
          FROM changed_state n JOIN customer_profile p ON p.id = n.id
         WHERE n.owner_id IS NOT NULL AND n.deleted_at IS NULL
           AND p.id = ANY (ARRAY(SELECT id FROM changed_state WHERE owner_id IS NOT NULL AND deleted_at IS NULL))
        ON CONFLICT (id) DO UPDATE SET owner_id = EXCLUDED.owner_id, status = EXCLUDED.status, review_state = EXCLUDED.review_state, protection_until = EXCLUDED.protection_until$statement$;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION customer_owned_profile_updated() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off AS $$
      BEGIN
        EXECUTE $statement$
        UPDATE customer_owned w SET department_id = n.department_id, created_at = n.created_at, updated_at = n.updated_at, name = n.name, code = n.code, level = n.level, grade = n.grade, industry = n.industry, region = n.region, source = n.source, category_id = n.category_id, last_contact_at = n.last_contact_at, next_contact_at = n.next_contact_at
          FROM new_profile n
         WHERE w.id = n.id AND w.id = ANY (ARRAY(SELECT id FROM new_profile))
           AND ROW(w.department_id, w.created_at, w.updated_at, w.name, w.code, w.level, w.grade, w.industry, w.region, w.source, w.category_id, w.last_contact_at, w.next_contact_at) IS DISTINCT FROM ROW(n.department_id, n.created_at, n.updated_at, n.name, n.code, n.level, n.grade, n.industry, n.region, n.source, n.category_id, n.last_contact_at, n.next_contact_at)$statement$;
        EXECUTE $statement$
        UPDATE customer_state s SET name = n.name, code = n.code, industry = n.industry, region = n.region, level = n.level, grade = n.grade
          FROM new_profile n
         WHERE s.id = n.id AND s.id = ANY (ARRAY(SELECT id FROM new_profile))
           AND ROW(s.name, s.code, s.industry, s.region, s.level, s.grade) IS DISTINCT FROM ROW(n.name, n.code, n.industry, n.region, n.level, n.grade)$statement$;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER customer_owned_state_inserted AFTER INSERT ON customer_state REFERENCING NEW TABLE AS inserted_state
        FOR EACH STATEMENT EXECUTE FUNCTION customer_owned_state_inserted()`,
    );
    await q.query(
      `CREATE TRIGGER customer_owned_state_updated AFTER UPDATE ON customer_state REFERENCING OLD TABLE AS old_state NEW TABLE AS new_state
        FOR EACH STATEMENT EXECUTE FUNCTION customer_owned_state_updated()`,
    );
    await q.query(
      `CREATE TRIGGER customer_owned_profile_updated AFTER UPDATE ON customer_profile REFERENCING NEW TABLE AS new_profile
        FOR EACH STATEMENT EXECUTE FUNCTION customer_owned_profile_updated()`,
    );
  }

  /** What hangs off a customer: its code counters, contacts, follow-ups, ownership history and team. */
  private async createRecords(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE customer_code_sequence (
        prefix text NOT NULL,
        day date NOT NULL,
        last int NOT NULL,
        PRIMARY KEY (prefix, day)
      )`);

    await q.query(`
      CREATE TABLE contact (${BUSINESS_COLUMNS},
        customer_id uuid NOT NULL REFERENCES customer_profile(id),
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
      ) WITH (${BULK_WRITTEN})`);
    await q.query(`CREATE INDEX contact_customer_idx ON contact (customer_id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX contact_mobile_idx ON contact (normalized_mobile) WHERE deleted_at IS NULL`);
    // Search matches a contact's exact name (one branch of the list's `q`) or part of it.
    await q.query(`CREATE INDEX contact_name_idx ON contact (name) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX contact_name_trgm_idx ON contact USING gin (name gin_trgm_ops)`);
    // At most one primary contact per customer.
    await q.query(`CREATE UNIQUE INDEX contact_one_primary_uq ON contact (customer_id) WHERE is_primary AND deleted_at IS NULL`);

    await q.query(`
      CREATE TABLE follow_up (${BUSINESS_COLUMNS},
        customer_id uuid NOT NULL REFERENCES customer_profile(id),
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

    // Time-ordered keys (uuidv7): the reclaim job's 100k history rows append to the key index instead of touching
    // 100k random pages of it. The foreign key names the state, not the profile: checking it locked (and so
    // rewrote) the wide profile row of each released customer.
    await q.query(`
      CREATE TABLE customer_history (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        customer_id uuid NOT NULL REFERENCES customer_state(id),
        at timestamptz NOT NULL,
        actor_id uuid,
        event text NOT NULL,
        from_owner_id uuid,
        to_owner_id uuid,
        from_status text,
        to_status text,
        reason text,
        approval_id uuid
      ) WITH (${BULK_WRITTEN})`);
    await q.query(`CREATE INDEX customer_history_customer_idx ON customer_history (customer_id, at DESC, seq DESC)`);
    // Claims per rep per day (the daily claim limit).
    await q.query(`CREATE INDEX customer_history_claims_idx ON customer_history (actor_id, at) WHERE event = 'CLAIMED'`);

    await q.query(`
      CREATE TABLE customer_team_member (
        customer_id uuid NOT NULL REFERENCES customer_profile(id),
        user_id uuid NOT NULL REFERENCES app_user(id),
        access text NOT NULL DEFAULT 'READ' CHECK (access IN ('READ','WRITE')),
        PRIMARY KEY (customer_id, user_id)
      )`);
    await q.query(`CREATE INDEX customer_team_member_user_idx ON customer_team_member (user_id)`);
  }

  /** Churn alerts (DOMAIN §10) and the measures taken against them. */
  private async createChurnAlerts(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE churn_alert (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        version int NOT NULL DEFAULT 1,
        created_by uuid,
        customer_id uuid NOT NULL REFERENCES customer_profile(id),
        owner_id uuid REFERENCES app_user(id),
        department_id uuid REFERENCES department(id),
        raised_at timestamptz NOT NULL,
        last_deal_at timestamptz,
        status text NOT NULL CHECK (status IN ('OPEN','DEFERRED','CONFIRMED','RESOLVED')),
        loss_reason text,
        closed_at timestamptz,
        closed_by uuid REFERENCES app_user(id)
      )`);
    // One active alert per customer: the job may run any number of times.
    await q.query(
      `CREATE UNIQUE INDEX churn_alert_active_uq ON churn_alert (customer_id) WHERE status IN ('OPEN','DEFERRED') AND deleted_at IS NULL`,
    );
    await q.query(`CREATE INDEX churn_alert_owner_idx ON churn_alert (owner_id, status, raised_at DESC) WHERE deleted_at IS NULL`);
    // The list's two sorts: newest first, and the longest without a deal first.
    await q.query(
      `CREATE INDEX churn_alert_raised_idx ON churn_alert (raised_at DESC NULLS LAST, id DESC NULLS LAST) WHERE deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX churn_alert_last_deal_idx ON churn_alert (last_deal_at ASC NULLS LAST, id ASC NULLS LAST) WHERE deleted_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE churn_measure (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alert_id uuid NOT NULL REFERENCES churn_alert(id),
        at timestamptz NOT NULL,
        author_id uuid REFERENCES app_user(id),
        text text NOT NULL CHECK (length(btrim(text)) > 0)
      )`);
    await q.query(`CREATE INDEX churn_measure_alert_idx ON churn_measure (alert_id, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW customer`);
    for (const fn of ['customer_view_insert', 'customer_view_update', 'customer_view_delete']) await q.query(`DROP FUNCTION ${fn}()`);
    for (const table of [
      'churn_measure',
      'churn_alert',
      'customer_team_member',
      'customer_history',
      'follow_up',
      'contact',
      'customer_code_sequence',
      'customer_owned',
      'customer_state',
      'customer_profile',
      'customer_category',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    for (const fn of ['customer_owned_state_inserted', 'customer_owned_state_updated', 'customer_owned_profile_updated'])
      await q.query(`DROP FUNCTION ${fn}()`);
  }
}
