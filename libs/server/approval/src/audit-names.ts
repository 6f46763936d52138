import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuditNameRegistry } from '@kehu/server-core';

/** The audit log names approval requests by their subject and chains by their name. */
@Injectable()
export class ApprovalAuditNames implements OnModuleInit {
  constructor(private readonly names: AuditNameRegistry) {}

  onModuleInit(): void {
    this.names.register(
      { entityType: 'ApprovalRequest', sql: `SELECT id::text AS id, subject_title AS name FROM approval_request WHERE id::text = ANY($1::text[])` },
      { entityType: 'ApprovalChain', sql: `SELECT subject_type AS id, name FROM approval_chain WHERE subject_type = ANY($1::text[])` },
    );
  }
}
