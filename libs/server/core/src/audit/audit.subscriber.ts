import { EntitySubscriberInterface, EventSubscriber, InsertEvent, RemoveEvent, SoftRemoveEvent, UpdateEvent } from 'typeorm';
import { isAudited } from './not-audited.decorator';
import { snapshot, writeAudit } from './audit-writer';

function entityName(target: unknown): string {
  return typeof target === 'function' ? target.name : String(target);
}

function idOf(entity: unknown): string | null {
  const id = (entity as { id?: unknown } | undefined)?.id;
  return id === undefined || id === null ? null : String(id);
}

/**
 * Records every insert, update and (soft) delete made through the entity manager, in the same
 * transaction as the write, with actor and request id. Set-based SQL (bulk jobs) writes its own
 * audit rows with writeAudit().
 */
@EventSubscriber()
export class AuditSubscriber implements EntitySubscriberInterface {
  async afterInsert(event: InsertEvent<object>): Promise<void> {
    if (!isAudited(event.metadata.target)) return;
    await writeAudit(event.manager, {
      action: 'INSERT',
      entityType: entityName(event.metadata.target),
      entityId: idOf(event.entity),
      after: snapshot(event.entity),
    });
  }

  async afterUpdate(event: UpdateEvent<object>): Promise<void> {
    if (!isAudited(event.metadata.target)) return;
    const before = snapshot(event.databaseEntity);
    const after = snapshot(event.entity as object);
    const deleted = before && after && !before['deletedAt'] && after['deletedAt'];
    await writeAudit(event.manager, {
      action: deleted ? 'SOFT_DELETE' : 'UPDATE',
      entityType: entityName(event.metadata.target),
      entityId: idOf(event.entity) ?? idOf(event.databaseEntity),
      before,
      after,
    });
  }

  async afterSoftRemove(event: SoftRemoveEvent<object>): Promise<void> {
    if (!isAudited(event.metadata.target)) return;
    await writeAudit(event.manager, {
      action: 'SOFT_DELETE',
      entityType: entityName(event.metadata.target),
      entityId: idOf(event.entity) ?? idOf(event.databaseEntity),
      before: snapshot(event.databaseEntity),
    });
  }

  async afterRemove(event: RemoveEvent<object>): Promise<void> {
    if (!isAudited(event.metadata.target)) return;
    await writeAudit(event.manager, {
      action: 'DELETE',
      entityType: entityName(event.metadata.target),
      entityId: event.entityId !== undefined ? String(event.entityId) : idOf(event.databaseEntity),
      before: snapshot(event.databaseEntity),
    });
  }
}
