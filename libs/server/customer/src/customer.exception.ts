import { defineDomainErrors } from '@kehu/server-core';

export enum CustomerErrorCode {
  DuplicateCustomer = 'duplicate-customer',
  CategoryInUse = 'category-in-use',
  CategoryHasChildren = 'category-has-children',
  CategoryCycle = 'category-cycle',
  CategoryNameTaken = 'category-name-taken',
  MergeSelf = 'merge-self',
  TransferTargetInvalid = 'transfer-target-invalid',
}

export const CustomerError = defineDomainErrors<CustomerErrorCode>({
  [CustomerErrorCode.DuplicateCustomer]: { status: 409, title: 'A customer with this name or phone already exists' },
  [CustomerErrorCode.CategoryInUse]: { status: 409, title: 'Customers are filed under this category' },
  [CustomerErrorCode.CategoryHasChildren]: { status: 409, title: 'The category has sub-categories' },
  [CustomerErrorCode.CategoryCycle]: { status: 409, title: 'A category cannot move under itself' },
  [CustomerErrorCode.CategoryNameTaken]: { status: 409, title: 'A sibling category has this name' },
  [CustomerErrorCode.MergeSelf]: { status: 409, title: 'A customer cannot be merged into itself' },
  [CustomerErrorCode.TransferTargetInvalid]: { status: 400, title: 'The new owner cannot own customers' },
});
