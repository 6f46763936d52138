import { pinyin } from 'pinyin-pro';
import { MigrationInterface, QueryRunner } from 'typeorm';

const BATCH = 5000;
/** The keys of `column` cut to 12 letters, as text-search words (pinyin-keys.ts pinyinPrefixMatch as of this migration). */
const words = (column: string) => `array_to_tsvector(array_remove(string_to_array(regexp_replace(${column}, '(\\S{12})\\S+', '\\1', 'g'), ' '), ''))`;

/**
 * Pinyin search by prefix from any syllable (docs/performance.md, "Pinyin search"): the keys become
 * the full pinyin and the initials from every syllable on (金坛暖通设备: `jintannuantongshebei`,
 * `nuantongshebei`, `jtntsb`, `ntsb` …), of the name without its legal form; a GIN index holds them cut
 * to 12 letters as text-search words (whole keys: 581 MB at 1M customers, cut: 218 MB), found by a
 * prefix tsquery, the whole key checked on the rows found. Trigram containment, which
 * this replaces, intersected the posting lists of trigrams such as `ong` and `ian` found in most names:
 * a long query took 1.3 s at 1M customers and saturated the cores. The backfill derives the keys in
 * Node by a copy of pinyin-keys.ts as it is now (migrations are self-contained history); the name as
 * searched is the first word of `search_text`. The trigram indexes go first, so that the backfill does
 * not maintain them, and the prefix indexes are built after it in one pass.
 */
export class CustomerPinyinPrefixes1764002100000 implements MigrationInterface {
  name = 'CustomerPinyinPrefixes1764002100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS customer_pinyin_trgm_idx`);
    await q.query(`DROP INDEX IF EXISTS contact_name_pinyin_trgm_idx`);
    await backfill(q, 'customer_profile', 'pinyin_keys', `split_part(search_text, ' ', 1) AS search_name, short_name`, (r) =>
      pinyinKeys(r.search_name, r.short_name),
    );
    await backfill(q, 'contact', 'name_pinyin', `name`, (r) => pinyinKeys(r.name));
    await q.query(`CREATE INDEX customer_pinyin_prefix_idx ON customer_profile USING gin (${words('pinyin_keys')})`);
    await q.query(`CREATE INDEX contact_name_pinyin_prefix_idx ON contact USING gin (${words('name_pinyin')}) WHERE deleted_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The keys stay as they are: trigram containment finds the old queries in them too.
    await q.query(`DROP INDEX contact_name_pinyin_prefix_idx`);
    await q.query(`DROP INDEX customer_pinyin_prefix_idx`);
    await q.query(`CREATE INDEX customer_pinyin_trgm_idx ON customer_profile USING gin (pinyin_keys gin_trgm_ops)`);
    await q.query(`CREATE INDEX contact_name_pinyin_trgm_idx ON contact USING gin (name_pinyin gin_trgm_ops) WHERE deleted_at IS NULL`);
  }
}

/** pinyin-keys.ts `pinyinKeys` as of this migration: full pinyin and initials from every syllable on, of up to 8 spellings (the first one). */
function pinyinKeys(...names: Array<string | null | undefined>): string {
  const keys = new Set<string>();
  for (const name of names) {
    if (!name || !/\p{Script=Han}/u.test(name)) continue;
    const text = name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    let spellings: Array<Array<[string, string]>> = [[]];
    for (const [, han, other] of text.matchAll(/(\p{Script=Han}+)|([^\p{Script=Han}]+)/gu)) {
      const inContext = other ? [] : pinyin(han, { toneType: 'none', type: 'array', v: true });
      const syllables = other
        ? [{ readings: [other], isHan: false }]
        : [...han].map((char, i) => ({
            readings: [...new Set([inContext[i], ...pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true })].filter(Boolean))],
            isHan: true,
          }));
      for (const { readings, isHan } of syllables) {
        const choices = spellings.length * readings.length <= 8 ? readings : readings.slice(0, 1);
        spellings = spellings.flatMap((s) => choices.map((r) => [...s, [r, isHan ? r[0] : r] as [string, string]]));
      }
    }
    // The first spelling (as the words read) from every syllable on, the others from the start only.
    for (const [n, spelling] of spellings.entries()) {
      for (let i = 0; i < (n === 0 ? spelling.length : 1); i++) {
        const rest = spelling.slice(i);
        for (const key of [rest.map(([full]) => full).join(''), rest.map(([, initial]) => initial).join('')]) {
          if (key.length >= 3) keys.add(key);
        }
      }
    }
  }
  return [...keys].join(' ');
}

/** Writes `column` = derive(row) for every row of `table` whose key changes, in id order, BATCH rows per statement. */
async function backfill(
  q: QueryRunner,
  table: string,
  column: string,
  read: string,
  derive: (row: Record<string, string | null>) => string,
): Promise<void> {
  for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
    const rows: Array<Record<string, string | null> & { id: string }> = await q.query(
      `SELECT id, ${column} AS current, ${read} FROM ${table} WHERE id > $1 ORDER BY id LIMIT ${BATCH}`,
      [after],
    );
    if (!rows.length) return;
    const changed = rows.map((r) => ({ id: r.id, key: derive(r), current: r.current })).filter((r) => r.key !== r.current);
    if (changed.length) {
      await q.query(`UPDATE ${table} t SET ${column} = v.key FROM unnest($1::uuid[], $2::text[]) AS v(id, key) WHERE t.id = v.id`, [
        changed.map((r) => r.id),
        changed.map((r) => r.key),
      ]);
    }
    after = rows[rows.length - 1].id;
  }
}
