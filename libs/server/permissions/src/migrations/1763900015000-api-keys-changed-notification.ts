import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API keys' principals are cached with users' (PrincipalCache): revoking, deleting, re-scoping or
 * re-dating a key notifies `kehu_principals`. Recording a key's last use does not.
 */
export class ApiKeysChangedNotification1763900015000 implements MigrationInterface {
  name = 'ApiKeysChangedNotification1763900015000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TRIGGER api_key_principals_changed AFTER UPDATE OF prefix, secret_hash, role_id, expires_at, revoked_at, deleted_at, created_by OR DELETE OR TRUNCATE
         ON api_key FOR EACH STATEMENT EXECUTE FUNCTION notify_cache_changed('kehu_principals')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER api_key_principals_changed ON api_key`);
  }
}
