import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuditNameRegistry } from '@kehu/server-core';
import { auditNameStatements } from './customers.repository';

/** The audit log names customers and what belongs to them (by the customer's name) instead of ids. */
@Injectable()
export class CustomerAuditNames implements OnModuleInit {
  constructor(private readonly names: AuditNameRegistry) {}

  onModuleInit(): void {
    this.names.register(...auditNameStatements());
  }
}
