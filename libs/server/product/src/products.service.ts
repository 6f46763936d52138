import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assertVersionMatches, Clock, money, notFound, PageDto, Principal, RequestValidationError, toPage } from '@kehu/server-core';
import { DataSource, EntityManager } from 'typeorm';
import {
  CreateProductDto,
  ProductDto,
  ProductQueryDto,
  ProductUpsertResultDto,
  toProductDto,
  UpdateProductDto,
  UpdateStockDto,
  UpsertOutcome,
  UpsertProductDto,
} from './dto/product.dto';
import { Product } from './entities/product.entity';
import { ProductError, ProductErrorCode } from './product.exception';
import { changedFields, priceProblems, productSearchKeys, ProductValues } from './product-rules';
import { PRODUCT_COUNT_CAP, ProductRepository } from './product.repository';

/** The product catalogue (DOMAIN §5): entered by administrators or mirrored from the ERP by its ids. */
@Injectable()
export class ProductsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly products: ProductRepository,
  ) {}

  async list(query: ProductQueryDto): Promise<PageDto<ProductDto>> {
    const { rows, total } = await this.products.page(query);
    return toPage(rows.map(toProductDto), total, query, { cap: PRODUCT_COUNT_CAP });
  }

  async get(id: string): Promise<ProductDto> {
    const product = await this.products.findLive(this.db.manager, id);
    if (!product) throw notFound('Product', id);
    return toProductDto(product);
  }

  async create(principal: Principal, dto: CreateProductDto): Promise<ProductDto> {
    const product = await this.db.transaction(async (tx) => {
      const values = this.valuesOf(dto);
      await this.assertWritable(tx, values, null);
      return tx.save(this.newProduct(tx, principal, values, null));
    });
    return toProductDto(product);
  }

  async update(id: string, dto: UpdateProductDto, ifMatch?: string): Promise<ProductDto> {
    const product = await this.db.transaction(async (tx) => {
      const current = await this.products.findLive(tx, id, true);
      if (!current) throw notFound('Product', id);
      assertVersionMatches(current.version, ifMatch);
      const values: ProductValues = { ...this.valuesOf(current), ...definedOnly(dto) };
      await this.assertWritable(tx, values, current.id);
      if (!changedFields(this.valuesOf(current), values).length) return current;
      return tx.save(Object.assign(current, definedOnly(values), productSearchKeys(values)));
    });
    return toProductDto(product);
  }

  /**
   * The ERP's view of one product: created when its id is new, updated when it differs, left alone
   * (no new version, nothing audited) when the same body comes again — so a sync may resend everything.
   */
  async upsertByExternalId(principal: Principal, externalId: string, dto: UpsertProductDto): Promise<ProductUpsertResultDto> {
    return this.db.transaction(async (tx) => {
      await this.products.lockExternalId(tx, externalId);
      const current = await this.products.findByExternalId(tx, externalId);
      const values = this.valuesOf(dto);
      await this.assertWritable(tx, values, current?.id ?? null);
      if (!current) {
        const created = await tx.save(this.newProduct(tx, principal, values, externalId));
        return { outcome: UpsertOutcome.Created, product: toProductDto(created) };
      }
      const changed = changedFields(this.valuesOf(current), values);
      if (!changed.length) return { outcome: UpsertOutcome.Unchanged, product: toProductDto(current) };
      Object.assign(current, definedOnly(values), productSearchKeys(values));
      if (changed.includes('stockOnHand')) current.stockUpdatedAt = this.clock.now();
      return { outcome: UpsertOutcome.Updated, product: toProductDto(await tx.save(current)) };
    });
  }

  /** Stock only (the ERP pushes counts far more often than anything else). */
  async updateStock(externalId: string, dto: UpdateStockDto): Promise<ProductDto> {
    const product = await this.db.transaction(async (tx) => {
      await this.products.lockExternalId(tx, externalId);
      const current = await this.products.findByExternalId(tx, externalId);
      if (!current) throw notFound('Product', externalId);
      const countedAt = dto.countedAt ? new Date(dto.countedAt) : this.clock.now();
      // A count older than the one stored arrived late: keep the newer one.
      if (current.stockUpdatedAt && current.stockUpdatedAt > countedAt) return current;
      if (current.stockOnHand === dto.stockOnHand && current.stockUpdatedAt?.getTime() === countedAt.getTime()) return current;
      current.stockOnHand = dto.stockOnHand;
      current.stockUpdatedAt = countedAt;
      return tx.save(current);
    });
    return toProductDto(product);
  }

  private newProduct(tx: EntityManager, principal: Principal, values: ProductValues, externalId: string | null): Product {
    return tx.create(Product, {
      ...values,
      stockOnHand: values.stockOnHand ?? 0,
      stockUpdatedAt: values.stockOnHand !== undefined ? this.clock.now() : null,
      externalId,
      ...productSearchKeys(values),
      createdBy: principal.userId,
    });
  }

  private valuesOf(p: CreateProductDto | Product): ProductValues {
    return {
      code: p.code,
      name: p.name,
      model: p.model ?? null,
      spec: p.spec ?? null,
      unit: p.unit,
      // "12800" and "12800.00" are one price: stored and answered in the one spelling.
      listPrice: money.format(p.listPrice),
      taxRate: money.format(p.taxRate),
      status: p.status,
      categoryId: p.categoryId ?? null,
      stockOnHand: p.stockOnHand,
    };
  }

  /** Price limits, the category, the code's uniqueness: each refused naming its field. */
  private async assertWritable(tx: EntityManager, values: ProductValues, selfId: string | null): Promise<void> {
    const problems = priceProblems(values);
    if (values.categoryId && !(await this.products.categoryExists(tx, values.categoryId))) {
      problems.push({ field: 'categoryId', message: 'no such product category', code: 'exists' });
    }
    if (problems.length) throw new RequestValidationError(problems);
    await this.products.lockCode(tx, values.code);
    if (await this.products.codeTakenByAnother(tx, values.code, selfId)) {
      throw new ProductError(ProductErrorCode.CodeTaken, `${values.code} is another product's code`, {
        errors: [{ field: 'code', message: 'is already taken', code: 'unique' }],
      });
    }
  }
}

/** The members of a partial update that were sent (undefined means "leave as is"). */
function definedOnly<T extends object>(dto: T): Partial<T> {
  return Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)) as Partial<T>;
}
