import { defineDomainErrors } from '@kehu/server-core';

export enum ContractErrorCode {
  NumberUnknown = 'contract-number-unknown',
  NumberReservedByOther = 'contract-number-reserved-by-other',
  NumberExpired = 'contract-number-expired',
  NumberUsed = 'contract-number-used',
  /** Signing refused: the customer is neither INTENT nor FORMAL (`customerStatus` says what it is). */
  CustomerNotSignable = 'contract-customer-not-signable',
  /** Signing refused: a custom order's review 订单评审 has not passed. */
  OrderReviewRequired = 'contract-order-review-required',
  /** Signing refused: no signed scan attached, and the contract is not marked electronic. */
  SignedScanMissing = 'contract-signed-scan-missing',
  /** An order review was asked of a stock order, or while one is under way or passed. */
  OrderReviewNotApplicable = 'contract-order-review-not-applicable',
  /** The quote's opportunity has no customer yet (a prospect): win the opportunity first. */
  NoCustomerYet = 'contract-no-customer-yet',
}

export const ContractError = defineDomainErrors<ContractErrorCode>({
  [ContractErrorCode.NumberUnknown]: { status: 400, title: 'No such contract number was issued' },
  [ContractErrorCode.NumberReservedByOther]: { status: 409, title: 'The contract number is reserved by someone else' },
  [ContractErrorCode.NumberExpired]: { status: 409, title: 'The reservation of this contract number has expired; the number is void' },
  [ContractErrorCode.NumberUsed]: { status: 409, title: 'The contract number is already on a contract' },
  [ContractErrorCode.CustomerNotSignable]: { status: 409, title: 'Only an intent or formal customer may sign a contract' },
  [ContractErrorCode.OrderReviewRequired]: { status: 409, title: 'A custom order is signed only after its order review has passed' },
  [ContractErrorCode.SignedScanMissing]: { status: 409, title: 'Attach the signed contract (or mark it electronic) before signing' },
  [ContractErrorCode.OrderReviewNotApplicable]: { status: 409, title: 'This contract takes no order review now' },
  [ContractErrorCode.NoCustomerYet]: { status: 409, title: 'The opportunity is still a prospect; win it first so the customer exists' },
});
