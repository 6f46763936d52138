import { defineDomainErrors } from '@kehu/server-core';

export enum ProductErrorCode {
  CodeTaken = 'product-code-taken',
  Discontinued = 'product-discontinued',
  CategoryInUse = 'product-category-in-use',
  CategoryHasChildren = 'product-category-has-children',
  CategoryCycle = 'product-category-cycle',
  CategoryNameTaken = 'product-category-name-taken',
}

export const ProductError = defineDomainErrors<ProductErrorCode>({
  [ProductErrorCode.CodeTaken]: { status: 409, title: 'Another product has this code' },
  [ProductErrorCode.Discontinued]: { status: 422, title: 'The product is discontinued and cannot be offered' },
  [ProductErrorCode.CategoryInUse]: { status: 409, title: 'Products are filed under this category' },
  [ProductErrorCode.CategoryHasChildren]: { status: 409, title: 'The category has sub-categories' },
  [ProductErrorCode.CategoryCycle]: { status: 409, title: 'A category cannot move under itself' },
  [ProductErrorCode.CategoryNameTaken]: { status: 409, title: 'A sibling category has this name' },
});
