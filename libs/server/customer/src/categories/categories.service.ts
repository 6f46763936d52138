import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, MaterializedPathTree, materializedPath, notFound, Principal, TreeDefinition } from '@kehu/server-core';
import { DataSource } from 'typeorm';
import { CustomerError, CustomerErrorCode } from '../customer.exception';
import { CategoriesRepository } from './categories.repository';
import { CategoryDto, CategoryNodeDto, CreateCategoryDto, MoveCategoryDto, UpdateCategoryDto } from './category.dto';
import { CustomerCategory } from '../entities/customer-category.entity';

const CATEGORY_TREE: TreeDefinition<CustomerCategory> = {
  entity: CustomerCategory,
  table: 'customer_category',
  label: 'Category',
  errors: {
    cycle: () => new CustomerError(CustomerErrorCode.CategoryCycle),
    nameTaken: (name) =>
      new CustomerError(CustomerErrorCode.CategoryNameTaken, `${name} already exists here`, {
        errors: [{ field: 'name', message: 'a sibling category has this name', code: 'unique' }],
      }),
    hasChildren: (children) => new CustomerError(CustomerErrorCode.CategoryHasChildren, `${children} sub-categories; move or delete them first`),
  },
};

/** The customer classification tree (客户分类): any depth; a node with customers or children stays. */
@Injectable()
export class CategoriesService {
  private readonly categories: MaterializedPathTree<CustomerCategory>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: CategoriesRepository,
    clock: Clock,
  ) {
    this.categories = new MaterializedPathTree(CATEGORY_TREE, clock);
  }

  /** Every category, with how many of the customers the caller may see are in it (a count is data too: DOMAIN §1). */
  async list(principal: Principal): Promise<CategoryDto[]> {
    const rows = await this.repository.withVisibleCounts(principal);
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
    const node = await this.db.transaction((tx) =>
      this.categories.create(tx, dto.parentId, { name: dto.name, sortOrder: dto.sortOrder, createdBy: principal.userId }),
    );
    return this.get(principal, node.id);
  }

  async update(principal: Principal, id: string, dto: UpdateCategoryDto): Promise<CategoryDto> {
    await this.db.transaction((tx) => this.categories.update(tx, id, { name: dto.name, sortOrder: dto.sortOrder }));
    return this.get(principal, id);
  }

  async move(principal: Principal, id: string, dto: MoveCategoryDto): Promise<CategoryDto> {
    await this.db.transaction((tx) => this.categories.move(tx, id, dto.parentId, { sortOrder: dto.sortOrder }));
    return this.get(principal, id);
  }

  async remove(id: string): Promise<void> {
    await this.db.transaction((tx) =>
      this.categories.remove(tx, id, async () => {
        // Every customer counts here, visible to the caller or not; the detail says no number, which would leak one.
        if (await this.repository.inUse(tx, id)) throw new CustomerError(CustomerErrorCode.CategoryInUse, 'Customers are filed under this category; move them first');
      }),
    );
  }
}
