/**
 * Where each customer column is stored — the one list that the customer store, the `customer` view
 * and the sync triggers are generated from. A customer lives in three tables (docs/customer-lifecycle.md
 * "Where a customer is stored"): `customer_profile` (the record people edit), `customer_state` (the
 * lifecycle, written set-based by the reclaim job) and `customer_owned` (one row per owned customer,
 * the keys an owner's lists walk). `customer` is a read-only view joining profile and state.
 *
 * To add a column: add it to PROFILE_COLUMNS or STATE_COLUMNS (and to a copy list if a walk needs it),
 * to the entity and the DTO, and write a migration that adds it to its table and calls
 * recreateCustomerView(). Nothing else names the columns.
 */

/** Columns of `customer_profile`, besides `id`. */
export const PROFILE_COLUMNS = [
  'created_at', 'updated_at', 'deleted_at', 'version', 'created_by', 'code', 'name', 'short_name', 'normalized_name', 'search_text',
  'name_bigrams', 'category_id', 'grade', 'level', 'industry', 'region', 'address', 'phone', 'normalized_phone', 'fax', 'email',
  'website', 'source', 'credit_rating', 'satisfaction', 'description', 'legal_representative', 'registered_capital', 'annual_turnover',
  'bank', 'bank_account', 'tax_number', 'discount_percent', 'settlement_terms', 'department_id', 'external_id', 'last_contact_at',
  'next_contact_at', 'merged_into_id',
] as const;

/** The lifecycle columns (`customer_state`), besides `id` and the copies of `created_at` and `deleted_at`. */
export const STATE_COLUMNS = [
  'owner_id', 'status', 'protection_until', 'review_state', 'rejection_reason', 'extensions_used', 'extension_pending', 'intent_pending',
  'pool_entered_at', 'pool_reason', 'previous_owner_id', 'abandoned_by_id', 'abandoned_at', 'after_sales_owner_id', 'formal_since',
  'last_deal_at',
] as const;

/** What `customer_state` copies from the profile: the keys the pool page filters and sorts by (one index of the state each). */
export const POOL_PROFILE_KEYS = ['name', 'code', 'industry', 'region', 'level', 'grade'] as const;

/** What `customer_owned` copies from the profile (the keys an owner's lists walk, sort and filter by)… */
export const OWNED_PROFILE_KEYS = [
  'department_id', 'created_at', 'updated_at', 'name', 'code', 'level', 'grade', 'industry', 'region', 'source', 'category_id',
  'last_contact_at', 'next_contact_at',
] as const;

/** … and from the state. */
export const OWNED_STATE_KEYS = ['owner_id', 'status', 'review_state', 'protection_until'] as const;

export type ProfileColumn = (typeof PROFILE_COLUMNS)[number];
export type StateColumn = (typeof STATE_COLUMNS)[number];

const STATE_SET = new Set<string>(STATE_COLUMNS);
const PROFILE_SET = new Set<string>(PROFILE_COLUMNS);

/** The table that holds `column`. */
export function tableOf(column: string): 'customer_profile' | 'customer_state' {
  if (STATE_SET.has(column)) return 'customer_state';
  if (PROFILE_SET.has(column) || column === 'id') return 'customer_profile';
  throw new Error(`customer column ${column} is in neither PROFILE_COLUMNS nor STATE_COLUMNS (storage/customer-columns.ts)`);
}

const row = (prefix: string, columns: readonly string[]) => `ROW(${columns.map((c) => `${prefix}.${c}`).join(', ')})`;

/** The read-only `customer` view: every column under the names readers use. */
export function customerViewSql(): string {
  return `CREATE VIEW customer AS
    SELECT p.id, ${PROFILE_COLUMNS.map((c) => `p.${c}`).join(', ')}, ${STATE_COLUMNS.map((c) => `s.${c}`).join(', ')}
      FROM customer_profile p JOIN customer_state s ON s.id = p.id`;
}

/**
 * A statement over trigger transition tables, run by plpgsql's EXECUTE: planned on each call for the
 * rows it has. A static statement keeps the plan of the session's first call — after a one-customer
 * edit, a nested loop that took minutes for the reclaim job's 100k-row update.
 */
const plannedPerCall = (sql: string) => `$statement$${sql}$statement$`;

/**
 * For the sync functions, whose statements join a few thousand changed rows to tables of a million:
 * transition tables have no statistics, so the planner guessed 25× too many rows and hashed all of
 * `customer_owned` per 5,000-customer chunk (1 s each). The statements name the changed keys as an
 * array (`id = ANY (ARRAY(…))`, an index walk whatever the guess), and no plan may read a whole table.
 */
const KEY_WALKS_ONLY = 'SET enable_seqscan = off';

/**
 * The functions of the statement triggers that keep `customer_owned` in step with the state (owner,
 * status, review, deadline, deletion) and the profile's copied keys, and the state's copies of the
 * profile's pool keys: set-based over transition tables, so the reclaim job's 100k released rows are
 * one delete, not 100k trigger calls. (`CREATE OR REPLACE`: the triggers themselves stay.)
 */
export function ownedSyncFunctionsSql(): string[] {
  const ownedColumns = [...OWNED_STATE_KEYS, ...OWNED_PROFILE_KEYS];
  const upsertFrom = (source: string) => `
        INSERT INTO customer_owned (id, ${ownedColumns.join(', ')})
        SELECT n.id, ${OWNED_STATE_KEYS.map((c) => `n.${c}`).join(', ')}, ${OWNED_PROFILE_KEYS.map((c) => `p.${c}`).join(', ')}
          FROM ${source} n JOIN customer_profile p ON p.id = n.id
         WHERE n.owner_id IS NOT NULL AND n.deleted_at IS NULL
           AND p.id = ANY (ARRAY(SELECT id FROM ${source} WHERE owner_id IS NOT NULL AND deleted_at IS NULL))
        ON CONFLICT (id) DO UPDATE SET ${OWNED_STATE_KEYS.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}`;
  return [
    `CREATE OR REPLACE FUNCTION customer_owned_state_inserted() RETURNS trigger LANGUAGE plpgsql ${KEY_WALKS_ONLY} AS $$
      BEGIN
        EXECUTE ${plannedPerCall(upsertFrom('inserted_state'))};
        RETURN NULL;
      END $$`,
    `CREATE OR REPLACE FUNCTION customer_owned_state_updated() RETURNS trigger LANGUAGE plpgsql ${KEY_WALKS_ONLY} AS $$
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
      END $$`,
    `CREATE OR REPLACE FUNCTION customer_owned_profile_updated() RETURNS trigger LANGUAGE plpgsql ${KEY_WALKS_ONLY} AS $$
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
      END $$`,
  ];
}

/** Drops and recreates the `customer` view from the lists above (a migration that adds a column calls it). */
export async function recreateCustomerView(q: { query(sql: string): Promise<unknown> }): Promise<void> {
  await q.query(`DROP VIEW IF EXISTS customer`);
  await q.query(customerViewSql());
}
