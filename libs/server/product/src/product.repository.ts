import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { countUpTo, parseSort } from '@kehu/server-core';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { ProductQueryDto } from './dto/product.dto';
import { Product, ProductStatus } from './entities/product.entity';
import { searchPlan } from './product-rules';

/** Lists stop counting here: the pager needs "more than this", not an exact count of 20k products. */
export const PRODUCT_COUNT_CAP = 10_000;

export interface CategoryCountRow {
  id: string;
  name: string;
  parent_id: string | null;
  sort_order: number;
  version: number;
  n: number;
}

export interface SellableRow {
  id: string;
  code: string;
  name: string;
  unit: string;
  list_price: string;
  tax_rate: string;
  status: ProductStatus;
}

/**
 * The catalogue's SQL. Products have no owner: the catalogue is the company's, read by every role
 * holding product:read (DOMAIN §5), so no data-scope fragment applies here.
 */
@Injectable()
export class ProductRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One page of the catalogue, filtered and sorted along an index, and the (capped) count. */
  async page(query: ProductQueryDto): Promise<{ rows: Product[]; total: number }> {
    const qb = this.db.getRepository(Product).createQueryBuilder('p').where('p.deleted_at IS NULL');
    this.filter(qb, query);
    for (const s of parseSort(query.sort, { code: 'p.code', name: 'p.name', updatedAt: 'p.updated_at', listPrice: 'p.list_price' }, 'code', 'p.id')) {
      qb.addOrderBy(s.column, s.direction, s.nulls);
    }
    const [rows, total] = await Promise.all([qb.clone().offset((query.page - 1) * query.pageSize).limit(query.pageSize).getMany(), countUpTo(qb, PRODUCT_COUNT_CAP)]);
    return { rows, total };
  }

  private filter(qb: SelectQueryBuilder<Product>, query: ProductQueryDto): void {
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (query.updatedSince) qb.andWhere('p.updated_at >= :updatedSince', { updatedSince: query.updatedSince });
    if (query.categoryId) {
      // The line and its whole subtree: one prefix scan of the path index.
      qb.andWhere(
        `p.category_id IN (SELECT d.id FROM product_category d, product_category r
                             WHERE r.id = :categoryId AND r.deleted_at IS NULL AND d.deleted_at IS NULL AND d.path LIKE r.path || '%')`,
        { categoryId: query.categoryId },
      );
    }
    if (query.q) {
      const plan = searchPlan(query.q);
      if (plan.kind === 'bigram') {
        // One character matches the code's start only: a bigram index has nothing to offer it.
        if (plan.grams.length) qb.andWhere('p.search_bigrams @> CAST(:grams AS text[])', { grams: plan.grams });
        else qb.andWhere('lower(p.code) LIKE :prefix', { prefix: `${query.q.trim().toLowerCase().replace(/[%_\\]/g, '\\$&')}%` });
      } else {
        qb.andWhere('p.search_text LIKE :like', { like: plan.like });
      }
    }
  }

  /** A live product, row-locked when `lock`. */
  findLive(tx: EntityManager, id: string, lock = false): Promise<Product | null> {
    const qb = tx.getRepository(Product).createQueryBuilder('p').where('p.id = :id AND p.deleted_at IS NULL', { id });
    return (lock ? qb.setLock('pessimistic_write') : qb).getOne();
  }

  /** The live product mirrored from this ERP id, row-locked (callers hold the id's advisory lock). */
  findByExternalId(tx: EntityManager, externalId: string): Promise<Product | null> {
    return tx
      .getRepository(Product)
      .createQueryBuilder('p')
      .where('p.external_id = :externalId AND p.deleted_at IS NULL', { externalId })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** Serialises writers of one ERP id, so two concurrent first upserts make one product. */
  async lockExternalId(tx: EntityManager, externalId: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('product-external:' || $1))`, [externalId]);
  }

  /** The demo catalogue's seeders queue here, so replicas starting together seed it once (held to the transaction's end). */
  async lockDemoSeed(tx: EntityManager): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('kehu-seed-demo-products'))`);
  }

  /** How many products, deleted ones included, bear one of these codes. */
  async countWithCodes(tx: EntityManager, codes: string[]): Promise<number> {
    const [{ n }]: Array<{ n: number }> = await tx.query(`SELECT count(*)::int AS n FROM product WHERE code = ANY($1::text[])`, [codes]);
    return n;
  }

  /** Serialises writers of one code, so two products never end up with it (the unique index is the backstop). */
  async lockCode(tx: EntityManager, code: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('product-code:' || $1))`, [code]);
  }

  async codeTakenByAnother(tx: EntityManager, code: string, exceptId: string | null): Promise<boolean> {
    const rows: unknown[] = await tx.query(`SELECT 1 FROM product WHERE code = $1 AND deleted_at IS NULL AND id IS DISTINCT FROM $2 LIMIT 1`, [code, exceptId]);
    return rows.length > 0;
  }

  async categoryExists(tx: EntityManager, id: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(`SELECT 1 FROM product_category WHERE id = $1 AND deleted_at IS NULL`, [id]);
    return rows.length > 0;
  }

  /** Every product line with how many live products are filed directly under it. */
  categoriesWithCounts(): Promise<CategoryCountRow[]> {
    return this.db.query(
      `SELECT g.id, g.name, g.parent_id, g.sort_order, g.version,
              (SELECT count(*)::int FROM product p WHERE p.category_id = g.id AND p.deleted_at IS NULL) AS n
         FROM product_category g WHERE g.deleted_at IS NULL ORDER BY g.sort_order, g.name, g.id`,
    );
  }

  async categoryInUse(tx: EntityManager, id: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(`SELECT 1 FROM product WHERE category_id = $1 AND deleted_at IS NULL LIMIT 1`, [id]);
    return rows.length > 0;
  }

  /** The live products among `ids`, with what a quote line needs (share-locked so a concurrent discontinuation waits). */
  sellable(tx: EntityManager, ids: string[]): Promise<SellableRow[]> {
    return tx.query(
      `SELECT id, code, name, unit, list_price::text AS list_price, tax_rate::text AS tax_rate, status
         FROM product WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL FOR SHARE`,
      [ids],
    );
  }
}
