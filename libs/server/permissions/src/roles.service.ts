import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assertVersionMatches, Clock, DATA_SCOPE_RANK, DataScope, notFound, PermissionRegistry, Principal } from '@kehu/server-core';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { BuiltInRoleCode } from './built-in-roles';
import { CreateRoleDto, RoleDto, UpdateRoleDto } from './dto/role.dto';
import { Role } from './entities/role.entity';
import { grantRefused, permissionsBeyond, scopeBeyond } from './grants';
import { PermissionsError, PermissionsErrorCode } from './permissions.exception';
import { PrincipalCache } from './principal-cache';

function checkPermissions(catalogue: PermissionRegistry, codes: string[]): string[] {
  const index = codes.findIndex((c) => !catalogue.has(c));
  if (index >= 0) {
    throw new PermissionsError(PermissionsErrorCode.UnknownPermission, `${codes[index]} is not a permission`, {
      errors: [{ field: `permissions[${index}]`, message: `unknown permission ${codes[index]}`, code: 'isPermission' }],
    });
  }
  return [...new Set(codes)].sort();
}

/**
 * Refuses (403) a role that would give more than the caller holds: each permission it adds that
 * the caller lacks (`permissions[i]`), and a data scope it widens beyond the caller's (`dataScope`).
 * What the role already had is not given by this edit, so resubmitting it is fine.
 */
function assertCallerMayGive(caller: Principal, requested: string[], added: ReadonlySet<string>, scope: DataScope | undefined): void {
  const beyond = new Set(permissionsBeyond(caller, [...added]));
  const errors = requested.flatMap((code, i) =>
    beyond.has(code) ? [{ field: `permissions[${i}]`, message: `grants ${code}, which you do not hold` }] : [],
  );
  if (scope !== undefined && scopeBeyond(caller, scope)) errors.push({ field: 'dataScope', message: `grants data scope ${scope}, wider than yours` });
  if (errors.length) throw grantRefused(errors);
}

@Injectable()
export class RolesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly principalCache: PrincipalCache,
    private readonly catalogue: PermissionRegistry,
  ) {}

  async list(): Promise<RoleDto[]> {
    const roles = await this.db.getRepository(Role).find({ where: { deletedAt: IsNull() }, order: { builtIn: 'DESC', code: 'ASC' } });
    const counts: Array<{ role_id: string; n: number }> = await this.db.query(
      `SELECT ur.role_id, count(*)::int AS n FROM user_role ur JOIN app_user u ON u.id = ur.user_id AND u.deleted_at IS NULL GROUP BY ur.role_id`,
    );
    const byRole = new Map(counts.map((c) => [c.role_id, c.n]));
    return roles.map((r) => this.toDto(r, byRole.get(r.id) ?? 0));
  }

  async get(id: string): Promise<RoleDto> {
    const role = await this.findOrFail(this.db.manager, id);
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM user_role WHERE role_id = $1`, [id]);
    return this.toDto(role, n);
  }

  async create(principal: Principal, dto: CreateRoleDto): Promise<RoleDto> {
    const permissions = checkPermissions(this.catalogue, dto.permissions);
    assertCallerMayGive(principal, dto.permissions, new Set(permissions), dto.dataScope);
    const id = await this.db.transaction(async (tx) => {
      if (await tx.exists(Role, { where: { code: dto.code, deletedAt: IsNull() } })) {
        throw new PermissionsError(PermissionsErrorCode.RoleCodeTaken, `${dto.code} exists`, {
          errors: [{ field: 'code', message: 'is already taken', code: 'unique' }],
        });
      }
      const role = tx.create(Role, {
        code: dto.code,
        name: dto.name,
        description: dto.description ?? null,
        permissions,
        dataScope: dto.dataScope,
        builtIn: false,
        createdBy: principal.userId,
      });
      return (await tx.save(role)).id;
    });
    return this.get(id);
  }

  async update(principal: Principal, id: string, dto: UpdateRoleDto, ifMatch?: string): Promise<RoleDto> {
    await this.principalCache.afterCommit(this.db.transaction(async (tx) => {
      const role = await this.findOrFail(tx, id);
      assertVersionMatches(role.version, ifMatch, dto.version);
      if (dto.name !== undefined) role.name = dto.name;
      if (dto.description !== undefined) role.description = dto.description;
      // The administrator role always holds every permission, so nobody can lock the company out.
      if (role.code !== BuiltInRoleCode.Admin) {
        const permissions = dto.permissions === undefined ? role.permissions : checkPermissions(this.catalogue, dto.permissions);
        const added = new Set(permissions.filter((p) => !role.permissions.includes(p)));
        const widened = dto.dataScope !== undefined && DATA_SCOPE_RANK[dto.dataScope] > DATA_SCOPE_RANK[role.dataScope] ? dto.dataScope : undefined;
        assertCallerMayGive(principal, dto.permissions ?? [], added, widened);
        role.permissions = permissions;
        if (dto.dataScope !== undefined) role.dataScope = dto.dataScope;
      }
      await tx.save(role);
    }));
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    await this.principalCache.afterCommit(this.db.transaction(async (tx) => {
      const role = await this.findOrFail(tx, id);
      if (role.builtIn) throw new PermissionsError(PermissionsErrorCode.BuiltInRole);
      const [{ n }] = await tx.query(
        `SELECT (SELECT count(*) FROM user_role WHERE role_id = $1) + (SELECT count(*) FROM api_key WHERE role_id = $1 AND revoked_at IS NULL AND deleted_at IS NULL) AS n`,
        [id],
      );
      if (Number(n) > 0) throw new PermissionsError(PermissionsErrorCode.RoleInUse, `${n} users or API keys use it`);
      role.deletedAt = this.clock.now();
      await tx.save(role);
    }));
  }

  private async findOrFail(tx: EntityManager, id: string): Promise<Role> {
    const role = await tx.findOne(Role, { where: { id, deletedAt: IsNull() } });
    if (!role) throw notFound('Role', id);
    return role;
  }

  private toDto(role: Role, userCount: number): RoleDto {
    return {
      id: role.id,
      code: role.code,
      name: role.name,
      description: role.description,
      permissions: role.permissions,
      dataScope: role.dataScope,
      builtIn: role.builtIn,
      userCount,
      version: role.version,
    };
  }
}
