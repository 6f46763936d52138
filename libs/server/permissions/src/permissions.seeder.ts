import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, Clock, MaterializedPathTree, PermissionRegistry } from '@kehu/server-core';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { BUILT_IN_ROLES, BuiltInRoleCode } from './built-in-roles';
import { DEPARTMENT_TREE } from './departments.service';
import { Department } from './entities/department.entity';
import { Role } from './entities/role.entity';
import { User } from './entities/user.entity';
import { hashPassword } from './password';

/** Password of every demo user (listed in the README). */
export const DEMO_PASSWORD = 'Kehu2026demo';

/** Demo company: departments (name → parent) and one user per built-in role. */
const DEMO_DEPARTMENTS: Array<[string, string | null]> = [
  ['总经办', null],
  ['销售部', null],
  ['销售一部', '销售部'],
  ['销售二部', '销售部'],
  ['客户服务中心', null],
  ['财务部', null],
];
export const DEMO_USERS: Array<{ username: string; displayName: string; department: string; role: BuiltInRoleCode; manages?: string }> = [
  { username: 'exec', displayName: '王总', department: '总经办', role: BuiltInRoleCode.Executive },
  { username: 'manager', displayName: '李经理', department: '销售一部', role: BuiltInRoleCode.SalesManager, manages: '销售一部' },
  { username: 'rep1', displayName: '张伟', department: '销售一部', role: BuiltInRoleCode.SalesRep },
  { username: 'rep2', displayName: '刘洋', department: '销售一部', role: BuiltInRoleCode.SalesRep },
  { username: 'rep3', displayName: '陈静', department: '销售二部', role: BuiltInRoleCode.SalesRep },
  { username: 'reviewer', displayName: '赵敏', department: '客户服务中心', role: BuiltInRoleCode.Reviewer },
  { username: 'service', displayName: '孙丽', department: '客户服务中心', role: BuiltInRoleCode.ServiceAgent },
  { username: 'finance', displayName: '周强', department: '财务部', role: BuiltInRoleCode.Finance },
];

/**
 * Base data every installation needs (built-in roles, the company root department, the admin
 * user), created idempotently at start; the demo company too when KEHU_DEMO is on.
 */
@Injectable()
export class PermissionsSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('Setup');
  /** Set when this start created the admin user with a generated password (printed once by main). */
  generatedAdminPassword: string | null = null;
  private readonly departments: MaterializedPathTree<Department>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly catalogue: PermissionRegistry,
    clock: Clock,
  ) {
    this.departments = new MaterializedPathTree(DEPARTMENT_TREE, clock);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('kehu-seed-permissions'))`);
      await this.seedRoles(tx);
      const root = await this.seedRootDepartment(tx);
      await this.seedAdmin(tx, root);
      if (this.config.demo) await this.seedDemo(tx, root);
    });
  }

  private async seedRoles(tx: EntityManager): Promise<void> {
    const existing = await tx.find(Role, { where: { code: In(BUILT_IN_ROLES.map((r) => r.code)), deletedAt: IsNull() } });
    const every = this.catalogue.codes().sort();
    for (const spec of BUILT_IN_ROLES) {
      const role = existing.find((r) => r.code === spec.code);
      if (!role) {
        const permissions = spec.permissions === 'every' ? every : spec.permissions.filter((c) => this.catalogue.has(c)).sort();
        await tx.save(tx.create(Role, { ...spec, permissions, builtIn: true }));
      } else if (spec.permissions === 'every' && role.permissions.join() !== every.join()) {
        // New permission codes arrive with upgrades; the admin role always holds all of them.
        role.permissions = every;
        await tx.save(role);
      }
    }
  }

  private async seedRootDepartment(tx: EntityManager): Promise<Department> {
    const root = await tx.findOne(Department, { where: { parentId: IsNull(), deletedAt: IsNull() }, order: { createdAt: 'ASC' } });
    if (root) return root;
    return this.departments.create(tx, null, { name: '公司', sortOrder: 0 });
  }

  private async seedAdmin(tx: EntityManager, root: Department): Promise<void> {
    if (await tx.exists(User, { where: { username: 'admin' } })) return;
    const password = this.config.adminPassword ?? randomBytes(12).toString('base64url') + '7a';
    const adminRole = await tx.findOneByOrFail(Role, { code: BuiltInRoleCode.Admin, deletedAt: IsNull() });
    await tx.save(
      tx.create(User, {
        username: 'admin',
        displayName: '系统管理员',
        passwordHash: await hashPassword(password),
        departmentId: root.id,
        roles: [adminRole],
        mustChangePassword: false,
      }),
    );
    if (!this.config.adminPassword) this.generatedAdminPassword = password;
    this.logger.log('created user admin');
  }

  private async seedDemo(tx: EntityManager, root: Department): Promise<void> {
    if (await tx.exists(User, { where: { username: DEMO_USERS[0].username } })) return;
    const departments = new Map<string, Department>();
    for (const [name, parentName] of DEMO_DEPARTMENTS) {
      const parent = (parentName && departments.get(parentName)) || root;
      departments.set(name, await this.departments.create(tx, parent.id, { name, sortOrder: departments.size }));
    }
    const roles = new Map((await tx.find(Role, { where: { builtIn: true } })).map((r) => [r.code, r]));
    const need = <T>(value: T | undefined, what: string): T => {
      if (value === undefined) throw new Error(`demo seed: missing ${what}`);
      return value;
    };
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const spec of DEMO_USERS) {
      const department = need(departments.get(spec.department), spec.department);
      const user = await tx.save(
        tx.create(User, {
          username: spec.username,
          displayName: spec.displayName,
          passwordHash,
          departmentId: department.id,
          roles: [need(roles.get(spec.role), spec.role)],
        }),
      );
      if (spec.manages) await tx.update(Department, { id: need(departments.get(spec.manages), spec.manages).id }, { managerId: user.id });
    }
    this.logger.log(`seeded the demo company (${DEMO_USERS.length} users)`);
  }
}
