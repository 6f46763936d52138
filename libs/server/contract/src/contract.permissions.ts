import { PermissionSet } from '@kehu/server-core';

/**
 * The contract module's permissions. `contract:sign` stays among the upcoming domains' codes
 * (permissions lib) until signing lands here: the customer module's stand-in
 * `POST /customers/{id}/mark-formal` requires it, and the customer module must boot without this one.
 */
export const CONTRACT_PERMISSIONS: PermissionSet = {
  group: { code: 'sales', name: { en: 'Sales', zh: '销售' }, order: 30 },
  // After opportunities (10) and products (20), before contract:sign among the upcoming codes (30).
  order: 25,
  permissions: [
    { code: 'contract:read', name: { en: 'View contracts', zh: '查看合同' } },
    { code: 'contract:write', name: { en: 'Draft contracts and reserve contract numbers', zh: '起草合同与预领合同编号' } },
    { code: 'contract-number:audit', name: { en: 'View voided contract numbers', zh: '查看作废合同编号' } },
  ],
};
