import { PermissionSet } from '@kehu/server-core';

/** The product catalogue: every sales and service role reads it; administrators and the ERP sync write it. */
export const PRODUCT_PERMISSIONS: PermissionSet = {
  group: { code: 'sales', name: { en: 'Sales', zh: '销售' }, order: 30 },
  order: 20,
  permissions: [
    { code: 'product:read', name: { en: 'View products', zh: '查看产品' } },
    { code: 'product:write', name: { en: 'Manage products', zh: '管理产品' } },
  ],
};
