import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { countUpTo, IndexedSortColumn, parseSort } from '@kehu/server-core';
import { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { poolCustomers } from '../scope/customer-scope';
import { poolStates } from '../storage/customer-relations';
import { DUE_IDS_SQL, RELEASE_CHUNK_SQL } from '../storage/pool-release.sql';
import { CustomerEvent } from '../lifecycle/customer-status';
import { CUSTOMER_COUNT_CAP } from '../customers/customers.service';
import type { PoolQueryDto } from '../lifecycle/lifecycle.dto';
import { Customer } from '../entities/customer.entity';
import { searchCondition } from '../search/customer-search';

const POOL_SORTABLE: Record<string, string | IndexedSortColumn> = {
  // Never null for a pool customer.
  poolEnteredAt: { column: 'c.pool_entered_at', indexOrder: 'DESC NULLS LAST' },
  name: { column: 'c.name', indexOrder: 'ASC NULLS LAST' },
  // Never null: descending walks customer_code_uq backwards (nulls last both ways sorted every pool customer, 1.1–3.6 s).
  code: { column: 'c.code', indexOrder: 'ASC NULLS LAST' },
  createdAt: { column: 'c.created_at', indexOrder: 'DESC NULLS LAST' },
};

/** The pool sorts that walk an index of `customer_state` (customer_pool_idx, customer_pool_name_idx; the customer baseline migration). */
const STATE_WALKS = ['c.pool_entered_at', 'c.name'];

/**
 * The SQL of the public pool. Pool customers are everyone's to see (poolCustomers); the release
 * statements themselves are storage's (storage/pool-release.sql.ts).
 */
@Injectable()
export class PoolRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A page of the pool, filtered and sorted, and its size counted up to the customer list's cap. */
  async page(query: PoolQueryDto): Promise<{ rows: Customer[]; total: number }> {
    const sort = parseSort(query.sort, POOL_SORTABLE, '-poolEnteredAt', 'c.id');
    const filtered = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> => {
      if (query.q) {
        const { sql, params } = searchCondition(query.q);
        qb.andWhere(sql, params);
      }
      for (const [field, column] of [['industry', 'industry'], ['region', 'region'], ['level', 'level'], ['grade', 'grade']] as const) {
        if (query[field] !== undefined) qb.andWhere(`c.${column} = :${field}`, { [field]: query[field] });
      }
      if (query.poolReason) qb.andWhere('c.pool_reason = :poolReason', { poolReason: query.poolReason });
      for (const s of sort) qb.addOrderBy(s.column, s.direction, s.nulls);
      return qb;
    };
    // Without a search, the pool's indexes on customer_state, which carry the filters, count it and
    // answer a walk by entry or name; the page's 20 customers are then read whole. A search is driven
    // by its match index on the profile, and the code and creation sorts by the profile's indexes.
    const states = query.q ? null : filtered(poolStates(this.db.manager));
    const customers = states && STATE_WALKS.includes(sort[0].column) ? null : filtered(poolCustomers(this.db.manager));
    const offset = (query.page - 1) * query.pageSize;
    // The pool holds a few percent of all customers (265k of 1.1M after the reclaim benchmark): an exact
    // count of it cost 170 ms, so it is counted up to the customer list's cap.
    const counted: SelectQueryBuilder<ObjectLiteral> = states ?? (customers as SelectQueryBuilder<Customer>);
    const [rows, total] = await Promise.all([
      customers ? customers.offset(offset).limit(query.pageSize).getMany() : this.inOrder(counted.clone().offset(offset).limit(query.pageSize)),
      countUpTo(counted, CUSTOMER_COUNT_CAP),
    ]);
    return { rows, total };
  }

  /** The customers a walk of `customer_state` answers, in its order. */
  private async inOrder(walk: SelectQueryBuilder<ObjectLiteral>): Promise<Customer[]> {
    const ids = (await walk.select('c.id', 'id').getRawMany<{ id: string }>()).map((r) => r.id);
    if (!ids.length) return [];
    const customers = await poolCustomers(this.db.manager).andWhere('c.id IN (:...ids)', { ids }).getMany();
    const byId = new Map(customers.map((c) => [c.id, c]));
    // A customer claimed between the two reads is no longer in the pool: left out of the page.
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** A customer of the pool, or null. */
  find(id: string): Promise<Customer | null> {
    return poolCustomers(this.db.manager).andWhere('c.id = :id', { id }).getOne();
  }

  /** Up to `limit` ids due for release at `now`, after `after` in id order (storage's DUE_IDS_SQL). */
  async dueIds(now: Date, after: string, limit: number): Promise<string[]> {
    return ((await this.db.query(DUE_IDS_SQL, [now, after, limit])) as Array<{ id: string }>).map((r) => r.id);
  }

  /** Releases the customers among `ids` still due at `now` (storage's RELEASE_CHUNK_SQL); answers the released ids. */
  async release(tx: EntityManager, now: Date, ids: string[]): Promise<string[]> {
    return ((await tx.query(RELEASE_CHUNK_SQL, [now, ids])) as Array<{ id: string }>).map((r) => r.id);
  }

  /** The customers among `ids` with a pending request of one of `subjectTypes`. */
  async withPendingRequests(tx: EntityManager, ids: string[], subjectTypes: string[]): Promise<string[]> {
    const open: Array<{ subject_id: string }> = await tx.query(
      `SELECT DISTINCT subject_id FROM approval_request
        WHERE status = 'PENDING' AND deleted_at IS NULL AND subject_type = ANY($2::text[]) AND subject_id = ANY($1::uuid[])`,
      [ids, subjectTypes],
    );
    return open.map((r) => r.subject_id);
  }

  /** How many customers the user has claimed since `since`. */
  async claimsSince(tx: EntityManager, userId: string, since: Date): Promise<number> {
    const [{ claims }]: Array<{ claims: number }> = await tx.query(
      `SELECT count(*)::int AS claims FROM customer_history WHERE actor_id = $1 AND event = '${CustomerEvent.Claimed}' AND at >= $2`,
      [userId, since],
    );
    return claims;
  }
}
