import { MigrationInterface, QueryRunner } from 'typeorm';

/** Columns that stay with the customer's profile (`customer_profile`), besides `id`. */
const PROFILE_COLUMNS = [
  'created_at', 'updated_at', 'deleted_at', 'version', 'created_by', 'code', 'name', 'short_name', 'normalized_name', 'search_text',
  'name_bigrams', 'category_id', 'grade', 'level', 'industry', 'region', 'address', 'phone', 'normalized_phone', 'fax', 'email',
  'website', 'source', 'credit_rating', 'satisfaction', 'description', 'legal_representative', 'registered_capital', 'annual_turnover',
  'bank', 'bank_account', 'tax_number', 'discount_percent', 'settlement_terms', 'department_id', 'external_id', 'last_contact_at',
  'next_contact_at', 'merged_into_id',
];

/** The lifecycle columns (`customer_state`), besides `id` and the copies of `created_at` and `deleted_at`. */
const STATE_COLUMNS = [
  'owner_id', 'status', 'protection_until', 'review_state', 'rejection_reason', 'extensions_used', 'extension_pending', 'intent_pending',
  'pool_entered_at', 'pool_reason', 'previous_owner_id', 'abandoned_by_id', 'abandoned_at', 'after_sales_owner_id', 'formal_since',
  'last_deal_at',
];

/**
 * What `customer_state` copies from the profile: the keys the pool page filters and sorts by, so that
 * its walks (pool entry, name) are one index of the state each; a release never reads the profile.
 */
const POOL_PROFILE_KEYS = ['name', 'code', 'industry', 'region', 'level', 'grade'];

/** The pool filters the state's pool indexes carry. */
const POOL_FILTERS = 'pool_reason, industry, region, level, grade';

/** What `customer_owned` copies from the profile (the keys an owner's lists walk, sort and filter by). */
const OWNED_PROFILE_KEYS = [
  'department_id', 'created_at', 'updated_at', 'name', 'code', 'level', 'grade', 'industry', 'region', 'source', 'category_id',
  'last_contact_at', 'next_contact_at',
];

/** … and from the state. */
const OWNED_STATE_KEYS = ['owner_id', 'status', 'review_state', 'protection_until'];

/** The list filters that the owned rows and the walks over every customer carry in their indexes. */
const FILTERS = 'level, grade, industry, region, source';

/** `SET a = CASE WHEN NEW.a IS DISTINCT FROM OLD.a THEN NEW.a ELSE a END, …`: an edit writes the columns it changed, never stale copies of the others. */
const changedOnly = (columns: string[]) => columns.map((c) => `${c} = CASE WHEN NEW.${c} IS DISTINCT FROM OLD.${c} THEN NEW.${c} ELSE ${c} END`).join(', ');
const row = (prefix: string, columns: string[]) => `ROW(${columns.map((c) => `${prefix}.${c}`).join(', ')})`;
/**
 * A statement over trigger transition tables, run by plpgsql's EXECUTE: planned on each call for the
 * rows it has. A static statement keeps the plan of the session's first call — after a one-customer
 * edit, a nested loop that took minutes for the bench's 100k-row update (transition tables × each other).
 */
const plannedPerCall = (sql: string) => `$statement$${sql}$statement$`;

/**
 * For the sync functions, whose statements join a few thousand changed rows to tables of a million:
 * transition tables have no statistics, so the planner guessed 25× too many rows and hashed — or
 * merged along — all of `customer_owned` for each of the reclaim job's 5,000-customer chunks (1 s
 * each). The statements name the changed keys as an array (`id = ANY (ARRAY(…))`, an index walk
 * whatever the guess), and no plan may read a whole table.
 */
const KEY_WALKS_ONLY = 'SET enable_seqscan = off';

/**
 * Splits the customer in three so that the reclaim job's release of 100k customers writes narrow rows
 * only (DOMAIN §3; docs/performance.md "Which redesign reaches the reclaim target"):
 *
 * - `customer_profile`: the record as entered and edited — names, search and duplicate-check keys,
 *   contact and follow-up dates, department — with the walks over every customer.
 * - `customer_state`: status, owner, protection clock, review, pool entry and the other lifecycle
 *   columns; `customer-lifecycle.ts` decides them, the reclaim job writes them set-based. A release
 *   updates one 100-byte row that enters three small indexes, instead of a 600-byte row entering 30.
 * - `customer_owned`: one row per customer that has an owner, with the keys the owner's and the
 *   status lists walk. A release deletes it (a delete writes no index entry). Triggers keep it: no
 *   code path can forget it.
 *
 * `customer` becomes the view joining profile and state, under the names every reader used: reads
 * are unchanged, writes through it go to the table that holds each changed column (INSTEAD OF
 * triggers). The writers that move customers by the thousand (reclaim job, import, generator) write
 * the tables directly. The ownership history's foreign key moves to `customer_state`: checking it
 * locked (and so rewrote) the wide profile row of each released customer.
 */
export class CustomerStateSplit1763900022000 implements MigrationInterface {
  name = 'CustomerStateSplit1763900022000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE customer RENAME TO customer_profile`);
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
        -- Not enforced: the reclaim job copies it from owner_id, which is (users are disabled or soft-deleted, never removed);
        -- checking it again cost 0.7 s of the 100k-customer release.
        previous_owner_id uuid REFERENCES app_user(id) NOT ENFORCED,
        abandoned_by_id uuid REFERENCES app_user(id),
        abandoned_at timestamptz,
        after_sales_owner_id uuid REFERENCES app_user(id),
        formal_since timestamptz,
        last_deal_at timestamptz,
        -- Copies of the profile's (POOL_PROFILE_KEYS), kept by customer_owned_profile_updated().
        name text NOT NULL,
        code text NOT NULL,
        industry text,
        region text,
        level text,
        grade text,
        -- A customer without an owner is in the pool, and only then: the lists rely on it (customer_owned holds every other one).
        CONSTRAINT customer_state_pool_unowned CHECK ((status = 'POOL') = (owner_id IS NULL))
      ) WITH (fillfactor = 90, autovacuum_vacuum_scale_factor = 0.05, autovacuum_analyze_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02)`);
    await q.query(`
      INSERT INTO customer_state (id, created_at, deleted_at, ${[...STATE_COLUMNS, ...POOL_PROFILE_KEYS].join(', ')})
      SELECT id, created_at, deleted_at, ${[...STATE_COLUMNS, ...POOL_PROFILE_KEYS].join(', ')} FROM customer_profile`);
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
    await q.query(`
      INSERT INTO customer_owned (id, ${[...OWNED_STATE_KEYS, ...OWNED_PROFILE_KEYS].join(', ')})
      SELECT s.id, ${OWNED_STATE_KEYS.map((c) => `s.${c}`).join(', ')}, ${OWNED_PROFILE_KEYS.map((c) => `p.${c}`).join(', ')}
        FROM customer_state s JOIN customer_profile p ON p.id = s.id
       WHERE s.owner_id IS NOT NULL AND s.deleted_at IS NULL`);

    await q.query(`ALTER TABLE customer_history DROP CONSTRAINT customer_history_customer_id_fkey`);
    await q.query(`ALTER TABLE customer_history ADD CONSTRAINT customer_history_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customer_state(id)`);
    // Time-ordered keys: the reclaim job's 100k history rows append to the key index instead of touching 100k random pages of it.
    await q.query(`ALTER TABLE customer_history ALTER COLUMN id SET DEFAULT uuidv7()`);
    // Dropping the columns drops every index that names one of them; the walks they served are rebuilt below on the table that now holds their keys.
    await q.query(`ALTER TABLE customer_profile ${STATE_COLUMNS.map((c) => `DROP COLUMN ${c}`).join(', ')}`);
    await this.createIndexes(q);
    await this.createView(q);
    await this.createOwnedSync(q);
  }

  private async createIndexes(q: QueryRunner): Promise<void> {
    const live = 'WHERE deleted_at IS NULL';
    // Walks over every customer, on the profile (the status they carried is in customer_state now).
    await q.query(`CREATE INDEX customer_created_idx ON customer_profile (created_at DESC NULLS LAST, id DESC NULLS LAST) INCLUDE (${FILTERS}, next_contact_at) ${live}`);
    await q.query(`CREATE INDEX customer_department_idx ON customer_profile (department_id, created_at DESC NULLS LAST, id DESC NULLS LAST) INCLUDE (${FILTERS}, next_contact_at) ${live}`);
    await q.query(`CREATE INDEX customer_last_contact_idx ON customer_profile (last_contact_at, id) INCLUDE (${FILTERS}) ${live} AND last_contact_at IS NOT NULL`);
    await q.query(`CREATE INDEX customer_next_contact_sort_idx ON customer_profile (next_contact_at, id) INCLUDE (${FILTERS}) ${live} AND next_contact_at IS NOT NULL`);

    // The state: what the reclaim job and the pool read. A released customer enters three of these: the key and the two pool walks.
    // The due index leaves deleted_at out (the job tests it on the row: the view's deleted_at is the profile's, so a "deleted_at
    // IS NULL" through the view would not imply it); the pool walks read customer_state itself (poolStates), so theirs name it.
    await q.query(`CREATE INDEX customer_protection_sort_idx ON customer_state (protection_until, id) INCLUDE (status, review_state) WHERE protection_until IS NOT NULL`);
    await q.query(`CREATE INDEX customer_pool_idx ON customer_state (pool_entered_at DESC NULLS LAST, id DESC NULLS LAST) INCLUDE (${POOL_FILTERS}) WHERE status = 'POOL' AND deleted_at IS NULL`);
    await q.query(`CREATE INDEX customer_pool_name_idx ON customer_state (name, id) INCLUDE (${POOL_FILTERS}) WHERE status = 'POOL' AND deleted_at IS NULL`);
    await q.query(
      `CREATE INDEX customer_pool_reason_idx ON customer_state (pool_reason, pool_entered_at DESC NULLS LAST, id DESC NULLS LAST) WHERE status = 'POOL' AND pool_reason <> 'EXPIRED' AND deleted_at IS NULL`,
    );
    await q.query(`CREATE INDEX customer_formal_deal_idx ON customer_state ((coalesce(last_deal_at, formal_since, created_at))) WHERE status = 'FORMAL'`);

    // Owned customers: the owner-led walks (as they were on customer, partial on owner_id IS NOT NULL) and the status walks.
    // (deleted_at is always null here; in the predicate, a list's "deleted_at IS NULL" costs no check of the row.)
    await q.query(`CREATE INDEX customer_owner_idx ON customer_owned (owner_id, created_at DESC NULLS LAST, id DESC NULLS LAST) INCLUDE (status, ${FILTERS}, next_contact_at) ${live}`);
    await q.query(`CREATE INDEX customer_owner_name_idx ON customer_owned (owner_id, name, id) ${live}`);
    await q.query(`CREATE INDEX customer_owner_updated_idx ON customer_owned (owner_id, updated_at DESC NULLS LAST, id DESC NULLS LAST) ${live}`);
    await q.query(`CREATE INDEX customer_next_contact_idx ON customer_owned (owner_id, next_contact_at) ${live} AND next_contact_at IS NOT NULL`);
    await q.query(`CREATE INDEX customer_owner_protection_idx ON customer_owned (owner_id, protection_until, name, id) INCLUDE (status, review_state) ${live}`);
    await q.query(`CREATE INDEX customer_status_idx ON customer_owned (status, created_at DESC NULLS LAST, id DESC NULLS LAST) INCLUDE (${FILTERS}, next_contact_at) ${live}`);
    await q.query(`CREATE INDEX customer_owned_department_idx ON customer_owned (department_id, created_at DESC NULLS LAST, id DESC NULLS LAST) INCLUDE (status, ${FILTERS}, next_contact_at) ${live}`);
  }

  private async createView(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW customer AS
      SELECT p.id, ${PROFILE_COLUMNS.map((c) => `p.${c}`).join(', ')}, ${STATE_COLUMNS.map((c) => `s.${c}`).join(', ')}
        FROM customer_profile p JOIN customer_state s ON s.id = p.id`);
    const defaults: Record<string, string> = {
      id: 'gen_random_uuid()', created_at: 'now()', updated_at: 'now()', version: '1', name_bigrams: `'{}'`,
      status: `'POTENTIAL'`, extensions_used: '0', extension_pending: 'false', intent_pending: 'false',
    };
    for (const [column, value] of Object.entries(defaults)) await q.query(`ALTER VIEW customer ALTER COLUMN ${column} SET DEFAULT ${value}`);
    await q.query(`
      CREATE FUNCTION customer_view_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO customer_profile (id, ${PROFILE_COLUMNS.join(', ')}) VALUES (NEW.id, ${PROFILE_COLUMNS.map((c) => `NEW.${c}`).join(', ')});
        INSERT INTO customer_state (id, created_at, deleted_at, ${[...STATE_COLUMNS, ...POOL_PROFILE_KEYS].join(', ')})
        VALUES (NEW.id, NEW.created_at, NEW.deleted_at, ${[...STATE_COLUMNS, ...POOL_PROFILE_KEYS].map((c) => `NEW.${c}`).join(', ')});
        RETURN NEW;
      END $$`);
    const profileEdited = PROFILE_COLUMNS;
    const stateEdited = [...STATE_COLUMNS, 'deleted_at'];
    await q.query(`
      CREATE FUNCTION customer_view_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.id IS DISTINCT FROM OLD.id THEN
          RAISE EXCEPTION 'a customer''s id never changes';
        END IF;
        IF ${row('NEW', profileEdited)} IS DISTINCT FROM ${row('OLD', profileEdited)} THEN
          UPDATE customer_profile SET ${changedOnly(profileEdited)} WHERE id = OLD.id;
        END IF;
        IF ${row('NEW', stateEdited)} IS DISTINCT FROM ${row('OLD', stateEdited)} THEN
          UPDATE customer_state SET ${changedOnly(stateEdited)} WHERE id = OLD.id;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE FUNCTION customer_view_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM customer_profile WHERE id = OLD.id;
        RETURN OLD;
      END $$`);
    for (const op of ['insert', 'update', 'delete']) {
      await q.query(`CREATE TRIGGER customer_view_${op} INSTEAD OF ${op.toUpperCase()} ON customer FOR EACH ROW EXECUTE FUNCTION customer_view_${op}()`);
    }
  }

  /**
   * `customer_owned` follows the state (owner, status, review, deadline, deletion) and the profile's
   * copied keys; the state follows the profile's pool keys (POOL_PROFILE_KEYS). Statement triggers over transition tables: the reclaim job's 100k released rows are
   * one set-based delete, not 100k trigger calls.
   */
  private async createOwnedSync(q: QueryRunner): Promise<void> {
    const ownedColumns = [...OWNED_STATE_KEYS, ...OWNED_PROFILE_KEYS];
    const upsertFrom = (source: string) => `
        INSERT INTO customer_owned (id, ${ownedColumns.join(', ')})
        SELECT n.id, ${OWNED_STATE_KEYS.map((c) => `n.${c}`).join(', ')}, ${OWNED_PROFILE_KEYS.map((c) => `p.${c}`).join(', ')}
          FROM ${source} n JOIN customer_profile p ON p.id = n.id
         WHERE n.owner_id IS NOT NULL AND n.deleted_at IS NULL
           AND p.id = ANY (ARRAY(SELECT id FROM ${source} WHERE owner_id IS NOT NULL AND deleted_at IS NULL))
        ON CONFLICT (id) DO UPDATE SET ${OWNED_STATE_KEYS.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}`;
    await q.query(`
      CREATE FUNCTION customer_owned_state_inserted() RETURNS trigger LANGUAGE plpgsql ${KEY_WALKS_ONLY} AS $$
      BEGIN
        EXECUTE ${plannedPerCall(upsertFrom('inserted_state'))};
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION customer_owned_state_updated() RETURNS trigger LANGUAGE plpgsql ${KEY_WALKS_ONLY} AS $$
      BEGIN
        EXECUTE ${plannedPerCall(`
        WITH changed_state AS (
          SELECT n.* FROM new_state n JOIN old_state o ON o.id = n.id
           WHERE ${row('n', [...OWNED_STATE_KEYS, 'deleted_at'])} IS DISTINCT FROM ${row('o', [...OWNED_STATE_KEYS, 'deleted_at'])}
        ), released AS (
          DELETE FROM customer_owned WHERE id = ANY (ARRAY(SELECT id FROM changed_state WHERE owner_id IS NULL OR deleted_at IS NOT NULL))
        )
        ${upsertFrom('changed_state')}`)};
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION customer_owned_profile_updated() RETURNS trigger LANGUAGE plpgsql ${KEY_WALKS_ONLY} AS $$
      BEGIN
        EXECUTE ${plannedPerCall(`
        UPDATE customer_owned w SET ${OWNED_PROFILE_KEYS.map((c) => `${c} = n.${c}`).join(', ')}
          FROM new_profile n
         WHERE w.id = n.id AND w.id = ANY (ARRAY(SELECT id FROM new_profile))
           AND ${row('w', OWNED_PROFILE_KEYS)} IS DISTINCT FROM ${row('n', OWNED_PROFILE_KEYS)}`)};
        EXECUTE ${plannedPerCall(`
        UPDATE customer_state s SET ${POOL_PROFILE_KEYS.map((c) => `${c} = n.${c}`).join(', ')}
          FROM new_profile n
         WHERE s.id = n.id AND s.id = ANY (ARRAY(SELECT id FROM new_profile))
           AND ${row('s', POOL_PROFILE_KEYS)} IS DISTINCT FROM ${row('n', POOL_PROFILE_KEYS)}`)};
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

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW customer`);
    await q.query(`DROP TABLE customer_owned`);
    for (const fn of ['customer_view_insert', 'customer_view_update', 'customer_view_delete', 'customer_owned_state_inserted', 'customer_owned_state_updated', 'customer_owned_profile_updated']) {
      await q.query(`DROP FUNCTION IF EXISTS ${fn}() CASCADE`);
    }
    await q.query(`ALTER TABLE customer_profile RENAME TO customer`);
    await q.query(`
      ALTER TABLE customer
        ADD COLUMN owner_id uuid REFERENCES app_user(id),
        ADD COLUMN status text NOT NULL DEFAULT 'POTENTIAL' CHECK (status IN ('POTENTIAL','INTENT','FORMAL','POOL','LOST')),
        ADD COLUMN protection_until timestamptz,
        ADD COLUMN review_state text CHECK (review_state IN ('PENDING','APPROVED','REJECTED')),
        ADD COLUMN rejection_reason text,
        ADD COLUMN extensions_used int NOT NULL DEFAULT 0,
        ADD COLUMN extension_pending boolean NOT NULL DEFAULT false,
        ADD COLUMN intent_pending boolean NOT NULL DEFAULT false,
        ADD COLUMN pool_entered_at timestamptz,
        ADD COLUMN pool_reason text CHECK (pool_reason IN ('EXPIRED','REJECTED','ABANDONED')),
        ADD COLUMN previous_owner_id uuid REFERENCES app_user(id),
        ADD COLUMN abandoned_by_id uuid REFERENCES app_user(id),
        ADD COLUMN abandoned_at timestamptz,
        ADD COLUMN after_sales_owner_id uuid REFERENCES app_user(id),
        ADD COLUMN formal_since timestamptz,
        ADD COLUMN last_deal_at timestamptz`);
    await q.query(`UPDATE customer c SET ${STATE_COLUMNS.map((col) => `${col} = s.${col}`).join(', ')} FROM customer_state s WHERE s.id = c.id`);
    await q.query(`ALTER TABLE customer_history DROP CONSTRAINT customer_history_customer_id_fkey`);
    await q.query(`ALTER TABLE customer_history ADD CONSTRAINT customer_history_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customer(id)`);
    await q.query(`ALTER TABLE customer_history ALTER COLUMN id SET DEFAULT gen_random_uuid()`);
    await q.query(`DROP TABLE customer_state`);
    for (const index of ['customer_created_idx', 'customer_department_idx', 'customer_last_contact_idx', 'customer_next_contact_sort_idx']) {
      await q.query(`DROP INDEX ${index}`);
    }
    const live = 'WHERE deleted_at IS NULL';
    const owned = `${live} AND owner_id IS NOT NULL`;
    const included = `status, ${FILTERS}, next_contact_at`;
    await q.query(`CREATE INDEX customer_created_idx ON customer (created_at DESC NULLS LAST, id DESC NULLS LAST) INCLUDE (${included}) ${live}`);
    await q.query(`CREATE INDEX customer_department_idx ON customer (department_id, created_at DESC NULLS LAST, id DESC NULLS LAST) INCLUDE (${included}) ${live}`);
    await q.query(`CREATE INDEX customer_status_idx ON customer (status, created_at DESC NULLS LAST, id DESC NULLS LAST) INCLUDE (${FILTERS}, next_contact_at) ${live}`);
    await q.query(`CREATE INDEX customer_owner_idx ON customer (owner_id, created_at DESC NULLS LAST, id DESC NULLS LAST) INCLUDE (${included}) ${owned}`);
    await q.query(`CREATE INDEX customer_owner_name_idx ON customer (owner_id, name, id) ${owned}`);
    await q.query(`CREATE INDEX customer_owner_updated_idx ON customer (owner_id, updated_at DESC NULLS LAST, id DESC NULLS LAST) ${owned}`);
    await q.query(`CREATE INDEX customer_next_contact_idx ON customer (owner_id, next_contact_at) ${owned} AND next_contact_at IS NOT NULL`);
    await q.query(`CREATE INDEX customer_owner_protection_idx ON customer (owner_id, protection_until, name, id) INCLUDE (status, review_state) ${owned}`);
    await q.query(`CREATE INDEX customer_last_contact_idx ON customer (last_contact_at, id) INCLUDE (status, review_state, ${FILTERS}) ${live} AND last_contact_at IS NOT NULL`);
    await q.query(`CREATE INDEX customer_next_contact_sort_idx ON customer (next_contact_at, id) INCLUDE (status, review_state, ${FILTERS}) ${live} AND next_contact_at IS NOT NULL`);
    await q.query(
      `CREATE INDEX customer_protection_sort_idx ON customer (protection_until, id) INCLUDE (status, review_state, ${FILTERS}, next_contact_at) ${live} AND protection_until IS NOT NULL`,
    );
    await q.query(`CREATE INDEX customer_formal_deal_idx ON customer ((coalesce(last_deal_at, formal_since, created_at))) ${live} AND status = 'FORMAL'`);
    await q.query(
      `CREATE INDEX customer_pool_reason_idx ON customer (pool_reason, pool_entered_at DESC NULLS LAST, id DESC NULLS LAST) ${live} AND status = 'POOL' AND pool_reason <> 'EXPIRED'`,
    );
    await q.query(`CREATE INDEX customer_pool_idx ON customer (pool_entered_at DESC NULLS LAST, id DESC NULLS LAST) INCLUDE (pool_reason, industry, region, level, grade) ${live} AND status = 'POOL'`);
    await q.query(`CREATE INDEX customer_pool_name_idx ON customer (name, id) INCLUDE (pool_reason, industry, region, level, grade) ${live} AND status = 'POOL'`);
  }
}
