import { PermissionSet } from '@kehu/server-core';

/** Opportunities, development plans, quotes and the funnel (DOMAIN §4). */
export const OPPORTUNITY_PERMISSIONS: PermissionSet = {
  group: { code: 'sales', name: { en: 'Sales', zh: '销售' }, order: 30 },
  order: 10,
  permissions: [
    { code: 'opportunity:read', name: { en: 'View opportunities', zh: '查看销售机会' } },
    { code: 'opportunity:write', name: { en: 'Work opportunities', zh: '管理销售机会' } },
    { code: 'opportunity:assign', name: { en: 'Assign opportunities', zh: '指派销售机会' } },
  ],
};
