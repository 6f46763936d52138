import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * How the audit log names the records of one entity type: a statement answering `id` and `name`
 * for the ids in `$1` (text[]). Soft-deleted records keep their names: the log outlives them.
 */
export interface AuditNameSource {
  entityType: string;
  sql: string;
}

/** The audit log shows names, not ids: each domain registers its entity types in onModuleInit. */
@Injectable()
export class AuditNameRegistry {
  private readonly sources = new Map<string, string>();

  register(...sources: AuditNameSource[]): void {
    for (const source of sources) this.sources.set(source.entityType, source.sql);
  }

  /** `entityType → (id → name)` for the given records; types nobody registered are left out. */
  async namesOf(manager: EntityManager, records: Array<{ entityType: string; entityId: string | null }>): Promise<Map<string, Map<string, string>>> {
    const idsByType = new Map<string, Set<string>>();
    for (const { entityType, entityId } of records) {
      if (!entityId || !this.sources.has(entityType)) continue;
      idsByType.set(entityType, (idsByType.get(entityType) ?? new Set()).add(entityId));
    }
    const names = new Map<string, Map<string, string>>();
    await Promise.all(
      [...idsByType].map(async ([entityType, ids]) => {
        const rows: Array<{ id: string; name: string | null }> = await manager.query(this.sources.get(entityType) as string, [[...ids]]);
        names.set(entityType, new Map(rows.filter((r) => r.name).map((r) => [String(r.id), r.name as string])));
      }),
    );
    return names;
  }
}
