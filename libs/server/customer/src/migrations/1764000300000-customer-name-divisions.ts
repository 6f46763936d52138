import { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_LEGAL_FORMS, normalizeCompanyName } from '../company-name';

/** Customers read per query while their keys are recomputed. */
const BATCH = 10_000;

/**
 * Recomputes the duplicate key (`customer_profile.normalized_name`) now that it brings the
 * administrative division to one form (issue 18, finding 12: （扬州）X有限公司 and 扬州市X有限公司 were
 * both accepted). Names are normalised in Node, by the same function the application uses, with the
 * legal forms of the `legal-form` dictionary. Only the key changes: `search_text` and `name_bigrams`
 * keep the name as written, `updated_at` and `version` stay (a derived key is not an edit, and sync
 * clients need not fetch every customer again).
 *
 * Two live customers that the new key calls the same company cannot both hold it (unique index): the
 * first entered gets the new key, the later one keeps its old key — both are still found by the
 * duplicate check (by containment) and an administrator merges them (POST /customers/{id}/merge). The
 * number kept is logged. Moves happen in passes: a key is taken only when no live customer holds it at
 * the start of the pass, so a customer leaving a key frees it for the next pass.
 */
export class CustomerNameDivisions1764000300000 implements MigrationInterface {
  name = 'CustomerNameDivisions1764000300000';

  async up(q: QueryRunner): Promise<void> {
    const dictionary: Array<{ label: string; label_en: string | null }> = await q.query(
      `SELECT label, label_en FROM dictionary_item WHERE type_code = 'legal-form' AND deleted_at IS NULL`,
    );
    const legalForms = [...DEFAULT_LEGAL_FORMS, ...dictionary.flatMap((d) => [d.label, d.label_en ?? ''])].filter(Boolean);
    await q.query(`CREATE TEMPORARY TABLE customer_name_key (id uuid PRIMARY KEY, key text NOT NULL) ON COMMIT DROP`);
    for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
      const rows: Array<{ id: string; name: string; normalized_name: string }> = await q.query(
        `SELECT id, name, normalized_name FROM customer_profile WHERE id > $1 ORDER BY id LIMIT ${BATCH}`,
        [after],
      );
      if (!rows.length) break;
      const changed = rows.map((r) => ({ id: r.id, key: normalizeCompanyName(r.name, legalForms) })).filter((r, i) => r.key !== rows[i].normalized_name);
      if (changed.length) {
        await q.query(`INSERT INTO customer_name_key (id, key) SELECT * FROM unnest($1::uuid[], $2::text[])`, [changed.map((r) => r.id), changed.map((r) => r.key)]);
      }
      after = rows[rows.length - 1].id;
    }
    await q.query(`CREATE INDEX ON customer_name_key (key)`);
    await q.query(`ANALYZE customer_name_key`);
    // Deleted customers hold no key (the unique index is on live ones).
    await q.query(`UPDATE customer_profile p SET normalized_name = k.key FROM customer_name_key k WHERE p.id = k.id AND p.deleted_at IS NOT NULL`);
    for (;;) {
      const [, moved] = (await q.query(
        `UPDATE customer_profile p SET normalized_name = k.key
           FROM customer_name_key k
          WHERE p.id = k.id AND p.deleted_at IS NULL AND p.normalized_name <> k.key
            AND NOT EXISTS (SELECT 1 FROM customer_profile o WHERE o.deleted_at IS NULL AND o.normalized_name = k.key)
            AND NOT EXISTS (SELECT 1 FROM customer_name_key k2 JOIN customer_profile p2 ON p2.id = k2.id
                             WHERE k2.key = k.key AND p2.deleted_at IS NULL AND p2.normalized_name <> k2.key
                               AND (p2.created_at, p2.id) < (p.created_at, p.id))`,
      )) as [unknown, number];
      if (!moved) break;
    }
    const [{ kept }] = await q.query(
      `SELECT count(*)::int AS kept FROM customer_name_key k JOIN customer_profile p ON p.id = k.id WHERE p.deleted_at IS NULL AND p.normalized_name <> k.key`,
    );
    if (kept) q.connection.logger.log('warn', `${kept} customers keep their old duplicate key: another customer has the same name under the new normalisation (merge them)`, q);
  }

  async down(): Promise<void> {
    // The old keys are not kept; the application's normalisation is the one to go back to, by a new migration.
  }
}
