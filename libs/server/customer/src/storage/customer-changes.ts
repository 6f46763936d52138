import type { Customer } from '../entities/customer.entity';

/**
 * When a customer last changed — what the API calls its `updatedAt` (ARCHITECTURE "Sync"): the later
 * of the profile's `updated_at`, which every write of the customer store moves, and the state's
 * `state_updated_at`, which the reclaim job stamps as it releases customers set-based without
 * touching their profiles (pool-release.sql.ts; migration 1764000720500).
 */
export function changedAt(customer: Pick<Customer, 'updatedAt' | 'stateUpdatedAt'>): Date {
  const state = customer.stateUpdatedAt;
  return state && state > customer.updatedAt ? state : customer.updatedAt;
}

/**
 * The SQL condition "customer `alias` changed at or after :`param`" (`?updatedSince=`), on any
 * relation carrying a customer's `id` and profile `updated_at` (the view, the profile,
 * `customer_owned`): the profile's range, or one of the customers the reclaim job stamped since —
 * read as an array of keys, so each side walks its own index (customer_state_updated_idx).
 */
export function changedSinceCondition(alias: string, param: string): string {
  return `(${alias}.updated_at >= :${param} OR ${alias}.id = ANY (ARRAY(SELECT st.id FROM customer_state st WHERE st.state_updated_at >= :${param})))`;
}
