import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays, Clock, notFound, Principal, RequestValidationError } from '@kehu/server-core';
import { randomBytes } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { ApiKeyCreatedDto, ApiKeyDto, CreateApiKeyDto } from './dto/api-key.dto';
import { ApiKey } from './entities/api-key.entity';
import { Role } from './entities/role.entity';
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
