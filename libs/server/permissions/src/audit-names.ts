import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuditNameRegistry } from '@kehu/server-core';

/** The audit log names users, departments and roles instead of showing their ids. */
@Injectable()
export class PermissionsAuditNames implements OnModuleInit {
  constructor(private readonly names: AuditNameRegistry) {}

  onModuleInit(): void {
    this.names.register(
      { entityType: 'User', sql: `SELECT id::text AS id, display_name AS name FROM app_user WHERE id::text = ANY($1::text[])` },
      { entityType: 'Department', sql: `SELECT id::text AS id, name FROM department WHERE id::text = ANY($1::text[])` },
      { entityType: 'Role', sql: `SELECT id::text AS id, name FROM role WHERE id::text = ANY($1::text[])` },
    );
  }
}
