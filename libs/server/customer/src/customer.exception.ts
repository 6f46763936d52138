import { defineDomainErrors } from '@kehu/server-core';

export enum CustomerErrorCode {
  DuplicateCustomer = 'duplicate-customer',
  CategoryInUse = 'category-in-use',
  CategoryHasChildren = 'category-has-children',
  CategoryCycle = 'category-cycle',
  CategoryNameTaken = 'category-name-taken',
  MergeSelf = 'merge-self',
  TransferTargetInvalid = 'transfer-target-invalid',
  IllegalTransition = 'illegal-lifecycle-transition',
  NotOwner = 'not-customer-owner',
  ProtectionExpired = 'protection-expired',
  ExtensionLimit = 'extension-limit',
  ExtensionPending = 'extension-pending',
  ClaimCooldown = 'claim-cooldown',
  OwnedCustomerLimit = 'owned-customer-limit',
  DailyClaimLimit = 'daily-claim-limit',
  ChurnAlertClosed = 'churn-alert-closed',
}

export const CustomerError = defineDomainErrors<CustomerErrorCode>({
  [CustomerErrorCode.DuplicateCustomer]: { status: 409, title: 'A customer with this name or phone already exists' },
  [CustomerErrorCode.CategoryInUse]: { status: 409, title: 'Customers are filed under this category' },
  [CustomerErrorCode.CategoryHasChildren]: { status: 409, title: 'The category has sub-categories' },
  [CustomerErrorCode.CategoryCycle]: { status: 409, title: 'A category cannot move under itself' },
  [CustomerErrorCode.CategoryNameTaken]: { status: 409, title: 'A sibling category has this name' },
  [CustomerErrorCode.MergeSelf]: { status: 409, title: 'A customer cannot be merged into itself' },
  [CustomerErrorCode.TransferTargetInvalid]: { status: 400, title: 'The new owner cannot own customers' },
  [CustomerErrorCode.IllegalTransition]: { status: 409, title: 'Not allowed in the customer\'s current lifecycle state' },
  [CustomerErrorCode.NotOwner]: { status: 403, title: 'Only the owner (or a manager who may transfer customers) may do this' },
  [CustomerErrorCode.ProtectionExpired]: { status: 409, title: 'The protection has already expired' },
  [CustomerErrorCode.ExtensionLimit]: { status: 409, title: 'No extension left for this stage' },
  [CustomerErrorCode.ExtensionPending]: { status: 409, title: 'An extension request is already awaiting its decision' },
  [CustomerErrorCode.ClaimCooldown]: { status: 409, title: 'You abandoned this customer too recently to claim it again' },
  [CustomerErrorCode.OwnedCustomerLimit]: { status: 409, title: 'You already own the maximum number of protected customers' },
  [CustomerErrorCode.DailyClaimLimit]: { status: 409, title: 'You reached the maximum number of claims for today' },
  [CustomerErrorCode.ChurnAlertClosed]: { status: 409, title: 'The churn alert is already closed' },
});
