import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * The customers that have an owner (`customer_owned`, the customer baseline migration) as `alias`: the columns
 * the list filters and sorts by, under the customer's names, with the owner-led and status-led
 * indexes. A walk whose every row has an owner — the caller's own branch, `mine`, an owner filter, a
 * status other than POOL — reads it, then joins the page's rows to `customer`; a release deletes its row.
 * Not scoped: callers add the scope (a branch, or applyCustomerScope).
 */
export function ownedCustomers(manager: EntityManager, alias = 'c'): SelectQueryBuilder<ObjectLiteral> {
  return manager.createQueryBuilder().from('customer_owned', alias).where(`${alias}.deleted_at IS NULL`);
}

/**
 * The pool's lifecycle rows (`customer_state`, the customer baseline migration) as `alias`: they carry the
 * profile's pool filters and name, so the pool page walks its indexes (by entry, by name) without
 * reading a profile. Same visibility as poolCustomers.
 */
export function poolStates(manager: EntityManager, alias = 'c'): SelectQueryBuilder<ObjectLiteral> {
  return manager.createQueryBuilder().from('customer_state', alias).where(`${alias}.deleted_at IS NULL AND ${alias}.status = 'POOL'`);
}
