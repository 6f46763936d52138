import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuditNameRegistry } from '@kehu/server-core';
import { auditNameStatements } from './contract.repository';

/** The audit log names contracts, their revisions and attachments by the contract's number and title, and numbers by themselves. */
@Injectable()
export class ContractAuditNames implements OnModuleInit {
  constructor(private readonly names: AuditNameRegistry) {}

  onModuleInit(): void {
    this.names.register(...auditNameStatements());
  }
}
