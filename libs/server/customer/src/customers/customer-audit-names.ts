import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuditNameRegistry } from '@kehu/server-core';

/** The audit log names customers and what belongs to them (by the customer's name) instead of ids. */
@Injectable()
export class CustomerAuditNames implements OnModuleInit {
  constructor(private readonly names: AuditNameRegistry) {}

  onModuleInit(): void {
    const ofCustomer = (table: string) =>
      `SELECT x.id::text AS id, c.name FROM ${table} x JOIN customer c ON c.id = x.customer_id WHERE x.id::text = ANY($1::text[])`;
    this.names.register(
      { entityType: 'Customer', sql: `SELECT id::text AS id, name FROM customer WHERE id::text = ANY($1::text[])` },
      {
        entityType: 'Contact',
        sql: `SELECT x.id::text AS id, x.name || ' · ' || c.name AS name FROM contact x JOIN customer c ON c.id = x.customer_id WHERE x.id::text = ANY($1::text[])`,
      },
      { entityType: 'FollowUp', sql: ofCustomer('follow_up') },
      { entityType: 'ChurnAlert', sql: ofCustomer('churn_alert') },
      { entityType: 'CustomerCategory', sql: `SELECT id::text AS id, name FROM customer_category WHERE id::text = ANY($1::text[])` },
    );
  }
}
