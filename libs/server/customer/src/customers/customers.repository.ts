import { positional, Principal, SqlFragment } from '@kehu/server-core';
import type { DataSource, EntityManager } from 'typeorm';
import { CustomerHistory } from '../entities/customer-history.entity';
import { searchCondition } from '../search/customer-search';
import { customerVisibleTo } from '../scope/customer-scope';

/**
 * The customer record's statements that are not storage (storage/ holds the tables behind the
 * `customer` view): the locks entries and claims queue on, the code sequence, the history, the
 * active-user check, the audit log's names. Most run in the caller's transaction and several
 * sub-domains share them (entry, contacts, claims, transfers, import), so they are functions of the
 * manager rather than an injected class.
 */

/** One owner's entries, claims and incoming transfers queue here, so the protected-customer limit stays exact. */
export async function lockOwnerClaims(tx: EntityManager, ownerId: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('customer-claim:' || $1))`, [ownerId]);
}

/** Two entries of the same phone (a customer's phone or a contact's mobile) at the same moment: the second waits, then is refused. */
export async function lockPhoneKey(tx: EntityManager, phoneKey: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('customer-phone:' || $1))`, [phoneKey]);
}

/** Two entries of the same normalised name at the same moment: the second waits, then is refused. */
export async function lockNameKey(tx: EntityManager, normalizedName: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('customer-name:' || $1))`, [normalizedName]);
}

/**
 * Moves the day's code sequence on by `count` and answers its new last number. The sequence row is
 * upserted atomically, so concurrent creations never share a number and a number is never reused
 * (rolled-back ones are simply skipped).
 */
export async function advanceCodeSequence(manager: EntityManager, prefix: string, day: string, count: number): Promise<number> {
  const [row]: Array<{ last: string }> = await manager.query(
    `INSERT INTO customer_code_sequence (prefix, day, last) VALUES ($1, to_date($2, 'YYYYMMDD'), $3)
     ON CONFLICT (prefix, day) DO UPDATE SET last = customer_code_sequence.last + $3
     RETURNING last`,
    [prefix, day, count],
  );
  return Number(row.last);
}

/** A customer's ownership history, newest first. */
export function historyEntries(manager: EntityManager, customerId: string): Promise<CustomerHistory[]> {
  return manager.getRepository(CustomerHistory).createQueryBuilder('h').where('h.customer_id = :id', { id: customerId }).orderBy('h.at', 'DESC').addOrderBy('h.seq', 'DESC').getMany();
}

/** Whether `userId` is a live, enabled user (a new owner, a team member). */
export async function isActiveUser(manager: EntityManager, userId: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(`SELECT 1 FROM app_user WHERE id = $1 AND deleted_at IS NULL AND NOT disabled`, [userId]);
  return rows.length > 0;
}

/**
 * How the audit log names customers and what belongs to them (by the customer's name) instead of ids:
 * one statement per entity type, `$1` the ids as text.
 */
export function auditNameStatements(): Array<{ entityType: string; sql: string }> {
  const ofCustomer = (table: string) =>
    `SELECT x.id::text AS id, c.name FROM ${table} x JOIN customer c ON c.id = x.customer_id WHERE x.id::text = ANY($1::text[])`;
  return [
    { entityType: 'Customer', sql: `SELECT id::text AS id, name FROM customer WHERE id::text = ANY($1::text[])` },
    {
      entityType: 'Contact',
      sql: `SELECT x.id::text AS id, x.name || ' · ' || c.name AS name FROM contact x JOIN customer c ON c.id = x.customer_id WHERE x.id::text = ANY($1::text[])`,
    },
    { entityType: 'FollowUp', sql: ofCustomer('follow_up') },
    { entityType: 'ChurnAlert', sql: ofCustomer('churn_alert') },
    { entityType: 'CustomerCategory', sql: `SELECT id::text AS id, name FROM customer_category WHERE id::text = ANY($1::text[])` },
  ];
}

/** A customer as the facade tells other domains of it: the summary columns, snake_case. */
export interface CustomerSummaryRow {
  id: string;
  code: string;
  name: string;
  short_name: string | null;
  status: string;
  owner_id: string | null;
  department_id: string | null;
}

/** The live customers among `ids` that the caller may see (the facade's `visibleSummaries`). */
export function visibleSummaryRows(manager: EntityManager, db: DataSource, principal: Principal, ids: string[]): Promise<CustomerSummaryRow[]> {
  const visible = customerVisibleTo(principal);
  return manager.query(
    ...positional(
      db,
      `SELECT c.id, c.code, c.name, c.short_name, c.status, c.owner_id, c.department_id FROM customer c
        WHERE c.id = ANY(CAST(:ids AS uuid[])) AND c.deleted_at IS NULL AND ${visible.sql}`,
      { ...visible.params, ids },
    ),
  );
}

/** "The customer `customerIdColumn` names is visible to the caller", as a condition for another domain's query (the facade's `customerVisible`). */
export function customerVisibleCondition(principal: Principal, customerIdColumn: string): SqlFragment {
  const visible = customerVisibleTo(principal, 'scope_c');
  return principal.scopeDepartmentIds === null
    ? visible
    : { sql: `EXISTS (SELECT 1 FROM customer scope_c WHERE scope_c.id = ${customerIdColumn} AND scope_c.deleted_at IS NULL AND ${visible.sql})`, params: visible.params };
}

/**
 * A subquery answering the ids of the customers the caller may see whose record matches `q` as the
 * customer list's search matches it (the facade's `customerIdsMatching`). Each kind of match is its
 * own index scan, united (searchCondition); the scope is applied to what they found.
 */
export function customerIdsMatching(principal: Principal, q: string): SqlFragment {
  const search = searchCondition(q, 'match_c');
  const visible = customerVisibleTo(principal, 'match_c');
  return {
    sql: `SELECT match_c.id FROM customer match_c WHERE ${search.sql} AND match_c.deleted_at IS NULL AND ${visible.sql}`,
    params: { ...search.params, ...visible.params },
  };
}
