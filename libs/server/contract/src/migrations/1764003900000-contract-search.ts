import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The contract list's free-text `q` (issue 21): a number by its start in either case, and the title
 * or the buyer's name containing the text (pg_trgm, three characters or more). The expressions are
 * those of `contractSearchCondition` in contract.repository.ts; a change there needs a new index here.
 */
export class ContractSearch1764003900000 implements MigrationInterface {
  name = 'ContractSearch1764003900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // text_pattern_ops: a LIKE 'HT2026%' prefix scan whatever the database's collation.
    await q.query(`CREATE INDEX ix_contract_number_prefix ON contract (upper(number) text_pattern_ops) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX ix_contract_search_trgm ON contract USING gin ((title || ' ' || buyer_name) gin_trgm_ops) WHERE deleted_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_contract_search_trgm`);
    await q.query(`DROP INDEX ix_contract_number_prefix`);
  }
}
