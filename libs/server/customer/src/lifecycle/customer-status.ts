/** Lifecycle status of a customer (DOMAIN §3). The transitions live in customer-lifecycle.ts. */
export enum CustomerStatus {
  Potential = 'POTENTIAL',
  Intent = 'INTENT',
  Formal = 'FORMAL',
  Pool = 'POOL',
  Lost = 'LOST',
}

/** Where a POTENTIAL customer's protection stands: entered or claimed, then reviewed (DOMAIN §3). */
export enum ReviewState {
  Pending = 'PENDING',
  Approved = 'APPROVED',
  Rejected = 'REJECTED',
}

/** Why a customer is in the public pool. */
export enum PoolReason {
  Expired = 'EXPIRED',
  Rejected = 'REJECTED',
  Abandoned = 'ABANDONED',
}

/** What happened to a customer, as written to its ownership history (DOMAIN §3 last bullet). */
export enum CustomerEvent {
  Created = 'CREATED',
  Updated = 'UPDATED',
  Transferred = 'TRANSFERRED',
  Merged = 'MERGED',
  MergedInto = 'MERGED_INTO',
  Imported = 'IMPORTED',
  Deleted = 'DELETED',
  /** A reviewer approved the protection of a new or claimed customer. */
  Approved = 'APPROVED',
  /** A reviewer rejected the protection; the owner is released after the grace period. */
  Rejected = 'REJECTED',
  IntentRequested = 'INTENT_REQUESTED',
  IntentRejected = 'INTENT_REJECTED',
  /** POTENTIAL → INTENT after the manager's approval. */
  Converted = 'CONVERTED',
  ExtensionRequested = 'EXTENSION_REQUESTED',
  ExtensionRejected = 'EXTENSION_REJECTED',
  Extended = 'EXTENDED',
  /** Released to the pool by the reclaim job (protection ran out or the rejection's grace period ended). */
  Expired = 'EXPIRED',
  Abandoned = 'ABANDONED',
  Claimed = 'CLAIMED',
  /** A contract was signed: FORMAL. */
  Signed = 'SIGNED',
  /** The owner confirmed a churn alert: LOST. */
  Lost = 'LOST',
  /** An approved discount / settlement-term change was applied (approval `customer.terms-change`). */
  TermsChanged = 'TERMS_CHANGED',
}
