import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RequestValidationError } from '@kehu/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { ProductStatus } from './entities/product.entity';
import { ProductRepository } from './product.repository';

/** What a quote or contract line needs of a product. */
export interface QuotableProduct {
  id: string;
  code: string;
  name: string;
  unit: string;
  listPrice: string;
  /** Percent, e.g. "13.00". */
  taxRate: string;
}

/** What other domains (quotes, contracts) may ask of the catalogue; they keep product ids only. */
@Injectable()
export class ProductFacade {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly products: ProductRepository,
  ) {}

  /**
   * The products a new line may offer, by id. Each reference names the request field it came from;
   * an unknown or discontinued product is a 400 naming those fields (all of them, in one answer).
   * The rows are share-locked in the caller's transaction: a discontinuation waits for the quote.
   */
  async quotable(refs: Array<{ productId: string; field: string }>, manager: EntityManager = this.db.manager): Promise<Map<string, QuotableProduct>> {
    const rows = await this.products.sellable(manager, [...new Set(refs.map((r) => r.productId))]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const problems = refs.flatMap(({ productId, field }) => {
      const row = byId.get(productId);
      if (!row) return [{ field, message: 'no such product', code: 'exists' }];
      if (row.status === ProductStatus.Discontinued) return [{ field, message: `${row.code} is discontinued and cannot be offered`, code: 'discontinued' }];
      return [];
    });
    if (problems.length) throw new RequestValidationError(problems);
    return new Map(rows.map((r) => [r.id, { id: r.id, code: r.code, name: r.name, unit: r.unit, listPrice: r.list_price, taxRate: r.tax_rate }]));
  }
}
