import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `customer_profile.owner_hint`: the last owner a customer was given, written with every assignment
 * (the store) and left as it was by a release, which writes no profile row. A restricted caller's search
 * keeps the matches whose hint, department or team seat may be theirs — read on the profile row the
 * match has already fetched — and looks up the owner on `customer_state` for those few only, instead
 * of for each of a broad word's 5,000 matches. No index: ANDing a rep's whole hint index into a
 * narrow match's bitmap costs more than the filter (docs/performance.md).
 */
export class CustomerOwnerHint1764000710000 implements MigrationInterface {
  name = 'CustomerOwnerHint1764000710000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE customer_profile ADD COLUMN owner_hint uuid`);
    await q.query(`COMMENT ON COLUMN customer_profile.owner_hint IS 'Last owner assigned (stale after a release): the search''s scope prefilter'`);
    await q.query(`UPDATE customer_profile p SET owner_hint = s.owner_id FROM customer_state s WHERE s.id = p.id AND s.owner_id IS NOT NULL`);
    await q.query(`
      CREATE OR REPLACE VIEW customer AS
      SELECT p.id, p.created_at, p.updated_at, p.deleted_at, p.version, p.created_by, p.code, p.name, p.short_name, p.normalized_name,
             p.search_text, p.name_bigrams, p.category_id, p.grade, p.level, p.industry, p.region, p.address, p.phone, p.normalized_phone,
             p.fax, p.email, p.website, p.source, p.credit_rating, p.satisfaction, p.description, p.legal_representative,
             p.registered_capital, p.annual_turnover, p.bank, p.bank_account, p.tax_number, p.discount_percent, p.settlement_terms,
             p.department_id, p.external_id, p.last_contact_at, p.next_contact_at, p.merged_into_id,
             s.owner_id, s.status, s.protection_until, s.review_state, s.rejection_reason, s.extensions_used, s.extension_pending,
             s.intent_pending, s.pool_entered_at, s.pool_reason, s.previous_owner_id, s.abandoned_by_id, s.abandoned_at,
             s.after_sales_owner_id, s.formal_since, s.last_deal_at,
             p.owner_hint
        FROM customer_profile p JOIN customer_state s ON s.id = p.id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE customer_profile DROP COLUMN owner_hint CASCADE`);
  }
}
