import type { EntityManager } from 'typeorm';
import { requestContext } from '../http/request-context';
import { AuditLog } from './audit-log.entity';

const SECRET_KEY = /password|secret|hash|token/i;

/** Plain JSON of an entity with secrets masked, for before/after snapshots. */
export function snapshot(entity: object | undefined | null): Record<string, unknown> | null {
  if (!entity) return null;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity)) {
    if (typeof value === 'function') continue;
    if (value !== null && typeof value === 'object' && !(value instanceof Date) && !Array.isArray(value)) {
      if ('id' in value) out[`${key}Id`] = (value as { id: unknown }).id;
      continue;
    }
    out[key] = SECRET_KEY.test(key) && value != null ? '***' : value;
  }
  return out;
}

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Defaults to the caller of the current request. */
  actorId?: string | null;
  actorName?: string | null;
}

/** Writes an audit row in the caller's transaction, filling actor and request id from the request. */
export async function writeAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  const ctx = requestContext.get();
  const row: Partial<AuditLog> = {
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    actorId: entry.actorId !== undefined ? entry.actorId : (ctx?.principal?.userId ?? null),
    actorName: entry.actorName !== undefined ? entry.actorName : (ctx?.principal?.username ?? null),
    requestId: ctx?.requestId ?? null,
    ip: ctx?.ip ?? null,
  };
  await manager.createQueryBuilder().insert().into(AuditLog).values(row as never).callListeners(false).execute();
}
