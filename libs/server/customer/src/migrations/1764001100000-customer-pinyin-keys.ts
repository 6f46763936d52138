import { pinyin } from 'pinyin-pro';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** The view's columns as migration 1764000720500 left them (a snapshot: this migration must not change with later code). */
const PROFILE_COLUMNS = [
  'created_at', 'updated_at', 'deleted_at', 'version', 'created_by', 'code', 'name', 'short_name', 'normalized_name', 'search_text',
  'name_bigrams', 'category_id', 'grade', 'level', 'industry', 'region', 'address', 'phone', 'normalized_phone', 'fax', 'email',
  'website', 'source', 'credit_rating', 'satisfaction', 'description', 'legal_representative', 'registered_capital', 'annual_turnover',
  'bank', 'bank_account', 'tax_number', 'discount_percent', 'settlement_terms', 'department_id', 'external_id', 'last_contact_at',
  'next_contact_at', 'merged_into_id',
];
const STATE_COLUMNS = [
  'owner_id', 'status', 'protection_until', 'review_state', 'rejection_reason', 'extensions_used', 'extension_pending', 'intent_pending',
  'pool_entered_at', 'pool_reason', 'previous_owner_id', 'abandoned_by_id', 'abandoned_at', 'after_sales_owner_id', 'formal_since',
  'last_deal_at',
];
/** Appended after the state's columns by 1764000710000 and 1764000720500. */
const APPENDED = 'p.owner_hint, s.state_updated_at';

const view = (extra: string) => `
  CREATE OR REPLACE VIEW customer AS
  SELECT p.id, ${PROFILE_COLUMNS.map((c) => `p.${c}`).join(', ')}, ${STATE_COLUMNS.map((c) => `s.${c}`).join(', ')}, ${APPENDED}${extra}
    FROM customer_profile p JOIN customer_state s ON s.id = p.id`;

const BATCH = 5000;

/**
 * Pinyin search (issue 19, item 7): `customer_profile.pinyin_keys` (of the full and short name) and
 * `contact.name_pinyin`, the full pinyin and the initials of every spelling (pinyin-keys.ts), each
 * with a trigram index like `search_text`'s, so `jintan` and `jtnt` find 金坛暖通… by containment.
 * The backfill derives them in Node with pinyin-pro by a copy of pinyin-keys.ts as it is now (migrations
 * are self-contained history; the library's readings are the installed version's). Only the
 * keys change: `updated_at` and `version` stay (a derived key is not an edit). The indexes are built
 * after the backfill (one pass instead of a GIN insert per row). The view gains the column at its end.
 */
export class CustomerPinyinKeys1764001100000 implements MigrationInterface {
  name = 'CustomerPinyinKeys1764001100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE customer_profile ADD COLUMN pinyin_keys text NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE contact ADD COLUMN name_pinyin text NOT NULL DEFAULT ''`);
    await backfill(q, 'customer_profile', 'pinyin_keys', `name, short_name`, (r) => pinyinKeys(r.name, r.short_name));
    await backfill(q, 'contact', 'name_pinyin', `name`, (r) => pinyinKeys(r.name));
    await q.query(`CREATE INDEX customer_pinyin_trgm_idx ON customer_profile USING gin (pinyin_keys gin_trgm_ops)`);
    await q.query(`CREATE INDEX contact_name_pinyin_trgm_idx ON contact USING gin (name_pinyin gin_trgm_ops) WHERE deleted_at IS NULL`);
    await q.query(view(', p.pinyin_keys'));
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
    await q.query(`DROP INDEX contact_name_pinyin_trgm_idx`);
    await q.query(`DROP INDEX customer_pinyin_trgm_idx`);
    await q.query(`ALTER TABLE contact DROP COLUMN name_pinyin`);
    await q.query(`ALTER TABLE customer_profile DROP COLUMN pinyin_keys`);
  }
}

/** pinyin-keys.ts `pinyinKeys` as of this migration: full pinyin and initials of up to 8 spellings per name. */
function pinyinKeys(...names: Array<string | null | undefined>): string {
  const keys = new Set<string>();
  for (const name of names) {
    if (!name || !/\p{Script=Han}/u.test(name)) continue;
    const text = name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    let spellings: Array<[string, string]> = [['', '']];
    for (const [, han, other] of text.matchAll(/(\p{Script=Han}+)|([^\p{Script=Han}]+)/gu)) {
      const inContext = other ? [] : pinyin(han, { toneType: 'none', type: 'array', v: true });
      const syllables = other
        ? [{ readings: [other], han: false }]
        : [...han].map((char, i) => ({
            readings: [...new Set([inContext[i], ...pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true })].filter(Boolean))],
            han: true,
          }));
      for (const { readings, han: isHan } of syllables) {
        const choices = spellings.length * readings.length <= 8 ? readings : readings.slice(0, 1);
        spellings = spellings.flatMap(([full, initials]) => choices.map((r): [string, string] => [full + r, initials + (isHan ? r[0] : r)]));
      }
    }
    for (const [full, initials] of spellings) keys.add(full).add(initials);
  }
  return [...keys].join(' ');
}

/** Writes `column` = derive(row) for every row of `table`, in id order, BATCH rows per statement. */
async function backfill(
  q: QueryRunner,
  table: string,
  column: string,
  read: string,
  derive: (row: Record<string, string | null>) => string,
): Promise<void> {
  for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
    const rows: Array<Record<string, string | null> & { id: string }> = await q.query(
      `SELECT id, ${read} FROM ${table} WHERE id > $1 ORDER BY id LIMIT ${BATCH}`,
      [after],
    );
    if (!rows.length) return;
    const keyed = rows.map((r) => ({ id: r.id, key: derive(r) })).filter((r) => r.key);
    if (keyed.length) {
      await q.query(`UPDATE ${table} t SET ${column} = v.key FROM unnest($1::uuid[], $2::text[]) AS v(id, key) WHERE t.id = v.id`, [
        keyed.map((r) => r.id),
        keyed.map((r) => r.key),
      ]);
    }
    after = rows[rows.length - 1].id;
  }
}
