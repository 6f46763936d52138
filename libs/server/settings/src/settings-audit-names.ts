import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuditNameRegistry } from '@kehu/server-core';

/** The audit log names saved list views by their name. */
@Injectable()
export class SettingsAuditNames implements OnModuleInit {
  constructor(private readonly names: AuditNameRegistry) {}

  onModuleInit(): void {
    this.names.register({ entityType: 'ListView', sql: `SELECT id::text AS id, name FROM list_view WHERE id::text = ANY($1::text[])` });
  }
}
