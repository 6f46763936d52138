import { CoreError, CoreErrorCode, notFound, Principal, ScopeBranch, ScopedColumns, SqlFragment, visibleBranches, visibleTo, whereVisibleTo } from '@kehu/server-core';
import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Customer } from '../entities/customer.entity';

/**
 * The one place where customer queries meet the data scope: every list, get, count, duplicate
 * detail and export of this module starts here (ARCHITECTURE "access").
 */
export function visibleCustomers(manager: EntityManager, principal: Principal, alias = 'c'): SelectQueryBuilder<Customer> {
  const qb = manager.getRepository(Customer).createQueryBuilder(alias).where(`${alias}.deleted_at IS NULL`);
  return applyCustomerScope(qb, principal, alias);
}

/**
 * The customers among `rows` (a parenthesised subquery answering customer rows) that the caller may
 * see, as `c`. The subquery is planned on its own when it ends in `OFFSET 0`, which is how a search
 * keeps its match scan from being combined with the scope's indexes.
 */
export function visibleCustomersAmong(manager: EntityManager, principal: Principal, rows: string): SelectQueryBuilder<ObjectLiteral> {
  return applyCustomerScope(manager.createQueryBuilder().from(rows, 'c').where('c.deleted_at IS NULL'), principal);
}

/**
 * The public pool is everyone's to claim (DOMAIN §3): its customers are visible to any holder of
 * customer:claim, whatever their data scope — the one exception to the scope rule.
 */
export function poolCustomers(manager: EntityManager, alias = 'c'): SelectQueryBuilder<Customer> {
  return manager.getRepository(Customer).createQueryBuilder(alias).where(`${alias}.deleted_at IS NULL AND ${alias}.status = 'POOL'`);
}

const scopeColumns = (alias: string): ScopedColumns => ({
  owner: `${alias}.owner_id`,
  department: `${alias}.department_id`,
  team: { table: 'customer_team_member', recordColumn: 'customer_id', userColumn: 'user_id', recordId: `${alias}.id` },
});

/** "Customer `alias` is visible to the caller" (core's visibleTo over the customer's columns), for SQL written by hand. */
export function customerVisibleTo(principal: Principal, alias = 'c', options: { team?: boolean } = {}): SqlFragment {
  return visibleTo(principal, scopeColumns(alias), options);
}

/** Restricts any query that has the customer table joined as `alias` to customers in scope. */
export function applyCustomerScope<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, principal: Principal, alias = 'c'): SelectQueryBuilder<T> {
  return whereVisibleTo(qb, principal, scopeColumns(alias));
}

/** The same scope as disjoint conditions, for pages read branch by branch (null: every customer). */
export function customerScopeBranches(principal: Principal, alias = 'c'): ScopeBranch[] | null {
  return visibleBranches(principal, scopeColumns(alias));
}

/**
 * A customer the caller may see, or 404 (never 403: outside scope a record does not exist), and
 * whether the caller's own scope covers it (not only a team seat).
 */
export async function findCustomerAndAccess(
  manager: EntityManager,
  principal: Principal,
  id: string,
  lock = false,
): Promise<{ customer: Customer; inOwnScope: boolean }> {
  const ownScope = customerVisibleTo(principal, 'c', { team: false });
  const qb = visibleCustomers(manager, principal).andWhere('c.id = :id', { id }).addSelect(ownScope.sql, 'c_in_own_scope').setParameters({ ...ownScope.params, id });
  if (lock) qb.setLock('pessimistic_write', undefined, ['c']);
  const { entities, raw } = await qb.getRawAndEntities();
  if (!entities[0]) throw notFound('Customer', id);
  return { customer: entities[0], inOwnScope: raw[0].c_in_own_scope === true };
}

/**
 * A customer the caller may see, or 404. With `lock` (the caller is about to write) the row is
 * locked and a caller who sees it only as a READ member of its team gets 403: reading is not writing.
 */
export async function findVisibleCustomer(manager: EntityManager, principal: Principal, id: string, lock = false): Promise<Customer> {
  const { customer, inOwnScope } = await findCustomerAndAccess(manager, principal, id, lock);
  if (lock && !inOwnScope) {
    const [seat] = await manager.query(`SELECT access FROM customer_team_member WHERE customer_id = $1 AND user_id = $2`, [id, principal.userId]);
    if (seat?.access !== 'WRITE') {
      throw new CoreError(CoreErrorCode.Forbidden, 'You are on this customer’s team with read access only', { teamAccess: seat?.access ?? null });
    }
  }
  return customer;
}
