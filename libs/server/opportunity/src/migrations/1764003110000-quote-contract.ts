import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An accepted quote that became a signed contract is marked contracted (issue 21 item 5): the
 * contract's id and when. No foreign key: the opportunity module does not know contracts; the
 * contract module references quotes, not the other way round.
 */
export class QuoteContract1764003110000 implements MigrationInterface {
  name = 'QuoteContract1764003110000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE quote ADD COLUMN contract_id uuid, ADD COLUMN contracted_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE quote DROP COLUMN contract_id, DROP COLUMN contracted_at`);
  }
}
