import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, materializedPath, notFound, Principal, RequestValidationError, writeAudit } from '@kehu/server-core';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { CreateDepartmentDto, DepartmentDto, DepartmentNodeDto, MoveDepartmentDto, UpdateDepartmentDto } from './dto/department.dto';
import { Department } from './entities/department.entity';
import { User } from './entities/user.entity';
import { PermissionsError, PermissionsErrorCode } from './permissions.exception';
import { PrincipalCache } from './principal-cache';

interface DepartmentRow {
  id: string;
  name: string;
  parent_id: string | null;
  sort_order: number;
  manager_id: string | null;
  manager_name: string | null;
  member_count: number;
  version: number;
}

/** The department tree: create, rename, move (with its subtree), delete when empty. */
@Injectable()
export class DepartmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly principalCache: PrincipalCache,
  ) {}

  async list(): Promise<DepartmentDto[]> {
    const rows: DepartmentRow[] = await this.db.query(
      `SELECT d.id, d.name, d.parent_id, d.sort_order, d.manager_id, m.display_name AS manager_name, d.version,
              (SELECT count(*)::int FROM app_user u WHERE u.department_id = d.id AND u.deleted_at IS NULL) AS member_count
         FROM department d LEFT JOIN app_user m ON m.id = d.manager_id
        WHERE d.deleted_at IS NULL
        ORDER BY d.sort_order, d.name, d.id`,
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      parentId: r.parent_id,
      sortOrder: r.sort_order,
      managerId: r.manager_id,
      managerName: r.manager_name,
      memberCount: r.member_count,
      version: r.version,
    }));
  }

  async tree(): Promise<DepartmentNodeDto[]> {
    return materializedPath.buildTree(await this.list()) as DepartmentNodeDto[];
  }

  async get(id: string): Promise<DepartmentDto> {
    const found = (await this.list()).find((d) => d.id === id);
    if (!found) throw notFound('Department', id);
    return found;
  }

  async create(principal: Principal, dto: CreateDepartmentDto): Promise<DepartmentDto> {
    const id = await this.principalCache.afterCommit(this.db.transaction(async (tx) => {
      const parent = dto.parentId ? await this.findOrFail(tx, dto.parentId, 'parentId') : null;
      await this.assertNameFree(tx, parent?.id ?? null, dto.name);
      if (dto.managerId) await this.assertUser(tx, dto.managerId);
      const department = tx.create(Department, {
        name: dto.name,
        parentId: parent?.id ?? null,
        sortOrder: dto.sortOrder ?? 0,
        managerId: dto.managerId ?? null,
        path: '',
        createdBy: principal.userId,
      });
      // The path needs the id: insert, then set it (both inside this transaction).
      await tx.save(department);
      department.path = materializedPath.childPath(parent?.path, department.id);
      await tx.update(Department, { id: department.id }, { path: department.path });
      return department.id;
    }));
    return this.get(id);
  }

  async update(id: string, dto: UpdateDepartmentDto): Promise<DepartmentDto> {
    await this.db.transaction(async (tx) => {
      const department = await this.findOrFail(tx, id);
      if (dto.name !== undefined && dto.name !== department.name) {
        await this.assertNameFree(tx, department.parentId, dto.name);
        department.name = dto.name;
      }
      if (dto.sortOrder !== undefined) department.sortOrder = dto.sortOrder;
      if (dto.managerId !== undefined) {
        if (dto.managerId) await this.assertUser(tx, dto.managerId);
        department.managerId = dto.managerId;
      }
      await tx.save(department);
    });
    return this.get(id);
  }

  async move(id: string, dto: MoveDepartmentDto): Promise<DepartmentDto> {
    await this.principalCache.afterCommit(this.db.transaction(async (tx) => {
      // Serialise tree moves so two concurrent moves cannot build a cycle.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('kehu-department-tree'))`);
      const department = await this.findOrFail(tx, id);
      const parent = dto.parentId ? await this.findOrFail(tx, dto.parentId, 'parentId') : null;
      if (parent && materializedPath.isWithin(parent.path, department.path)) throw new PermissionsError(PermissionsErrorCode.DepartmentCycle);
      if ((parent?.id ?? null) !== department.parentId) await this.assertNameFree(tx, parent?.id ?? null, department.name);
      const oldPath = department.path;
      const newPath = materializedPath.childPath(parent?.path, department.id);
      await materializedPath.moveSubtree(tx, 'department', oldPath, newPath);
      const before = { parentId: department.parentId, path: oldPath };
      department.parentId = parent?.id ?? null;
      department.path = newPath;
      if (dto.sortOrder !== undefined) department.sortOrder = dto.sortOrder;
      await tx.save(department);
      await writeAudit(tx, { action: 'MOVE', entityType: 'Department', entityId: id, before, after: { parentId: department.parentId, path: newPath } });
    }));
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    await this.principalCache.afterCommit(this.db.transaction(async (tx) => {
      const department = await this.findOrFail(tx, id);
      const members = await tx.count(User, { where: { departmentId: id, deletedAt: IsNull() } });
      if (members) throw new PermissionsError(PermissionsErrorCode.DepartmentHasMembers, `${members} users belong to it; move them first`);
      const children = await tx.count(Department, { where: { parentId: id, deletedAt: IsNull() } });
      if (children) throw new PermissionsError(PermissionsErrorCode.DepartmentHasChildren, `${children} sub-departments; move or delete them first`);
      department.deletedAt = this.clock.now();
      await tx.save(department);
    }));
  }

  private async findOrFail(tx: EntityManager, id: string, field?: string): Promise<Department> {
    const department = await tx.findOne(Department, { where: { id, deletedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
    if (!department) {
      if (field) throw new RequestValidationError([{ field, message: 'no such department', code: 'exists' }]);
      throw notFound('Department', id);
    }
    return department;
  }

  private async assertNameFree(tx: EntityManager, parentId: string | null, name: string): Promise<void> {
    const clash = await tx.findOne(Department, { where: { parentId: parentId ?? IsNull(), name, deletedAt: IsNull() } });
    if (clash) {
      throw new PermissionsError(PermissionsErrorCode.DepartmentNameTaken, `${name} already exists here`, {
        errors: [{ field: 'name', message: 'a sibling department has this name', code: 'unique' }],
      });
    }
  }

  private async assertUser(tx: EntityManager, id: string): Promise<void> {
    if (!(await tx.exists(User, { where: { id, deletedAt: IsNull() } }))) {
      throw new RequestValidationError([{ field: 'managerId', message: 'no such user', code: 'exists' }]);
    }
  }
}
