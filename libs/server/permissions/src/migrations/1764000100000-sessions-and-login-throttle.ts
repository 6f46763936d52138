import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18 (hardening), authentication:
 * - `login_throttle`: the failed sign-ins of an address in its current window, one row per address,
 *   counted by a single upsert before the password is checked, so concurrent attempts cannot all
 *   pass the limit (a count of `login_attempt` rows read before and written after could).
 * - A revoked session (logout, refresh-token reuse) must stop its access tokens at once, on every
 *   replica: the cached principal carries the user's recently revoked sessions, so revoking refresh
 *   tokens notifies `kehu_principals`. Rotation (`used_at`) and new tokens do not.
 * - `must_change_password` is part of the principal (it confines the user), so it notifies too.
 */
export class SessionsAndLoginThrottle1764000100000 implements MigrationInterface {
  name = 'SessionsAndLoginThrottle1764000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_throttle (
        ip text PRIMARY KEY,
        window_start timestamptz NOT NULL,
        failures int NOT NULL
      )`);
    // The principal reads a user's sessions revoked within the access-token lifetime.
    await q.query(`CREATE INDEX refresh_token_user_revoked_idx ON refresh_token (user_id, revoked_at) WHERE revoked_at IS NOT NULL`);
    await q.query(
      `CREATE TRIGGER refresh_token_principals_changed AFTER UPDATE OF revoked_at ON refresh_token
         FOR EACH STATEMENT EXECUTE FUNCTION notify_cache_changed('kehu_principals')`,
    );
    await q.query(`DROP TRIGGER app_user_principals_changed ON app_user`);
    await q.query(
      `CREATE TRIGGER app_user_principals_changed
         AFTER UPDATE OF username, display_name, department_id, token_version, disabled, deleted_at, must_change_password OR DELETE OR TRUNCATE
         ON app_user FOR EACH STATEMENT EXECUTE FUNCTION notify_cache_changed('kehu_principals')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER app_user_principals_changed ON app_user`);
    await q.query(
      `CREATE TRIGGER app_user_principals_changed
         AFTER UPDATE OF username, display_name, department_id, token_version, disabled, deleted_at OR DELETE OR TRUNCATE
         ON app_user FOR EACH STATEMENT EXECUTE FUNCTION notify_cache_changed('kehu_principals')`,
    );
    await q.query(`DROP TRIGGER refresh_token_principals_changed ON refresh_token`);
    await q.query(`DROP INDEX refresh_token_user_revoked_idx`);
    await q.query(`DROP TABLE login_throttle`);
  }
}
