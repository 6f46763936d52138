/** Lifecycle status of a customer (DOMAIN §3). The transitions are the protection lifecycle's job. */
export enum CustomerStatus {
  Potential = 'POTENTIAL',
  Intent = 'INTENT',
  Formal = 'FORMAL',
  Pool = 'POOL',
  Lost = 'LOST',
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
}
