import { PermissionSet } from '@kehu/server-core';

/** The receivables module's permissions (moved here from the permissions lib's upcoming-domains list). */
export const RECEIVABLE_PERMISSIONS: PermissionSet = {
  group: { code: 'finance', name: { en: 'Finance', zh: '财务' }, order: 40 },
  permissions: [
    { code: 'receivable:read', name: { en: 'View receivables', zh: '查看回款' } },
    { code: 'receivable:write', name: { en: 'Plan receivables and record payments', zh: '管理回款计划与回款' } },
    { code: 'payment:confirm', name: { en: 'Confirm and reverse payments', zh: '确认与冲销回款' } },
    { code: 'delivery:write', name: { en: 'Record deliveries', zh: '记录交付' } },
  ],
};
