import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuditNameRegistry } from '@kehu/server-core';
import { auditNameStatements } from './approval.repository';

/** The audit log names approval requests by their subject and chains by their name. */
@Injectable()
export class ApprovalAuditNames implements OnModuleInit {
  constructor(private readonly names: AuditNameRegistry) {}

  onModuleInit(): void {
    this.names.register(...auditNameStatements());
  }
}
