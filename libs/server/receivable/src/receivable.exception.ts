import { defineDomainErrors } from '@kehu/server-core';

export enum ReceivableErrorCode {
  /** The instalments do not add up to the contract amount in force; `errors[]` names the difference. */
  PlanSumMismatch = 'receivable-plan-sum-mismatch',
  /** A change to an instalment that has received money, or the removal of one a pending payment names. */
  InstalmentLocked = 'receivable-instalment-locked',
  /** The contract takes no plan or payment in its state (`currentStatus`). */
  ContractNotOpen = 'receivable-contract-not-open',
  /** Payments need the contract's receivable plan first. */
  PlanMissing = 'receivable-plan-missing',
  /** The payment is more than the contract (or the named instalment) still has outstanding. */
  PaymentExceedsOutstanding = 'payment-exceeds-outstanding',
  /** Confirming or rejecting a payment that is not pending, or reversing one that is not confirmed. */
  PaymentStateConflict = 'payment-state-conflict',
  /** The payment was already reversed. */
  PaymentAlreadyReversed = 'payment-already-reversed',
  /** An amendment would lower the contract amount below what was received (or below its paid instalments): its approval is refused. */
  AmountBelowReceived = 'receivable-amount-below-received',
  /** A delivery step its status does not take (`currentStatus`, `action`). */
  DeliveryStateConflict = 'delivery-state-conflict',
  /** The line's deliveries not cancelled would exceed its ordered quantity; `errors[]` names `quantity`. */
  DeliveryExceedsOrdered = 'delivery-exceeds-ordered',
  /** Deliveries are recorded and moved on only while the contract is ACTIVE (`currentStatus`). */
  DeliveryContractNotActive = 'delivery-contract-not-active',
}

export const ReceivableError = defineDomainErrors<ReceivableErrorCode>({
  [ReceivableErrorCode.PlanSumMismatch]: { status: 409, title: 'The instalments do not add up to the contract amount' },
  [ReceivableErrorCode.InstalmentLocked]: { status: 409, title: 'Only unpaid instalments may be changed' },
  [ReceivableErrorCode.ContractNotOpen]: { status: 409, title: 'The contract takes no receivables in its current state' },
  [ReceivableErrorCode.PlanMissing]: { status: 409, title: 'Enter the contract’s receivable plan first' },
  [ReceivableErrorCode.PaymentExceedsOutstanding]: { status: 409, title: 'The payment is more than is outstanding' },
  [ReceivableErrorCode.PaymentStateConflict]: { status: 409, title: 'The payment is not in a state that allows this' },
  [ReceivableErrorCode.PaymentAlreadyReversed]: { status: 409, title: 'The payment was already reversed' },
  [ReceivableErrorCode.AmountBelowReceived]: { status: 409, title: 'The new contract amount is less than what was already received' },
  [ReceivableErrorCode.DeliveryStateConflict]: { status: 409, title: 'The delivery is not in a state that allows this' },
  [ReceivableErrorCode.DeliveryExceedsOrdered]: { status: 409, title: 'More would be delivered than was ordered' },
  [ReceivableErrorCode.DeliveryContractNotActive]: { status: 409, title: 'Deliveries are recorded on active contracts only' },
});
