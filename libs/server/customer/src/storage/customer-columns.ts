/**
 * Where each customer column is stored — the one list that the customer store, the `customer` view
 * and the sync triggers are generated from. A customer lives in three tables (docs/customer-lifecycle.md
 * "Where a customer is stored"): `customer_profile` (the record people edit), `customer_state` (the
 * lifecycle, written set-based by the reclaim job) and `customer_owned` (one row per owned customer,
 * the keys an owner's lists walk). `customer` is a read-only view joining profile and state.
 *
 * To add a column: add it to PROFILE_COLUMNS or STATE_COLUMNS, to the entity and the DTO, and write a
 * migration that adds it to its table and to the end of the view (`ALTER TABLE customer_profile ADD
 * COLUMN …; CREATE OR REPLACE VIEW customer AS SELECT …, p.<column> …`). customer-columns.spec.ts fails
 * until the tables, the view and these lists agree. (Migrations are frozen history: they spell their
 * SQL out rather than generate it from this live list, which a later change would alter under them.)
 * A column that an owner's or the pool's walk filters by is also copied (OWNED_* / POOL_PROFILE_KEYS);
 * the sync trigger functions of the baseline migration copy them — a new copy replaces those functions.
 */

/** Columns of `customer_profile`, besides `id`. */
export const PROFILE_COLUMNS = [
  'created_at', 'updated_at', 'deleted_at', 'version', 'created_by', 'code', 'name', 'short_name', 'normalized_name', 'search_text',
  'name_bigrams', 'category_id', 'grade', 'level', 'industry', 'region', 'address', 'phone', 'normalized_phone', 'fax', 'email',
  'website', 'source', 'credit_rating', 'satisfaction', 'description', 'legal_representative', 'registered_capital', 'annual_turnover',
  'bank', 'bank_account', 'tax_number', 'discount_percent', 'settlement_terms', 'department_id', 'external_id', 'last_contact_at',
  'next_contact_at', 'merged_into_id', 'owner_hint', 'pinyin_keys',
] as const;

/** The lifecycle columns (`customer_state`), besides `id` and the copies of `created_at` and `deleted_at`. */
export const STATE_COLUMNS = [
  'owner_id', 'status', 'protection_until', 'review_state', 'rejection_reason', 'extensions_used', 'extension_pending', 'intent_pending',
  'pool_entered_at', 'pool_reason', 'previous_owner_id', 'abandoned_by_id', 'abandoned_at', 'after_sales_owner_id', 'formal_since',
  'last_deal_at', 'state_updated_at',
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
