import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Receivables and deliveries for the sales roles of an existing database (issue 22): reps and sales
 * managers enter plans and record the payments they collect (`receivable:write`, finance confirms)
 * and record deliveries and the customer's acceptance (`delivery:write`).
 *
 * The permissions seeder creates built-in roles once and never rewrites them (administrators edit
 * roles), so a database created before these grants existed gets them here, on the built-in roles
 * only. On a new database no role exists yet when migrations run; the seeder then creates the roles
 * from built-in-roles.ts, which lists the same codes.
 */
export const RECEIVABLE_GRANTS: Record<string, string[]> = {
  sales_rep: ['receivable:write', 'delivery:write'],
  sales_manager: ['receivable:write', 'delivery:write'],
};

export class ReceivableGrants1764004000000 implements MigrationInterface {
  name = 'ReceivableGrants1764004000000';

  async up(q: QueryRunner): Promise<void> {
    for (const [role, codes] of Object.entries(RECEIVABLE_GRANTS)) {
      await q.query(
        `UPDATE role SET permissions = ARRAY(SELECT DISTINCT unnest(permissions || $2::text[]) ORDER BY 1), updated_at = now(), version = version + 1
          WHERE code = $1 AND built_in AND deleted_at IS NULL AND NOT permissions @> $2::text[]`,
        [role, codes],
      );
    }
  }

  async down(): Promise<void> {
    // Nothing: a grant an administrator may since rely on is not taken back by a downgrade.
  }
}
