import { MigrationInterface, QueryRunner } from 'typeorm';

/** The view's columns as migration 1764000710000 left them (a snapshot: this migration must not change with later code). */
const PROFILE_COLUMNS = [
  'created_at', 'updated_at', 'deleted_at', 'version', 'created_by', 'code', 'name', 'short_name', 'normalized_name', 'search_text',
  'name_bigrams', 'category_id', 'grade', 'level', 'industry', 'region', 'address', 'phone', 'normalized_phone', 'fax', 'email',
  'website', 'source', 'credit_rating', 'satisfaction', 'description', 'legal_representative', 'registered_capital', 'annual_turnover',
  'bank', 'bank_account', 'tax_number', 'discount_percent', 'settlement_terms', 'department_id', 'external_id', 'last_contact_at',
  'next_contact_at', 'merged_into_id',
];
/** Appended to the view after the state's columns by 1764000710000. */
const OWNER_HINT = 'p.owner_hint';
const STATE_COLUMNS = [
  'owner_id', 'status', 'protection_until', 'review_state', 'rejection_reason', 'extensions_used', 'extension_pending', 'intent_pending',
  'pool_entered_at', 'pool_reason', 'previous_owner_id', 'abandoned_by_id', 'abandoned_at', 'after_sales_owner_id', 'formal_since',
  'last_deal_at',
];

const view = (extra: string) => `
  CREATE OR REPLACE VIEW customer AS
  SELECT p.id, ${PROFILE_COLUMNS.map((c) => `p.${c}`).join(', ')}, ${STATE_COLUMNS.map((c) => `s.${c}`).join(', ')}, ${OWNER_HINT}${extra}
    FROM customer_profile p JOIN customer_state s ON s.id = p.id`;

/**
 * Change tracking (ARCHITECTURE "Sync": `?updatedSince=` never misses a change). A customer's
 * `updatedAt` is the later of the profile's `updated_at` — moved by every edit and every lifecycle
 * transition saved through the customer — and the state's new `state_updated_at`, stamped by the
 * writer that changes lifecycle columns set-based without touching the profile: the reclaim job.
 * Stamping the profile there instead rewrote each released customer's wide row into every profile
 * index: 20,000 releases took 9.5–11.8 s more and 5× the WAL (docs/customer-lifecycle.md), the
 * cost the state split (the customer baseline) removed. The stamp enters one more index per released row,
 * appended at its end (the stamps grow with time), which `?updatedSince=` walks for the customers
 * released since then. The view gains the column at its end (CREATE OR REPLACE keeps its triggers
 * and defaults). Numbered after 1764000710000, whose explicit column list ends the view with
 * `owner_hint`: the stamp follows it.
 */
export class CustomerStateUpdatedAt1764000720500 implements MigrationInterface {
  name = 'CustomerStateUpdatedAt1764000720500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE customer_state ADD COLUMN state_updated_at timestamptz`);
    await q.query(`CREATE INDEX customer_state_updated_idx ON customer_state (state_updated_at) WHERE state_updated_at IS NOT NULL`);
    await q.query(view(', s.state_updated_at'));
  }

  async down(q: QueryRunner): Promise<void> {
    // A view's columns cannot be dropped by CREATE OR REPLACE: recreate it with its defaults and triggers.
    const triggers: Array<{ def: string }> = await q.query(
      `SELECT pg_get_triggerdef(t.oid) AS def FROM pg_trigger t WHERE t.tgrelid = 'customer'::regclass AND NOT t.tgisinternal`,
    );
    const defaults: Array<{ column: string; value: string }> = await q.query(
      `SELECT a.attname AS column, pg_get_expr(d.adbin, d.adrelid) AS value
         FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum WHERE d.adrelid = 'customer'::regclass`,
    );
    await q.query(`DROP VIEW customer`);
    await q.query(view(''));
    for (const { column, value } of defaults) await q.query(`ALTER VIEW customer ALTER COLUMN ${column} SET DEFAULT ${value}`);
    for (const { def } of triggers) await q.query(def);
    await q.query(`DROP INDEX customer_state_updated_idx`);
    await q.query(`ALTER TABLE customer_state DROP COLUMN state_updated_at`);
  }
}
