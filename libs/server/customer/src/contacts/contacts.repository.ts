import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parseSort, Principal } from '@kehu/server-core';
import { DataSource } from 'typeorm';
import { normalizePhone } from '../search/company-name';
import { applyCustomerScope } from '../scope/customer-scope';
import { Contact } from '../entities/contact.entity';
import { Customer } from '../entities/customer.entity';
import type { ContactQueryDto } from './contact.dto';

/** A contact of a page, with its customer's name. */
export interface ContactWithCustomer {
  contact: Contact;
  customerName: string | null;
}

/** The SQL of contacts. A contact is visible exactly when its customer is. */
@Injectable()
export class ContactsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A page of the contacts of the customers the caller may see, `?q=` by name or mobile, and their total. */
  async page(principal: Principal, query: ContactQueryDto): Promise<{ rows: ContactWithCustomer[]; total: number }> {
    const qb = this.db
      .getRepository(Contact)
      .createQueryBuilder('k')
      .innerJoin(Customer, 'c', 'c.id = k.customer_id AND c.deleted_at IS NULL')
      .addSelect('c.name', 'customer_name')
      .where('k.deleted_at IS NULL');
    applyCustomerScope(qb, principal);
    if (query.q) {
      const phone = normalizePhone(query.q);
      qb.andWhere(phone ? '(k.name ILIKE :q OR k.normalized_mobile LIKE :phone)' : 'k.name ILIKE :q', {
        q: `%${query.q.replace(/[%_\\]/g, '\\$&')}%`,
        phone: `${phone}%`,
      });
    }
    for (const s of parseSort(query.sort, { name: 'k.name', createdAt: 'k.created_at' }, 'name', 'k.id')) qb.addOrderBy(s.column, s.direction);
    const total = await qb.getCount();
    const { entities, raw } = await qb.offset((query.page - 1) * query.pageSize).limit(query.pageSize).getRawAndEntities();
    return { rows: entities.map((contact, i) => ({ contact, customerName: raw[i]?.customer_name ?? null })), total };
  }
}
