import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addMinutes, Clock, DataScope, narrowestScope, PreparedStatements, Principal, PrincipalResolver, widestScope } from '@kehu/server-core';
import { DataSource } from 'typeorm';
import { CachedPrincipal, PrincipalCache, PrincipalProfile } from './principal-cache';
import { ACCESS_TOKEN_TTL_SECONDS, sha256, TokenService } from './token.service';

interface PrincipalRow {
  id: string;
  username: string;
  display_name: string;
  department_id: string | null;
  department_path: string | null;
  department_name: string | null;
  email: string | null;
  mobile: string | null;
  roles: Array<{ id: string; code: string; name: string }>;
  token_version: number;
  must_change_password: boolean;
  revoked_sessions: string[];
  role_codes: string[];
  permissions: string[];
  scopes: DataScope[];
}

export const API_KEY_PREFIX = 'kehu_';

/**
 * Turns a bearer credential (JWT access token or API key) into the caller's principal on every
 * request, so disabling a user, ending a session, revoking a key or editing a role takes effect at
 * once (users' principals through PrincipalCache, which every such change empties).
 */
@Injectable()
export class PrincipalService extends PrincipalResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tokens: TokenService,
    private readonly clock: Clock,
    private readonly prepared: PreparedStatements,
    private readonly cache: PrincipalCache,
  ) {
    super();
  }

  /** The profiles of the principals this service made, for /auth/me from the principal alone. */
  private readonly profiles = new WeakMap<Principal, PrincipalProfile>();

  /**
   * What /auth/me shows beside `principal`, when `principal` is one this service resolved (the cached
   * one of this request's caller); undefined otherwise.
   */
  profileOf(principal: Principal): PrincipalProfile | undefined {
    return this.profiles.get(principal);
  }

  async resolveBearer(token: string): Promise<Principal | null> {
    if (token.startsWith(API_KEY_PREFIX)) return this.resolveApiKey(token);
    const claims = this.tokens.verifyAccess(token);
    if (!claims) return null;
    const load = () => this.loadPrincipal(claims.sub);
    let user = await this.cache.get(claims.sub, load);
    // A token newer than the cached principal: the change that issued it may not have reached this replica yet.
    if (user && user.tokenVersion < claims.tv) user = await this.cache.get(claims.sub, load, { fresh: true });
    if (!user || user.tokenVersion !== claims.tv || user.revokedSessions.includes(claims.sid)) return null;
    return user.principal;
  }

  /** The principal of an active user, e.g. for /auth/me right after login. */
  async forUser(userId: string): Promise<Principal | null> {
    return (await this.cache.get(userId, () => this.loadPrincipal(userId)))?.principal ?? null;
  }

  private async loadPrincipal(userId: string): Promise<CachedPrincipal | null> {
    const row = await this.loadUser(userId);
    if (!row) return null;
    const principal = await this.toPrincipal(row, row.role_codes, row.permissions, row.scopes);
    return this.remember({
      principal: { ...principal, mustChangePassword: row.must_change_password },
      profile: this.profileFrom(row),
      tokenVersion: row.token_version,
      revokedSessions: row.revoked_sessions,
    });
  }

  private remember(cached: CachedPrincipal): CachedPrincipal {
    this.profiles.set(cached.principal, cached.profile);
    return cached;
  }

  private profileFrom(row: PrincipalRow): PrincipalProfile {
    return { email: row.email, mobile: row.mobile, departmentName: row.department_name, roles: row.roles, mustChangePassword: row.must_change_password };
  }

  /**
   * An active user with their roles' union, and the sessions they ended within the access-token
   * lifetime (older ones have no live access token left).
   */
  private async loadUser(userId: string): Promise<PrincipalRow | null> {
    const revokedSince = addMinutes(this.clock.now(), -ACCESS_TOKEN_TTL_SECONDS / 60);
    const rows = await this.prepared.query<PrincipalRow>(
      `SELECT u.id, u.username, u.display_name, u.email, u.mobile, u.department_id, d.path AS department_path, d.name AS department_name,
              u.token_version, u.must_change_password,
              coalesce((SELECT array_agg(DISTINCT t.family_id::text) FROM refresh_token t
                         WHERE t.user_id = u.id AND t.revoked_at IS NOT NULL AND t.revoked_at > $2), '{}') AS revoked_sessions,
              coalesce(array_agg(DISTINCT r.code) FILTER (WHERE r.id IS NOT NULL), '{}') AS role_codes,
              coalesce((SELECT json_agg(json_build_object('id', r2.id, 'code', r2.code, 'name', r2.name) ORDER BY r2.code)
                          FROM user_role ur2 JOIN role r2 ON r2.id = ur2.role_id AND r2.deleted_at IS NULL
                         WHERE ur2.user_id = u.id), '[]') AS roles,
              coalesce(array_agg(DISTINCT p.code) FILTER (WHERE p.code IS NOT NULL), '{}') AS permissions,
              coalesce(array_agg(DISTINCT r.data_scope) FILTER (WHERE r.id IS NOT NULL), '{}') AS scopes
         FROM app_user u
         LEFT JOIN department d ON d.id = u.department_id
         LEFT JOIN user_role ur ON ur.user_id = u.id
         LEFT JOIN role r ON r.id = ur.role_id AND r.deleted_at IS NULL
         LEFT JOIN LATERAL unnest(r.permissions) AS p(code) ON true
        WHERE u.id = $1 AND u.deleted_at IS NULL AND NOT u.disabled
        GROUP BY u.id, d.path, d.name`,
      [userId, revokedSince],
    );
    return rows[0] ?? null;
  }

  private async resolveApiKey(token: string): Promise<Principal | null> {
    const match = /^kehu_([A-Za-z0-9]{8,16})_([A-Za-z0-9_-]{20,})$/.exec(token);
    if (!match) return null;
    const [, prefix, secret] = match;
    const now = this.clock.now();
    const cached = await this.cache.get(`api-key:${prefix}`, () => this.loadApiKey(prefix, now));
    if (!cached?.apiKey || cached.apiKey.expiresAt <= now.getTime() || cached.apiKey.secretHash !== sha256(secret)) return null;
    await this.recordUse(cached.principal.apiKeyId as string, now);
    return cached.principal;
  }

  /**
   * A live key's principal: its owner acting with the key's role, never with more than the owner
   * holds now (the permissions both have, the narrower data scope) — a key cannot outgrow the user
   * who made it, even one made before grants were checked or whose owner lost roles since.
   */
  private async loadApiKey(prefix: string, now: Date): Promise<CachedPrincipal | null> {
    const keys: Array<{ id: string; secret_hash: string; created_by: string; expires_at: Date; code: string; permissions: string[]; data_scope: DataScope }> =
      await this.db.query(
        `SELECT k.id, k.secret_hash, k.created_by, k.expires_at, r.code, r.permissions, r.data_scope
           FROM api_key k JOIN role r ON r.id = k.role_id AND r.deleted_at IS NULL
          WHERE k.prefix = $1 AND k.revoked_at IS NULL AND k.deleted_at IS NULL AND k.expires_at > $2`,
        [prefix, now],
      );
    const key = keys[0];
    if (!key) return null;
    const owner = await this.loadUser(key.created_by);
    if (!owner) return null;
    const permissions = key.permissions.filter((p) => owner.permissions.includes(p));
    const dataScope = narrowestScope([key.data_scope, widestScope(owner.scopes)]);
    const principal = await this.toPrincipal(owner, [key.code], permissions, [dataScope]);
    return this.remember({
      principal: { ...principal, kind: 'api-key', apiKeyId: key.id },
      profile: this.profileFrom(owner),
      tokenVersion: owner.token_version,
      revokedSessions: [],
      apiKey: { secretHash: key.secret_hash, expiresAt: key.expires_at.getTime() },
    });
  }

  /** When each key's use was last recorded by this process. */
  private readonly useRecorded = new Map<string, number>();

  /** Records a key's use at most once a minute (per process; the statement checks across processes). */
  private async recordUse(keyId: string, now: Date): Promise<void> {
    const last = this.useRecorded.get(keyId);
    if (last !== undefined && last <= now.getTime() && now.getTime() - last < 60_000) return;
    this.useRecorded.set(keyId, now.getTime());
    await this.db.query(
      `UPDATE api_key SET last_used_at = $2 WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $2::timestamptz - interval '1 minute')`,
      [keyId, now],
    );
  }

  private async toPrincipal(row: PrincipalRow, roleCodes: string[], permissions: string[], scopes: DataScope[]): Promise<Principal> {
    const dataScope = widestScope(scopes);
    return {
      kind: 'user',
      userId: row.id,
      username: row.username,
      displayName: row.display_name,
      departmentId: row.department_id,
      roleCodes,
      permissions: new Set(permissions),
      dataScope,
      scopeDepartmentIds: await this.scopeDepartments(dataScope, row),
    };
  }

  private async scopeDepartments(scope: DataScope, row: PrincipalRow): Promise<string[] | null> {
    switch (scope) {
      case DataScope.All:
        return null;
      case DataScope.Self:
        return [];
      case DataScope.Department:
        return row.department_id ? [row.department_id] : [];
      case DataScope.DepartmentAndChildren: {
        if (!row.department_path) return [];
        const rows: Array<{ id: string }> = await this.db.query(
          `SELECT id FROM department WHERE path LIKE $1 || '%' AND deleted_at IS NULL`,
          [row.department_path],
        );
        return rows.map((r) => r.id);
      }
    }
  }
}
