import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, MaterializedPathTree, materializedPath, notFound, Principal, RequestValidationError, TreeDefinition } from '@kehu/server-core';
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

/** The department tree's rules, shared with every hierarchy through the core tree service. */
export const DEPARTMENT_TREE: TreeDefinition<Department> = {
  entity: Department,
  table: 'department',
  label: 'Department',
  errors: {
    cycle: () => new PermissionsError(PermissionsErrorCode.DepartmentCycle),
    nameTaken: (name) =>
      new PermissionsError(PermissionsErrorCode.DepartmentNameTaken, `${name} already exists here`, {
        errors: [{ field: 'name', message: 'a sibling department has this name', code: 'unique' }],
      }),
    hasChildren: (children) => new PermissionsError(PermissionsErrorCode.DepartmentHasChildren, `${children} sub-departments; move or delete them first`),
  },
};

/** The department tree: create, rename, move (with its subtree), delete when empty. */
@Injectable()
export class DepartmentsService {
  private readonly departments: MaterializedPathTree<Department>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    clock: Clock,
    private readonly principalCache: PrincipalCache,
  ) {
    this.departments = new MaterializedPathTree(DEPARTMENT_TREE, clock);
  }

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
      if (dto.managerId) await this.assertUser(tx, dto.managerId);
      const department = await this.departments.create(tx, dto.parentId, {
        name: dto.name,
        sortOrder: dto.sortOrder,
        managerId: dto.managerId ?? null,
        createdBy: principal.userId,
      });
      return department.id;
    }));
    return this.get(id);
  }

  async update(id: string, dto: UpdateDepartmentDto): Promise<DepartmentDto> {
    // The department's name is part of its members' cached principals (/auth/me).
    await this.principalCache.afterCommit(this.db.transaction(async (tx) => {
      if (dto.managerId) await this.assertUser(tx, dto.managerId);
      await this.departments.update(tx, id, { name: dto.name, sortOrder: dto.sortOrder, managerId: dto.managerId });
    }));
    return this.get(id);
  }

  async move(id: string, dto: MoveDepartmentDto): Promise<DepartmentDto> {
    await this.principalCache.afterCommit(this.db.transaction((tx) => this.departments.move(tx, id, dto.parentId, { sortOrder: dto.sortOrder })));
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    await this.principalCache.afterCommit(
      this.db.transaction((tx) =>
        this.departments.remove(tx, id, async () => {
          const members = await tx.count(User, { where: { departmentId: id, deletedAt: IsNull() } });
          if (members) throw new PermissionsError(PermissionsErrorCode.DepartmentHasMembers, `${members} users belong to it; move them first`);
        }),
      ),
    );
  }

  private async assertUser(tx: EntityManager, id: string): Promise<void> {
    if (!(await tx.exists(User, { where: { id, deletedAt: IsNull() } }))) {
      throw new RequestValidationError([{ field: 'managerId', message: 'no such user', code: 'exists' }]);
    }
  }
}
