import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { positional, Principal } from '@kehu/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { customerVisibleTo } from '../scope/customer-scope';

/** A live category with how many customers the caller may see are filed under it. */
export interface CategoryRow {
  id: string;
  name: string;
  parent_id: string | null;
  sort_order: number;
  version: number;
  n: number;
}

/** The SQL of customer categories beyond the tree's own (core's MaterializedPathTree writes the tree). */
@Injectable()
export class CategoriesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every live category in tree order, each counting only the customers the caller may see (a count is data too). */
  withVisibleCounts(principal: Principal): Promise<CategoryRow[]> {
    const visible = customerVisibleTo(principal);
    return this.db.query(
      ...positional(
        this.db,
        `SELECT g.id, g.name, g.parent_id, g.sort_order, g.version,
                (SELECT count(*)::int FROM customer c WHERE c.category_id = g.id AND c.deleted_at IS NULL AND ${visible.sql}) AS n
           FROM customer_category g WHERE g.deleted_at IS NULL ORDER BY g.sort_order, g.name, g.id`,
        visible.params,
      ),
    );
  }

  /** Whether any live customer — visible to the caller or not — is filed under the category. */
  async inUse(tx: EntityManager, categoryId: string): Promise<boolean> {
    const [inUse] = await tx.query(`SELECT 1 FROM customer WHERE category_id = $1 AND deleted_at IS NULL LIMIT 1`, [categoryId]);
    return !!inUse;
  }
}
