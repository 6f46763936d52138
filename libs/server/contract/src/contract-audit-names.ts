import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuditNameRegistry } from '@kehu/server-core';

/** The audit log names contracts, their revisions and attachments by the contract's number and title, and numbers by themselves. */
@Injectable()
export class ContractAuditNames implements OnModuleInit {
  constructor(private readonly names: AuditNameRegistry) {}

  onModuleInit(): void {
    const ofContract = (table: string) =>
      `SELECT x.id::text AS id, c.number || ' ' || c.title AS name FROM ${table} x JOIN contract c ON c.id = x.contract_id WHERE x.id::text = ANY($1::text[])`;
    this.names.register(
      { entityType: 'Contract', sql: `SELECT id::text AS id, number || ' ' || title AS name FROM contract WHERE id::text = ANY($1::text[])` },
      { entityType: 'ContractRevision', sql: ofContract('contract_revision') },
      { entityType: 'ContractAttachment', sql: ofContract('contract_attachment') },
      { entityType: 'ContractNumber', sql: `SELECT id::text AS id, number AS name FROM contract_number WHERE id::text = ANY($1::text[])` },
    );
  }
}
