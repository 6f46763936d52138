import { PermissionSet } from '@kehu/server-core';

/**
 * Permissions of the domains not built yet (receivables, service, complaints, reports). The
 * built-in roles already grant them, so they are registered here until their modules exist;
 * each domain moves its set into its own `<domain>.permissions.ts` when it lands.
 */
export const UPCOMING_DOMAIN_PERMISSIONS: PermissionSet[] = [
  {
    group: { code: 'finance', name: { en: 'Finance', zh: '财务' }, order: 40 },
    permissions: [
      { code: 'receivable:read', name: { en: 'View receivables', zh: '查看回款' } },
      { code: 'receivable:write', name: { en: 'Plan receivables and record payments', zh: '管理回款计划与回款' } },
      { code: 'payment:confirm', name: { en: 'Confirm and reverse payments', zh: '确认与冲销回款' } },
      { code: 'delivery:write', name: { en: 'Record deliveries', zh: '记录交付' } },
    ],
  },
  {
    group: { code: 'service', name: { en: 'Service', zh: '客户服务' }, order: 50 },
    permissions: [
      { code: 'service:read', name: { en: 'View service requests', zh: '查看服务单' } },
      { code: 'service:write', name: { en: 'Register and handle service requests', zh: '登记与处理服务单' } },
      { code: 'service:assign', name: { en: 'Assign and escalate service requests', zh: '派单与升级' } },
      { code: 'complaint:read', name: { en: 'View complaints', zh: '查看投诉' } },
      { code: 'complaint:write', name: { en: 'Register and resolve complaints', zh: '登记与处理投诉' } },
    ],
  },
  {
    group: { code: 'report', name: { en: 'Reports', zh: '统计报表' }, order: 60 },
    permissions: [{ code: 'report:read', name: { en: 'View reports and dashboards', zh: '查看报表' } }],
  },
];
