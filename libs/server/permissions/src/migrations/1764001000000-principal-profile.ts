import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 23 (lean request pipeline): GET /auth/me answers from the cached principal, which now also
 * carries what /auth/me shows beside it — the user's email and mobile, their department's name, their
 * roles' names. So changes to those columns must empty the principal caches too (kehu_principals).
 */
export class PrincipalProfile1764001000000 implements MigrationInterface {
  name = 'PrincipalProfile1764001000000';

  async up(q: QueryRunner): Promise<void> {
    await this.triggers(q, { user: ', email, mobile', role: ', name', department: ', name' });
  }

  async down(q: QueryRunner): Promise<void> {
    await this.triggers(q, { user: '', role: '', department: '' });
  }

  private async triggers(q: QueryRunner, extra: { user: string; role: string; department: string }): Promise<void> {
    await q.query(`DROP TRIGGER app_user_principals_changed ON app_user`);
    await q.query(
      `CREATE TRIGGER app_user_principals_changed
         AFTER UPDATE OF username, display_name, department_id, token_version, disabled, deleted_at, must_change_password${extra.user} OR DELETE OR TRUNCATE
         ON app_user FOR EACH STATEMENT EXECUTE FUNCTION notify_cache_changed('kehu_principals')`,
    );
    await q.query(`DROP TRIGGER role_principals_changed ON role`);
    await q.query(
      `CREATE TRIGGER role_principals_changed AFTER UPDATE OF code, permissions, data_scope, deleted_at${extra.role} OR DELETE OR TRUNCATE ON role
         FOR EACH STATEMENT EXECUTE FUNCTION notify_cache_changed('kehu_principals')`,
    );
    await q.query(`DROP TRIGGER department_principals_changed ON department`);
    await q.query(
      `CREATE TRIGGER department_principals_changed AFTER INSERT OR UPDATE OF parent_id, path, deleted_at${extra.department} OR DELETE OR TRUNCATE ON department
         FOR EACH STATEMENT EXECUTE FUNCTION notify_cache_changed('kehu_principals')`,
    );
  }
}
