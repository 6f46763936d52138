import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who signs and who closes (issue 21, seed 004: the rep records the signing of their own approved
 * contract): `contract:sign` now only signs, and the new `contract:close` completes and terminates.
 * A manual completion states its reason, kept like a termination's.
 *
 * Built-in roles reach a new database through the permissions seeder, which creates them once and
 * never rewrites them afterwards (administrators edit roles). An existing database therefore gets the
 * change here: every role that could close contracts through `contract:sign` keeps that power as
 * `contract:close`, and the built-in rep role gains `contract:sign`. On a new database no role exists
 * yet when migrations run, and the seeder creates them from built-in-roles.ts.
 */
export class ContractClose1764003910000 implements MigrationInterface {
  name = 'ContractClose1764003910000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contract ADD COLUMN completion_reason text`);
    await q.query(
      `UPDATE role SET permissions = array_append(permissions, 'contract:close'), updated_at = now(), version = version + 1
        WHERE 'contract:sign' = ANY(permissions) AND NOT 'contract:close' = ANY(permissions) AND deleted_at IS NULL`,
    );
    await q.query(
      `UPDATE role SET permissions = array_append(permissions, 'contract:sign'), updated_at = now(), version = version + 1
        WHERE code = 'sales_rep' AND built_in AND NOT 'contract:sign' = ANY(permissions) AND deleted_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE role SET permissions = array_remove(permissions, 'contract:sign') WHERE code = 'sales_rep' AND built_in`);
    await q.query(`UPDATE role SET permissions = array_remove(permissions, 'contract:close')`);
    await q.query(`ALTER TABLE contract DROP COLUMN completion_reason`);
  }
}
