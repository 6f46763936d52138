import { PermissionSet } from '@kehu/server-core';

/** The contract module's permissions. */
export const CONTRACT_PERMISSIONS: PermissionSet = {
  group: { code: 'sales', name: { en: 'Sales', zh: '销售' }, order: 30 },
  // After opportunities (10) and products (20).
  order: 25,
  permissions: [
    { code: 'contract:read', name: { en: 'View contracts', zh: '查看合同' } },
    { code: 'contract:write', name: { en: 'Draft contracts and reserve contract numbers', zh: '起草合同与预领合同编号' } },
    // Reps record the signing of their own approved contracts (seed 004: 预领合同 → 签订合同 is the rep's flow);
    // ending a contract early or declaring it fulfilled is a manager's call.
    { code: 'contract:sign', name: { en: 'Record the signing of contracts', zh: '签订合同' } },
    { code: 'contract:close', name: { en: 'Complete and terminate contracts', zh: '完成与终止合同' } },
    { code: 'contract-number:audit', name: { en: 'View voided contract numbers', zh: '查看作废合同编号' } },
  ],
};
