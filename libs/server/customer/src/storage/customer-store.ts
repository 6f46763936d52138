import { randomUUID } from 'node:crypto';
import { snapshot, writeAudit } from '@kehu/server-core';
import { EntityManager } from 'typeorm';
import { Customer } from '../entities/customer.entity';
import { POOL_PROFILE_KEYS, PROFILE_COLUMNS, STATE_COLUMNS, tableOf } from './customer-columns';

/**
 * The only writer of customers: every insert, edit, lifecycle change and soft delete goes through
 * here, each as explicit writes to the table that holds the column (storage/customer-columns.ts) —
 * `customer` is a view for reads. Writes are audited here (the ORM's audit subscriber never sees a
 * customer: it is not saved through the entity manager).
 *
 * Lifecycle columns (customer_state) change only through `update` called by the lifecycle
 * (customer-lifecycle.service.ts applies customer-lifecycle.ts), `transferOwners`, `clearPending`,
 * and the reclaim job's set-based release (pool-release.sql.ts). Each of the first three also moves
 * the profile's `updated_at`; the release stamps the state's `state_updated_at` instead (a profile
 * row per released customer cost 5× the release) — `changedAt` / `changedSinceCondition`
 * (customer-changes.ts) read both, so `?updatedSince=` sees every change.
 */
/** Runs SQL: an entity manager, a query runner or a data source. */
export interface SqlRunner {
  query(sql: string, params?: unknown[]): Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export class CustomerStore {
  /** Inserts a new customer (id, timestamps and version filled in on `customer`) and audits it. */
  static async insert(manager: EntityManager, customer: Customer): Promise<Customer> {
    customer.id ??= randomUUID();
    customer.ownerHint = customer.ownerId ?? null;
    const values = columnValues(manager, customer);
    const profile = PROFILE_COLUMNS.filter((c) => values[c] !== undefined && !['created_at', 'updated_at', 'version'].includes(c));
    const [inserted] = await manager.query(
      `INSERT INTO customer_profile (id, ${profile.join(', ')}) VALUES ($1, ${profile.map((_, i) => `$${i + 2}`).join(', ')})
       RETURNING created_at, updated_at, version`,
      [customer.id, ...profile.map((c) => values[c])],
    );
    const state = [...STATE_COLUMNS.filter((c) => values[c] !== undefined), ...POOL_PROFILE_KEYS];
    await manager.query(
      `INSERT INTO customer_state (id, created_at, deleted_at, ${state.join(', ')})
       VALUES ($1, $2, $3, ${state.map((_, i) => `$${i + 4}`).join(', ')})`,
      [customer.id, inserted.created_at, values['deleted_at'] ?? null, ...state.map((c) => values[c] ?? null)],
    );
    Object.assign(customer, { createdAt: inserted.created_at, updatedAt: inserted.updated_at, version: inserted.version });
    await writeAudit(manager, { action: 'INSERT', entityType: 'Customer', entityId: customer.id, after: snapshot(customer) });
    return customer;
  }

  /**
   * Writes the fields of `changes` that differ from `customer` (as loaded) to their tables, as an edit:
   * the version moves (optimistic locking) and so does `updated_at`. `customer` is updated in place.
   */
  static async update(manager: EntityManager, customer: Customer, changes: Partial<Customer>): Promise<void> {
    const metadata = manager.connection.getMetadata(Customer);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const set: Record<'customer_profile' | 'customer_state', Array<[string, unknown]>> = { customer_profile: [], customer_state: [] };
    // Every owner assigned is also the search's hint (a release leaves the hint as it was).
    const withHint: Partial<Customer> = changes.ownerId ? { ...changes, ownerHint: changes.ownerId } : changes;
    for (const [property, value] of Object.entries(withHint)) {
      if (value === undefined) continue;
      const column = metadata.findColumnWithPropertyName(property);
      if (!column) throw new Error(`Customer has no column ${property}`);
      const current = (customer as unknown as Record<string, unknown>)[property];
      if (same(current, value)) continue;
      before[property] = current;
      after[property] = value;
      set[tableOf(column.databaseName)].push([column.databaseName, manager.connection.driver.preparePersistentValue(value, column)]);
      if (column.databaseName === 'deleted_at') set.customer_state.push(['deleted_at', value]);
    }
    if (!set.customer_profile.length && !set.customer_state.length) return;
    const profileSet = [...set.customer_profile.map(([c], i) => `${c} = $${i + 2}`), 'updated_at = now()', 'version = version + 1'];
    const [row] = await manager.query(
      `UPDATE customer_profile SET ${profileSet.join(', ')} WHERE id = $1 RETURNING updated_at, version`,
      [customer.id, ...set.customer_profile.map(([, v]) => v)],
    );
    if (set.customer_state.length) {
      await manager.query(`UPDATE customer_state SET ${set.customer_state.map(([c], i) => `${c} = $${i + 2}`).join(', ')} WHERE id = $1`, [
        customer.id,
        ...set.customer_state.map(([, v]) => v),
      ]);
    }
    Object.assign(customer, after, { updatedAt: row[0].updated_at, version: row[0].version });
    const deleted = after['deletedAt'] && !before['deletedAt'];
    await writeAudit(manager, { action: deleted ? 'SOFT_DELETE' : 'UPDATE', entityType: 'Customer', entityId: customer.id, before, after });
  }

  /**
   * Inserts customers set-based: `source` (a SELECT or VALUES) answers `columns` (database names, any of
   * the profile's and the state's; `name` and `code` required), one row per customer. Both tables are
   * written in one statement; answers the new ids. Parameters used as values need a cast (`$1::uuid`):
   * `source` is planned before the columns it fills. For bulk writers and test fixtures — not audited
   * row by row (the caller audits the batch).
   */
  static async insertRows(runner: SqlRunner, columns: string[], source: string, params: unknown[] = []): Promise<string[]> {
    const profile = columns.filter((c) => c !== 'id' && c !== 'owner_hint' && tableOf(c) === 'customer_profile');
    const state = columns.filter((c) => tableOf(c) === 'customer_state');
    const hint = columns.includes('owner_id') ? ['owner_hint'] : [];
    const copies = POOL_PROFILE_KEYS.map((c) => (columns.includes(c) ? `src.${c}` : 'NULL'));
    const rows: Array<{ id: string }> = await runner.query(
      `WITH src AS MATERIALIZED (SELECT ${columns.includes('id') ? '' : 'gen_random_uuid() AS id, '}* FROM (${source}) AS x(${columns.join(', ')})),
            profile AS (INSERT INTO customer_profile (id, ${[...profile, ...hint].join(', ')})
                        SELECT id, ${[...profile, ...hint.map(() => 'owner_id')].join(', ')} FROM src RETURNING id, created_at, deleted_at)
       INSERT INTO customer_state (id, created_at, deleted_at, ${[...state, ...POOL_PROFILE_KEYS].join(', ')})
       SELECT src.id, profile.created_at, profile.deleted_at, ${[...state.map((c) => `src.${c}`), ...copies].join(', ')}
         FROM src JOIN profile ON profile.id = src.id
       RETURNING id`,
      params,
    );
    return rows.map((r) => r.id);
  }

  /** The latest contact and the next one planned (a follow-up was recorded): derived, not an edit — the version stays. */
  static async recordContact(manager: EntityManager, id: string, lastContactAt: Date, nextContactAt: Date | null): Promise<void> {
    await manager.query(`UPDATE customer_profile SET last_contact_at = $2, next_contact_at = $3, updated_at = now() WHERE id = $1`, [id, lastContactAt, nextContactAt]);
  }

  /** A pending intent or extension request was withdrawn: the customer is no longer held for a decision. */
  static async clearPending(manager: EntityManager, id: string, request: 'intent' | 'extension'): Promise<void> {
    const flag = request === 'intent' ? 'intent_pending' : 'extension_pending';
    const [cleared] = await manager.query(`UPDATE customer_state SET ${flag} = false WHERE id = $1 AND ${flag} RETURNING id`, [id]);
    if (cleared.length) await touch(manager, [id]);
  }

  /** Hands customers to another owner (set-based, one statement per table however many move). */
  static async transferOwners(manager: EntityManager, ids: string[], owner: { id: string; departmentId: string | null }): Promise<void> {
    await manager.query(`UPDATE customer_state SET owner_id = $2 WHERE id = ANY($1::uuid[])`, [ids, owner.id]);
    await manager.query(
      `UPDATE customer_profile SET department_id = $2, owner_hint = $3, updated_at = now(), version = version + 1 WHERE id = ANY($1::uuid[])`,
      [ids, owner.departmentId, owner.id],
    );
  }

  /** A merge keeps the survivor's contact and deal times the latest of both customers'. */
  static async keepLatestTimes(manager: EntityManager, survivorId: string, duplicateId: string): Promise<void> {
    await manager.query(
      `UPDATE customer_profile s SET last_contact_at = GREATEST(s.last_contact_at, d.last_contact_at),
              next_contact_at = CASE WHEN d.last_contact_at > s.last_contact_at OR s.last_contact_at IS NULL THEN d.next_contact_at ELSE s.next_contact_at END,
              updated_at = now()
         FROM customer_profile d WHERE s.id = $1 AND d.id = $2`,
      [survivorId, duplicateId],
    );
    await manager.query(`UPDATE customer_state s SET last_deal_at = GREATEST(s.last_deal_at, d.last_deal_at) FROM customer_state d WHERE s.id = $1 AND d.id = $2`, [
      survivorId,
      duplicateId,
    ]);
  }

  /** Moves a customer's timestamps `by` (an interval) into the past — the demo company plays its stories in the past. */
  static async backdate(manager: EntityManager, id: string, by: string): Promise<void> {
    const back = (column: string) => `${column} = ${column} - $2::interval`;
    await manager.query(`UPDATE customer_profile SET ${['created_at', 'last_contact_at', 'next_contact_at'].map(back).join(', ')} WHERE id = $1`, [id, by]);
    await manager.query(
      `UPDATE customer_state SET ${['created_at', 'protection_until', 'pool_entered_at', 'abandoned_at', 'formal_since', 'last_deal_at'].map(back).join(', ')} WHERE id = $1`,
      [id, by],
    );
  }

  /** Sets when a customer was created (the demo aligns the database's clock with the injected one). */
  static async setCreatedAt(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.query(`UPDATE customer_profile SET created_at = $2 WHERE id = $1`, [id, at]);
    await manager.query(`UPDATE customer_state SET created_at = $2 WHERE id = $1`, [id, at]);
  }
}

/** Moves `updated_at` of customers whose lifecycle changed without an edit of the profile. */
async function touch(manager: EntityManager, ids: string[]): Promise<void> {
  await manager.query(`UPDATE customer_profile SET updated_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
}

/** Every column's database value of `customer`, by column name (undefined when the entity has no value). */
function columnValues(manager: EntityManager, customer: Customer): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const column of manager.connection.getMetadata(Customer).columns) {
    const value = column.getEntityValue(customer);
    if (value !== undefined) out[column.databaseName] = manager.connection.driver.preparePersistentValue(value, column);
  }
  return out;
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}
