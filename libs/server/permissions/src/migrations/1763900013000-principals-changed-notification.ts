import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every replica caches its callers' principals (PrincipalCache) and must drop them when anything they
 * are made of changes: a user's login name, display name, department, roles, token version (password
 * change, sign-out everywhere), being disabled or deleted; a role's permissions or data scope; the
 * department tree (a new or moved department changes "my department and below"). These statement
 * triggers NOTIFY `kehu_principals`, delivered to every listening replica when the change commits —
 * whoever made it, through the API or not. Sign-in bookkeeping (failed attempts, last login) does not.
 */
export class PrincipalsChangedNotification1763900013000 implements MigrationInterface {
  name = 'PrincipalsChangedNotification1763900013000';

  async up(q: QueryRunner): Promise<void> {
    const triggers: Array<[table: string, events: string]> = [
      ['app_user', 'UPDATE OF username, display_name, department_id, token_version, disabled, deleted_at OR DELETE OR TRUNCATE'],
      ['user_role', 'INSERT OR UPDATE OR DELETE OR TRUNCATE'],
      ['role', 'UPDATE OF code, permissions, data_scope, deleted_at OR DELETE OR TRUNCATE'],
      ['department', 'INSERT OR UPDATE OF parent_id, path, deleted_at OR DELETE OR TRUNCATE'],
    ];
    for (const [table, events] of triggers) {
      await q.query(
        `CREATE TRIGGER ${table}_principals_changed AFTER ${events} ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION notify_cache_changed('kehu_principals')`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['app_user', 'user_role', 'role', 'department']) await q.query(`DROP TRIGGER ${table}_principals_changed ON ${table}`);
  }
}
