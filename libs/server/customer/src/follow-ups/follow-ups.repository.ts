import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parseSort, Principal } from '@kehu/server-core';
import { DataSource } from 'typeorm';
import { applyCustomerScope } from '../scope/customer-scope';
import { Customer } from '../entities/customer.entity';
import { FollowUp } from '../entities/follow-up.entity';
import type { FollowUpQueryDto } from './follow-up.dto';

/** A customer whose next contact time has come, with its latest follow-up's summary. */
export interface DueContactRow {
  id: string;
  name: string;
  next_contact_at: Date;
  summary: string | null;
}

/** The SQL of follow-ups. A follow-up is visible exactly when its customer is. */
@Injectable()
export class FollowUpsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A page of the follow-ups of the customers the caller may see, filtered, and their total. */
  page(principal: Principal, query: FollowUpQueryDto): Promise<[FollowUp[], number]> {
    const qb = this.db.getRepository(FollowUp).createQueryBuilder('f').innerJoin(Customer, 'c', 'c.id = f.customer_id AND c.deleted_at IS NULL').where('f.deleted_at IS NULL');
    applyCustomerScope(qb, principal);
    if (query.customerId) qb.andWhere('f.customer_id = :customerId', { customerId: query.customerId });
    if (query.ownerId) qb.andWhere('f.owner_id = :ownerId', { ownerId: query.ownerId });
    if (query.from) qb.andWhere('f.occurred_at >= :from', { from: query.from });
    if (query.to) qb.andWhere('f.occurred_at < :to', { to: query.to });
    if (query.q) qb.andWhere('f.summary ILIKE :q', { q: `%${query.q.replace(/[%_\\]/g, '\\$&')}%` });
    for (const s of parseSort(query.sort, { occurredAt: 'f.occurred_at', createdAt: 'f.created_at' }, '-occurredAt', 'f.id')) qb.addOrderBy(s.column, s.direction);
    return qb.skip((query.page - 1) * query.pageSize).take(query.pageSize).getManyAndCount();
  }

  /** The owner's customers whose next contact time is before `until`, soonest first (500 at most). */
  dueContacts(ownerId: string, until: Date): Promise<DueContactRow[]> {
    return this.db.query(
      `SELECT c.id, c.name, c.next_contact_at,
              (SELECT f.summary FROM follow_up f WHERE f.customer_id = c.id AND f.deleted_at IS NULL ORDER BY f.occurred_at DESC LIMIT 1) AS summary
         FROM customer c
        WHERE c.owner_id = $1 AND c.deleted_at IS NULL AND c.next_contact_at IS NOT NULL AND c.next_contact_at < $2
        ORDER BY c.next_contact_at
        LIMIT 500`,
      [ownerId, until],
    );
  }
}
