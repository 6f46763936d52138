import { ApprovalSubjectType } from '@kehu/server-approval';
import { Principal } from '@kehu/server-core';
import { EntityManager } from 'typeorm';
import { visibleCustomers } from '../scope/customer-scope';
import { Contact } from '../entities/contact.entity';
import { Customer } from '../entities/customer.entity';
import { CustomerEvent } from './customer-status';

/**
 * The SQL of the lifecycle: protection and its review, transfers and merges. Lifecycle columns are
 * written by storage/customer-store.ts only; these statements read customers, and move what belongs
 * to a customer (contacts, follow-ups, history, team). Each runs on the manager it is given: the
 * caller's transaction, or the data source's manager for a plain read.
 */

/** Loads and row-locks a live customer by id, whoever may see it. */
export function lockCustomer(manager: EntityManager, id: string): Promise<Customer | null> {
  return manager.getRepository(Customer).createQueryBuilder('c').where('c.id = :id AND c.deleted_at IS NULL', { id }).setLock('pessimistic_write').getOne();
}

/** Protected customers (POTENTIAL or INTENT) a user owns, for the `maxOwnedCustomers` limit. */
export async function ownedProtectedCount(manager: EntityManager, userId: string): Promise<number> {
  const [{ n }]: Array<{ n: number }> = await manager.query(
    `SELECT count(*)::int AS n FROM customer WHERE owner_id = $1 AND deleted_at IS NULL AND status IN ('POTENTIAL','INTENT')`,
    [userId],
  );
  return n;
}

/** Pending protection requests submitted at or before `submittedBy`, oldest first. */
export function pendingProtectionRequests(manager: EntityManager, submittedBy: Date): Promise<Array<{ id: string; created_at: Date }>> {
  return manager.query(
    `SELECT id, created_at FROM approval_request
        WHERE status = 'PENDING' AND deleted_at IS NULL AND subject_type = $1 AND created_at <= $2
        ORDER BY created_at, id`,
    [ApprovalSubjectType.CustomerProtection, submittedBy],
  );
}

/** The live contacts of these customers. */
export function contactsOf(manager: EntityManager, customerIds: string[]): Promise<Contact[]> {
  return manager
    .getRepository(Contact)
    .createQueryBuilder('k')
    .where('k.customer_id IN (:...ids) AND k.deleted_at IS NULL', { ids: customerIds.length ? customerIds : [null] })
    .getMany();
}

/** The owner's POTENTIAL and INTENT customers whose protection ends by `until`, and rejected ones (200 at most). */
export function expiringProtections(manager: EntityManager, ownerId: string, until: Date): Promise<Customer[]> {
  return (
    manager
      .getRepository(Customer)
      .createQueryBuilder('c')
      .where(`c.deleted_at IS NULL AND c.owner_id = :me AND c.status IN ('POTENTIAL','INTENT')`, { me: ownerId })
      // A rejection is news at once: the owner reads the reason and has the grace period to fix it.
      .andWhere(`(c.protection_until <= :until OR c.review_state = 'REJECTED')`, { until })
      .orderBy('c.protection_until')
      .limit(200)
      .getMany()
  );
}

/** Which customers a transfer moves: the named ones, or all of an owner's, among those the caller may see. */
export interface TransferSelection {
  customerIds?: string[];
  fromOwnerId?: string;
}

/** The customers of a transfer the caller may see, row-locked (id, owner and status only). */
export function lockTransferable(tx: EntityManager, principal: Principal, selection: TransferSelection): Promise<Customer[]> {
  const qb = visibleCustomers(tx, principal).select(['c.id', 'c.ownerId', 'c.status']).setLock('pessimistic_write', undefined, ['c']);
  if (selection.customerIds?.length) qb.andWhere('c.id IN (:...ids)', { ids: selection.customerIds });
  if (selection.fromOwnerId) qb.andWhere('c.owner_id = :from', { from: selection.fromOwnerId });
  return qb.getMany();
}

/** One TRANSFERRED history entry per moved customer, in one statement however many move. */
export async function recordTransfers(
  tx: EntityManager,
  moved: Array<Pick<Customer, 'id' | 'ownerId' | 'status'>>,
  transfer: { at: Date; actorId: string; toOwnerId: string; reason: string | null },
): Promise<void> {
  await tx.query(
    `INSERT INTO customer_history (customer_id, at, actor_id, event, from_owner_id, to_owner_id, from_status, to_status, reason)
         SELECT x.id, $2, $3, $4, x.owner_id, $5, x.status, x.status, $6
           FROM unnest($1::uuid[], $7::uuid[], $8::text[]) AS x(id, owner_id, status)`,
    [
      moved.map((r) => r.id),
      transfer.at,
      transfer.actorId,
      CustomerEvent.Transferred,
      transfer.toOwnerId,
      transfer.reason,
      moved.map((r) => r.ownerId),
      moved.map((r) => r.status),
    ],
  );
}

/**
 * Moves the duplicate's contacts, follow-ups, history and team seats to the survivor. The survivor's
 * primary contact stays the primary one when it has one.
 */
export async function moveBelongings(tx: EntityManager, duplicateId: string, survivorId: string): Promise<void> {
  const survivorHasPrimary = await tx.query(`SELECT 1 FROM contact WHERE customer_id = $1 AND is_primary AND deleted_at IS NULL`, [survivorId]);
  if (survivorHasPrimary.length) await tx.query(`UPDATE contact SET is_primary = false WHERE customer_id = $1 AND is_primary`, [duplicateId]);
  await tx.query(`UPDATE contact SET customer_id = $2, updated_at = now() WHERE customer_id = $1`, [duplicateId, survivorId]);
  await tx.query(`UPDATE follow_up SET customer_id = $2, updated_at = now() WHERE customer_id = $1`, [duplicateId, survivorId]);
  await tx.query(`UPDATE customer_history SET customer_id = $2 WHERE customer_id = $1`, [duplicateId, survivorId]);
  await tx.query(
    `INSERT INTO customer_team_member (customer_id, user_id, access) SELECT $2, user_id, access FROM customer_team_member WHERE customer_id = $1 ON CONFLICT DO NOTHING`,
    [duplicateId, survivorId],
  );
  await tx.query(`DELETE FROM customer_team_member WHERE customer_id = $1`, [duplicateId]);
}
