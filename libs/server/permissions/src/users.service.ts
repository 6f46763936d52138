import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assertVersionMatches,
  Clock,
  hydrate,
  notFound,
  PageDto,
  parseSort,
  positional,
  PreparedStatements,
  ScopedColumns,
  Principal,
  RequestValidationError,
  toPage,
  visibleTo,
  whereVisibleTo,
  writeAudit,
} from '@kehu/server-core';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { assertStrongPassword, revokeAllSessions } from './auth.service';
import { CreateUserDto, ResetPasswordDto, UpdateUserDto, UserDto, UserQueryDto } from './dto/user.dto';
import { Department } from './entities/department.entity';
import { Role } from './entities/role.entity';
import { User } from './entities/user.entity';
import { hashPassword } from './password';
import { assertNotBeyondCaller, grantExcess, grantRefused } from './grants';
import { PermissionsError, PermissionsErrorCode } from './permissions.exception';
import { PrincipalCache } from './principal-cache';

const SORTABLE = { username: 'u.username', displayName: 'u.display_name', createdAt: 'u.created_at', lastLoginAt: 'u.last_login_at' };

export function toUserDto(user: User, departmentName: string | null): UserDto {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    email: user.email,
    mobile: user.mobile,
    departmentId: user.departmentId,
    departmentName,
    roles: (user.roles ?? []).filter((r) => !r.deletedAt).map((r) => ({ id: r.id, code: r.code, name: r.name })),
    disabled: user.disabled,
    lockedUntil: user.lockedUntil?.toISOString() ?? null,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
    version: user.version,
  };
}

interface UserRow {
  id: string;
  department_id: string | null;
  department_name: string | null;
  roles: Array<{ id: string; code: string; name: string }>;
}

/**
 * Refuses (403 `grant-exceeds-own`) giving a user roles that exceed the caller (docs/security.md
 * "Grants"): each role of `roles` in `checked`, with its scope anchored at the user's department.
 * Names `roleIds[i]`, or `departmentId` when checking what a move to another department re-anchors.
 */
function assertRolesGrantable(
  caller: Principal,
  roleIds: readonly string[],
  roles: readonly Role[],
  checked: ReadonlySet<string>,
  departmentId: string | null,
  moved: boolean,
): void {
  const errors = roles
    .filter((role) => checked.has(role.id))
    .flatMap((role) => {
      const excess = grantExcess(caller, role, departmentId);
      if (!excess) return [];
      return [{ field: moved ? 'departmentId' : `roleIds[${roleIds.indexOf(role.id)}]`, message: `role ${role.code} ${excess}` }];
    });
  if (errors.length) throw grantRefused(errors);
}

/** A user is "owned" by themselves and belongs to their department: a SELF scope sees only its own account. */
const USER_SCOPE: ScopedColumns = { owner: 'u.id', department: 'u.department_id' };

/** User administration. Users are visible within the caller's data scope (by department). */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly principalCache: PrincipalCache,
    private readonly prepared: PreparedStatements,
  ) {}

  async list(principal: Principal, query: UserQueryDto): Promise<PageDto<UserDto>> {
    const qb = this.db.getRepository(User).createQueryBuilder('u').leftJoinAndSelect('u.roles', 'r');
    whereVisibleTo(qb, principal, USER_SCOPE);
    if (query.q) {
      qb.andWhere('(u.username ILIKE :q OR u.display_name ILIKE :q OR u.mobile ILIKE :q OR u.email ILIKE :q)', {
        q: `%${query.q.replace(/[%_\\]/g, '\\$&')}%`,
      });
    }
    if (query.departmentId) qb.andWhere('u.department_id = :departmentId', { departmentId: query.departmentId });
    if (query.disabled !== undefined) qb.andWhere('u.disabled = :disabled', { disabled: query.disabled });
    if (query.roleId) {
      qb.andWhere('EXISTS (SELECT 1 FROM user_role x WHERE x.user_id = u.id AND x.role_id = :roleId)', { roleId: query.roleId });
    }
    for (const s of parseSort(query.sort, SORTABLE, 'username', 'u.id')) qb.addOrderBy(s.column, s.direction);
    const [users, total] = await qb.skip((query.page - 1) * query.pageSize).take(query.pageSize).getManyAndCount();
    const names = await this.departmentNames(users.map((u) => u.departmentId));
    return toPage(users.map((u) => toUserDto(u, names.get(u.departmentId ?? '') ?? null)), total, query);
  }

  async get(principal: Principal, id: string): Promise<UserDto> {
    const user = await this.read(id, principal);
    if (!user) throw notFound('User', id);
    return user;
  }

  /** What the caller just wrote, even when it lies outside their scope (a SELF-scoped creator, a move away). */
  private async readWritten(id: string): Promise<UserDto> {
    const user = await this.read(id, null);
    if (!user) throw notFound('User', id);
    return user;
  }

  /**
   * One prepared statement (user, department name, roles): the ORM's join cost ≈ 1 ms of CPU a call.
   * Within `principal`'s scope, or unscoped when null.
   */
  private async read(id: string, principal: Principal | null): Promise<UserDto | null> {
    const visible = principal ? visibleTo(principal, USER_SCOPE) : { sql: 'true', params: {} };
    const [row] = await this.prepared.query<UserRow>(
      ...positional(
        this.db,
        `SELECT ${this.userColumns()}, d.name AS department_name,
              coalesce((SELECT json_agg(json_build_object('id', r.id, 'code', r.code, 'name', r.name) ORDER BY r.code)
                          FROM user_role ur JOIN role r ON r.id = ur.role_id AND r.deleted_at IS NULL
                         WHERE ur.user_id = u.id), '[]') AS roles
         FROM app_user u LEFT JOIN department d ON d.id = u.department_id
        WHERE u.id = :id AND u.deleted_at IS NULL AND ${visible.sql}`,
        { ...visible.params, id },
      ),
    );
    if (!row) return null;
    const [user] = hydrate(this.db, User, [row]);
    user.roles = row.roles.map((r) => Object.assign(new Role(), r));
    return toUserDto(user, row.department_name);
  }

  async create(principal: Principal, dto: CreateUserDto): Promise<UserDto> {
    assertStrongPassword(dto.password, dto.username, 'password');
    // Refused before the (deliberately slow) hash; checked again in the transaction that writes.
    await this.checkNewUser(this.db.manager, principal, dto);
    const passwordHash = await hashPassword(dto.password);
    const id = await this.db.transaction(async (tx) => {
      await this.assertUsernameFree(tx, dto.username);
      const { department, roles } = await this.checkNewUser(tx, principal, dto);
      const user = tx.create(User, {
        username: dto.username,
        displayName: dto.displayName,
        email: dto.email ?? null,
        mobile: dto.mobile ?? null,
        passwordHash,
        departmentId: department?.id ?? null,
        roles,
        mustChangePassword: true,
        createdBy: principal.userId,
      });
      return (await tx.save(user)).id;
    });
    // What the caller just wrote, even when it lies outside their scope (a SELF-scoped creator, a move away).
    return this.readWritten(id);
  }

  private async checkNewUser(manager: EntityManager, principal: Principal, dto: CreateUserDto): Promise<{ department: Department | null; roles: Role[] }> {
    const department = await this.checkDepartment(manager, dto.departmentId ?? null);
    const roles = await this.loadRoles(manager, dto.roleIds);
    assertRolesGrantable(principal, dto.roleIds, roles, new Set(roles.map((r) => r.id)), department?.id ?? null, false);
    return { department, roles };
  }

  async update(principal: Principal, id: string, dto: UpdateUserDto, ifMatch?: string): Promise<UserDto> {
    await this.principalCache.afterCommit(this.db.transaction(async (tx) => {
      const user = await this.findVisible(tx, principal, id, true);
      assertVersionMatches(user.version, ifMatch, dto.version);
      const departmentBefore = user.departmentId;
      if (dto.displayName !== undefined) user.displayName = dto.displayName;
      if (dto.email !== undefined) user.email = dto.email;
      if (dto.mobile !== undefined) user.mobile = dto.mobile;
      if (dto.departmentId !== undefined) user.departmentId = (await this.checkDepartment(tx, dto.departmentId))?.id ?? null;
      const rolesBefore = user.roles.map((r) => r.code).sort();
      if (dto.roleIds !== undefined) {
        const held = new Set(user.roles.map((r) => r.id));
        user.roles = await this.loadRoles(tx, dto.roleIds);
        assertRolesGrantable(principal, dto.roleIds, user.roles, new Set(user.roles.filter((r) => !held.has(r.id)).map((r) => r.id)), user.departmentId, false);
      }
      // Another department re-anchors every scope the user holds.
      if (user.departmentId !== departmentBefore) {
        assertRolesGrantable(principal, dto.roleIds ?? [], user.roles, new Set(user.roles.map((r) => r.id)), user.departmentId, true);
      }
      await tx.save(user);
      const rolesAfter = user.roles.map((r) => r.code).sort();
      if (rolesBefore.join() !== rolesAfter.join()) {
        // Role membership lives in a join table the entity subscriber does not see.
        await writeAudit(tx, { action: 'UPDATE_ROLES', entityType: 'User', entityId: id, before: { roles: rolesBefore }, after: { roles: rolesAfter } });
      }
    }));
    return this.readWritten(id);
  }

  async setDisabled(principal: Principal, id: string, disabled: boolean): Promise<void> {
    if (disabled && id === principal.userId) throw new PermissionsError(PermissionsErrorCode.CannotDisableSelf);
    await this.principalCache.afterCommit(this.db.transaction(async (tx) => {
      const user = await this.findVisible(tx, principal, id, true);
      user.disabled = disabled;
      await tx.save(user);
      if (disabled) await revokeAllSessions(tx, id, this.clock.now());
    }));
  }

  async resetPassword(principal: Principal, id: string, dto: ResetPasswordDto): Promise<void> {
    const target = await this.findVisible(this.db.manager, principal, id);
    assertNotBeyondCaller(principal, target);
    assertStrongPassword(dto.newPassword, target.username, 'newPassword');
    const hash = await hashPassword(dto.newPassword);
    await this.principalCache.afterCommit(this.db.transaction(async (tx) => {
      const user = await this.findVisible(tx, principal, id, true);
      user.passwordHash = hash;
      user.mustChangePassword = true;
      user.failedLogins = 0;
      user.lockedUntil = null;
      await tx.save(user);
      await revokeAllSessions(tx, id, this.clock.now());
      await writeAudit(tx, { action: 'RESET_PASSWORD', entityType: 'User', entityId: id });
    }));
  }

  async unlock(principal: Principal, id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const user = await this.findVisible(tx, principal, id, true);
      user.failedLogins = 0;
      user.lockedUntil = null;
      await tx.save(user);
    });
  }

  /** The entity's columns a plain read selects (the password hash is `select: false`), as `u.<column>`. */
  private userColumns(): string {
    return this.db
      .getMetadata(User)
      .columns.filter((c) => c.isSelect)
      .map((c) => `u.${c.databaseName}`)
      .join(', ');
  }

  /** A user in the caller's scope; `lock` (for a write) also refuses one who holds more than the caller. */
  private async findVisible(manager: EntityManager, principal: Principal, id: string, lock = false): Promise<User> {
    const qb = whereVisibleTo(manager.getRepository(User).createQueryBuilder('u').where('u.id = :id', { id }), principal, USER_SCOPE);
    // A read takes the roles in the same statement; FOR UPDATE cannot lock the outer join's nullable side.
    if (lock) qb.setLock('pessimistic_write');
    else qb.leftJoinAndSelect('u.roles', 'r', 'r.deleted_at IS NULL');
    const user = await qb.getOne();
    if (!user) throw notFound('User', id);
    if (lock) {
      user.roles = await manager
        .getRepository(Role)
        .createQueryBuilder('r')
        .innerJoin('user_role', 'ur', 'ur.role_id = r.id AND ur.user_id = :id', { id })
        .where('r.deleted_at IS NULL')
        .getMany();
      // Every write on a user goes through here: nobody manages an account that holds more than they do.
      assertNotBeyondCaller(principal, user);
    }
    return user;
  }

  private async departmentNames(ids: Array<string | null>): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((x): x is string => !!x))];
    if (!wanted.length) return new Map();
    const rows = await this.db.getRepository(Department).find({ where: { id: In(wanted) }, withDeleted: true });
    return new Map(rows.map((d) => [d.id, d.name]));
  }

  private async assertUsernameFree(tx: EntityManager, username: string): Promise<void> {
    const taken = await tx
      .getRepository(User)
      .createQueryBuilder('u')
      .where('lower(u.username) = lower(:username)', { username })
      .getExists();
    if (taken) {
      throw new PermissionsError(PermissionsErrorCode.UsernameTaken, `${username} is taken`, {
        errors: [{ field: 'username', message: 'is already taken', code: 'unique' }],
      });
    }
  }

  private async checkDepartment(tx: EntityManager, id: string | null): Promise<Department | null> {
    if (!id) return null;
    const department = await tx.findOneBy(Department, { id, deletedAt: IsNull() });
    if (!department) throw new RequestValidationError([{ field: 'departmentId', message: 'no such department', code: 'exists' }]);
    return department;
  }

  private async loadRoles(tx: EntityManager, ids: string[]): Promise<Role[]> {
    const unique = [...new Set(ids)];
    if (!unique.length) return [];
    const roles = await tx.findBy(Role, { id: In(unique), deletedAt: IsNull() });
    if (roles.length !== unique.length) {
      const missing = unique.findIndex((id) => !roles.some((r) => r.id === id));
      throw new RequestValidationError([{ field: `roleIds[${missing}]`, message: 'no such role', code: 'exists' }]);
    }
    return roles;
  }
}
