import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Phone search by the number's end (a number typed without its area code, the last digits): the digits
 * reversed, compared byte-wise so that a range on them is a prefix whatever the database collation.
 * Searching digits through the trigram index read the posting lists of trigrams that every phone and
 * code share: 17 ms for one match at 1M customers, ≈ 0.1 ms this way (docs/performance.md).
 */
export class CustomerPhoneSuffixIndex1763900012000 implements MigrationInterface {
  name = 'CustomerPhoneSuffixIndex1763900012000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX customer_phone_suffix_idx ON customer (reverse(normalized_phone) text_pattern_ops) WHERE deleted_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX customer_phone_suffix_idx`);
  }
}
