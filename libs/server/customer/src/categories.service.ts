import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, materializedPath, notFound, positional, Principal, RequestValidationError, writeAudit } from '@kehu/server-core';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { CustomerError, CustomerErrorCode } from './customer.exception';
import { customerVisibleTo } from './customer-scope';
import { CategoryDto, CategoryNodeDto, CreateCategoryDto, MoveCategoryDto, UpdateCategoryDto } from './dto/category.dto';
import { CustomerCategory } from './entities/customer-category.entity';

/** The customer classification tree (客户分类): any depth; a node with customers or children stays. */
@Injectable()
export class CategoriesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Every category, with how many of the customers the caller may see are in it (a count is data too: DOMAIN §1). */
  async list(principal: Principal): Promise<CategoryDto[]> {
    const visible = customerVisibleTo(principal);
    const rows: Array<{ id: string; name: string; parent_id: string | null; sort_order: number; version: number; n: number }> = await this.db.query(
      ...positional(
        this.db,
        `SELECT g.id, g.name, g.parent_id, g.sort_order, g.version,
                (SELECT count(*)::int FROM customer c WHERE c.category_id = g.id AND c.deleted_at IS NULL AND ${visible.sql}) AS n
           FROM customer_category g WHERE g.deleted_at IS NULL ORDER BY g.sort_order, g.name, g.id`,
        visible.params,
      ),
    );
    return rows.map((r) => ({ id: r.id, name: r.name, parentId: r.parent_id, sortOrder: r.sort_order, customerCount: r.n, version: r.version }));
  }

  async tree(principal: Principal): Promise<CategoryNodeDto[]> {
    return materializedPath.buildTree(await this.list(principal)) as CategoryNodeDto[];
  }

  async get(principal: Principal, id: string): Promise<CategoryDto> {
    const found = (await this.list(principal)).find((c) => c.id === id);
    if (!found) throw notFound('Category', id);
    return found;
  }

  async create(principal: Principal, dto: CreateCategoryDto): Promise<CategoryDto> {
    const id = await this.db.transaction(async (tx) => {
      const parent = dto.parentId ? await this.findOrFail(tx, dto.parentId, 'parentId') : null;
      await this.assertNameFree(tx, parent?.id ?? null, dto.name);
      const node = await tx.save(
        tx.create(CustomerCategory, { name: dto.name, parentId: parent?.id ?? null, sortOrder: dto.sortOrder ?? 0, path: '', createdBy: principal.userId }),
      );
      node.path = materializedPath.childPath(parent?.path, node.id);
      await tx.update(CustomerCategory, { id: node.id }, { path: node.path });
      return node.id;
    });
    return this.get(principal, id);
  }

  async update(principal: Principal, id: string, dto: UpdateCategoryDto): Promise<CategoryDto> {
    await this.db.transaction(async (tx) => {
      const node = await this.findOrFail(tx, id);
      if (dto.name !== undefined && dto.name !== node.name) {
        await this.assertNameFree(tx, node.parentId, dto.name);
        node.name = dto.name;
      }
      if (dto.sortOrder !== undefined) node.sortOrder = dto.sortOrder;
      await tx.save(node);
    });
    return this.get(principal, id);
  }

  async move(principal: Principal, id: string, dto: MoveCategoryDto): Promise<CategoryDto> {
    await this.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('kehu-customer-category-tree'))`);
      const node = await this.findOrFail(tx, id);
      const parent = dto.parentId ? await this.findOrFail(tx, dto.parentId, 'parentId') : null;
      if (parent && materializedPath.isWithin(parent.path, node.path)) throw new CustomerError(CustomerErrorCode.CategoryCycle);
      if ((parent?.id ?? null) !== node.parentId) await this.assertNameFree(tx, parent?.id ?? null, node.name);
      const oldPath = node.path;
      const newPath = materializedPath.childPath(parent?.path, node.id);
      await materializedPath.moveSubtree(tx, 'customer_category', oldPath, newPath);
      const before = { parentId: node.parentId };
      node.parentId = parent?.id ?? null;
      node.path = newPath;
      if (dto.sortOrder !== undefined) node.sortOrder = dto.sortOrder;
      await tx.save(node);
      await writeAudit(tx, { action: 'MOVE', entityType: 'CustomerCategory', entityId: id, before, after: { parentId: node.parentId } });
    });
    return this.get(principal, id);
  }

  async remove(id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const node = await this.findOrFail(tx, id);
      const [{ children, customers }] = await tx.query(
        `SELECT (SELECT count(*)::int FROM customer_category WHERE parent_id = $1 AND deleted_at IS NULL) AS children,
                (SELECT count(*)::int FROM customer WHERE category_id = $1 AND deleted_at IS NULL) AS customers`,
        [id],
      );
      if (customers) throw new CustomerError(CustomerErrorCode.CategoryInUse, `${customers} customers are filed here; move them first`);
      if (children) throw new CustomerError(CustomerErrorCode.CategoryHasChildren, `${children} sub-categories; move or delete them first`);
      node.deletedAt = this.clock.now();
      await tx.save(node);
    });
  }

  private async findOrFail(tx: EntityManager, id: string, field?: string): Promise<CustomerCategory> {
    const node = await tx.findOne(CustomerCategory, { where: { id, deletedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
    if (!node) {
      if (field) throw new RequestValidationError([{ field, message: 'no such category', code: 'exists' }]);
      throw notFound('Category', id);
    }
    return node;
  }

  private async assertNameFree(tx: EntityManager, parentId: string | null, name: string): Promise<void> {
    if (await tx.exists(CustomerCategory, { where: { parentId: parentId ?? IsNull(), name, deletedAt: IsNull() } })) {
      throw new CustomerError(CustomerErrorCode.CategoryNameTaken, `${name} already exists here`, {
        errors: [{ field: 'name', message: 'a sibling category has this name', code: 'unique' }],
      });
    }
  }
}
