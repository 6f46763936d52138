import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays, Clock, DATA_SCOPE_RANK, DataScope, notFound, Principal, RequestValidationError, widestScope } from '@kehu/server-core';
import { randomBytes } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { ApiKeyCreatedDto, ApiKeyDto, ApiKeyGrantCheckDto, CreateApiKeyDto } from './dto/api-key.dto';
import { ApiKey } from './entities/api-key.entity';
import { Role } from './entities/role.entity';
import { assertGrantable } from './grants';
import { PermissionsError, PermissionsErrorCode } from './permissions.exception';
import { PrincipalCache } from './principal-cache';
import { API_KEY_PREFIX } from './principal.service';
import { randomSecret, sha256 } from './token.service';

const MAX_LIFETIME_DAYS = 731;

@Injectable()
export class ApiKeysService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly principalCache: PrincipalCache,
  ) {}

  async list(): Promise<ApiKeyDto[]> {
    const keys = await this.db.getRepository(ApiKey).find({ where: { deletedAt: IsNull() }, order: { createdAt: 'DESC' } });
    const roles = new Map((await this.db.getRepository(Role).find({ withDeleted: true })).map((r) => [r.id, r.name]));
    return keys.map((k) => this.toDto(k, roles.get(k.roleId) ?? ''));
  }

  async create(principal: Principal, dto: CreateApiKeyDto): Promise<ApiKeyCreatedDto> {
    const now = this.clock.now();
    const expiresAt = new Date(dto.expiresAt);
    if (expiresAt <= now || expiresAt > addDays(now, MAX_LIFETIME_DAYS)) {
      throw new PermissionsError(PermissionsErrorCode.ApiKeyExpiryInvalid, 'Expiry must be in the future and within 2 years', {
        errors: [{ field: 'expiresAt', message: 'must be in the future and within 2 years', code: 'range' }],
      });
    }
    const role = await this.db.getRepository(Role).findOneBy({ id: dto.roleId, deletedAt: IsNull() });
    if (!role) throw new RequestValidationError([{ field: 'roleId', message: 'no such role', code: 'exists' }]);
    // The key acts as its creator with this role: it may not carry more than the creator holds.
    assertGrantable(principal, role, 'roleId');
    const prefix = randomBytes(6).toString('hex');
    const secret = randomSecret(32).replace(/[^A-Za-z0-9]/g, 'x');
    const key = await this.db.getRepository(ApiKey).save(
      this.db.getRepository(ApiKey).create({
        name: dto.name,
        prefix,
        secretHash: sha256(secret),
        roleId: role.id,
        expiresAt,
        revokedAt: null,
        lastUsedAt: null,
        createdBy: principal.userId,
      }),
    );
    return { ...this.toDto(key, role.name), secret: `${API_KEY_PREFIX}${prefix}_${secret}` };
  }

  /**
   * Live keys whose role gives more than their creator holds now: made before grants were checked,
   * or whose creator has lost roles since. Such a key acts with the overlap only (PrincipalService),
   * so it may fail calls its integration expects to make: revoke it, or issue one on a role the
   * creator holds.
   */
  async grantCheck(): Promise<ApiKeyGrantCheckDto[]> {
    const rows: Array<{
      id: string;
      name: string;
      prefix: string;
      role_id: string;
      role_name: string;
      permissions: string[];
      data_scope: DataScope;
      created_by: string | null;
      owner_name: string | null;
      owner_permissions: string[];
      owner_scopes: DataScope[];
    }> = await this.db.query(
      `SELECT k.id, k.name, k.prefix, k.role_id, r.name AS role_name, r.permissions, r.data_scope, k.created_by,
              u.display_name AS owner_name,
              coalesce((SELECT array_agg(DISTINCT p.code) FROM user_role ur
                          JOIN role o ON o.id = ur.role_id AND o.deleted_at IS NULL
                          CROSS JOIN LATERAL unnest(o.permissions) AS p(code)
                         WHERE ur.user_id = k.created_by), '{}') AS owner_permissions,
              coalesce((SELECT array_agg(DISTINCT o.data_scope) FROM user_role ur
                          JOIN role o ON o.id = ur.role_id AND o.deleted_at IS NULL
                         WHERE ur.user_id = k.created_by), '{}') AS owner_scopes
         FROM api_key k
         JOIN role r ON r.id = k.role_id
         LEFT JOIN app_user u ON u.id = k.created_by AND u.deleted_at IS NULL
        WHERE k.revoked_at IS NULL AND k.deleted_at IS NULL AND k.expires_at > $1
        ORDER BY k.created_at DESC, k.id`,
      [this.clock.now()],
    );
    return rows.flatMap((row) => {
      const owned = new Set(row.owner_permissions);
      const ownerDataScope = widestScope(row.owner_scopes);
      const permissionsBeyondCreator = row.permissions.filter((p) => !owned.has(p)).sort();
      const scopeBeyondCreator = DATA_SCOPE_RANK[row.data_scope] > DATA_SCOPE_RANK[ownerDataScope];
      if (!permissionsBeyondCreator.length && !scopeBeyondCreator) return [];
      return [
        {
          id: row.id,
          name: row.name,
          prefix: row.prefix,
          roleId: row.role_id,
          roleName: row.role_name,
          createdBy: row.created_by,
          creatorName: row.owner_name,
          permissionsBeyondCreator,
          dataScope: row.data_scope,
          creatorDataScope: ownerDataScope,
        },
      ];
    });
  }

  async revoke(id: string): Promise<void> {
    const repo = this.db.getRepository(ApiKey);
    const key = await repo.findOneBy({ id, deletedAt: IsNull() });
    if (!key) throw notFound('API key', id);
    if (key.revokedAt) return;
    key.revokedAt = this.clock.now();
    await this.principalCache.afterCommit(repo.save(key));
  }

  private toDto(key: ApiKey, roleName: string): ApiKeyDto {
    return {
      id: key.id,
      name: key.name,
      prefix: key.prefix,
      roleId: key.roleId,
      roleName,
      expiresAt: key.expiresAt.toISOString(),
      revokedAt: key.revokedAt?.toISOString() ?? null,
      lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
      createdAt: key.createdAt.toISOString(),
      createdBy: key.createdBy,
    };
  }
}
