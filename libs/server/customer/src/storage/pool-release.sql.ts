import { CustomerEvent } from '../lifecycle/customer-status';

/**
 * What makes a customer due (mirrors `isDueForRelease`), on `customer_state` aliased `s`; $1 = now.
 * A pending extension or intent request holds the customer until its decision. Both flags are tested
 * on the rows the deadline's index (`customer_protection_sort_idx`) hands over, like `deleted_at`:
 * they are rarely set, so they narrow nothing an index would.
 */
const DUE = `s.deleted_at IS NULL AND s.status IN ('POTENTIAL','INTENT') AND s.protection_until <= $1
  AND s.review_state IS DISTINCT FROM 'PENDING' AND NOT s.extension_pending AND NOT s.intent_pending`;

/** The next due ids after $2 (keyset by id; $3 = how many). */
export const DUE_IDS_SQL = `SELECT s.id FROM customer_state s WHERE ${DUE} AND s.id > $2 ORDER BY s.id LIMIT $3`;

/**
 * One chunk of the reclaim job: the customers among $2 that are still due ($1 = now) into the pool,
 * with their history rows. The due test is repeated in the update itself, so a customer claimed,
 * extended or edited since the ids were read is left alone (a row another transaction holds is
 * waited for, then tested again). It writes the narrow `customer_state` rows only (the
 * customer baseline migration): the profile — and so the customer's version, its ETag — is the record as people
 * edit it, which a release does not touch; the state's `state_updated_at` stamp moves the customers'
 * `updatedAt` (changedAt in customer-changes.ts; stamping the profiles instead cost 5× the release,
 * docs/customer-lifecycle.md "Change tracking"). The state's trigger deletes the released customers'
 * `customer_owned` rows. No `FOR UPDATE` pass first: locking 100k rows before updating them wrote
 * every row twice.
 */
export const RELEASE_CHUNK_SQL = `
  WITH moved AS (
    UPDATE customer_state s
       SET status = 'POOL', owner_id = NULL, previous_owner_id = s.owner_id, pool_entered_at = $1,
           pool_reason = CASE WHEN s.review_state = 'REJECTED' THEN 'REJECTED' ELSE 'EXPIRED' END,
           review_state = NULL, protection_until = NULL, extensions_used = 0, extension_pending = false, intent_pending = false,
           state_updated_at = now()
     WHERE s.id = ANY($2::uuid[]) AND ${DUE}
    RETURNING s.id, old.owner_id, old.status, old.review_state
  ), history AS (
    INSERT INTO customer_history (customer_id, at, actor_id, event, from_owner_id, to_owner_id, from_status, to_status, reason)
    SELECT id, $1, NULL, '${CustomerEvent.Expired}', owner_id, NULL, status, 'POOL',
           CASE WHEN review_state = 'REJECTED' THEN 'protection rejected' ELSE 'protection expired' END
      FROM moved
  )
  SELECT id FROM moved`;
