import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, MaterializedPathTree, materializedPath, notFound, Principal, TreeDefinition } from '@kehu/server-core';
import { DataSource } from 'typeorm';
import {
  CreateProductCategoryDto,
  MoveProductCategoryDto,
  ProductCategoryDto,
  ProductCategoryNodeDto,
  UpdateProductCategoryDto,
} from './dto/product-category.dto';
import { ProductCategory } from './entities/product-category.entity';
import { ProductError, ProductErrorCode } from './product.exception';
import { ProductRepository } from './product.repository';

const PRODUCT_CATEGORY_TREE: TreeDefinition<ProductCategory> = {
  entity: ProductCategory,
  table: 'product_category',
  label: 'Product category',
  errors: {
    cycle: () => new ProductError(ProductErrorCode.CategoryCycle),
    nameTaken: (name) =>
      new ProductError(ProductErrorCode.CategoryNameTaken, `${name} already exists here`, {
        errors: [{ field: 'name', message: 'a sibling category has this name', code: 'unique' }],
      }),
    hasChildren: (n) => new ProductError(ProductErrorCode.CategoryHasChildren, `${n} sub-categories; move or delete them first`),
  },
};

/** Product lines (产品类别): the catalogue's tree on core's tree service. */
@Injectable()
export class ProductCategoriesService {
  private readonly tree: MaterializedPathTree<ProductCategory>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    clock: Clock,
    private readonly products: ProductRepository,
  ) {
    this.tree = new MaterializedPathTree(PRODUCT_CATEGORY_TREE, clock);
  }

  async list(): Promise<ProductCategoryDto[]> {
    const rows = await this.products.categoriesWithCounts();
    return rows.map((r) => ({ id: r.id, name: r.name, parentId: r.parent_id, sortOrder: r.sort_order, productCount: r.n, version: r.version }));
  }

  async nested(): Promise<ProductCategoryNodeDto[]> {
    return materializedPath.buildTree(await this.list()) as ProductCategoryNodeDto[];
  }

  async get(id: string): Promise<ProductCategoryDto> {
    const found = (await this.list()).find((c) => c.id === id);
    if (!found) throw notFound('Product category', id);
    return found;
  }

  async create(principal: Principal, dto: CreateProductCategoryDto): Promise<ProductCategoryDto> {
    const node = await this.db.transaction((tx) => this.tree.create(tx, dto.parentId, { name: dto.name, sortOrder: dto.sortOrder, createdBy: principal.userId }));
    return this.get(node.id);
  }

  async update(id: string, dto: UpdateProductCategoryDto): Promise<ProductCategoryDto> {
    await this.db.transaction((tx) => this.tree.update(tx, id, { name: dto.name, sortOrder: dto.sortOrder }));
    return this.get(id);
  }

  async move(id: string, dto: MoveProductCategoryDto): Promise<ProductCategoryDto> {
    await this.db.transaction((tx) => this.tree.move(tx, id, dto.parentId, { sortOrder: dto.sortOrder }));
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    await this.db.transaction((tx) =>
      this.tree.remove(tx, id, async () => {
        if (await this.products.categoryInUse(tx, id)) throw new ProductError(ProductErrorCode.CategoryInUse, 'Products are filed under this category; move them first');
      }),
    );
  }
}
