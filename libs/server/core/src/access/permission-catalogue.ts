/**
 * Every permission code in Kehu, grouped as the role editor shows them. A domain adds its
 * codes here when it adds endpoints; the built-in roles (permissions lib) are made from them.
 */
export interface PermissionGroup {
  code: string;
  name: { en: string; zh: string };
  permissions: Array<{ code: string; name: { en: string; zh: string } }>;
}

export const PERMISSION_GROUPS = [
  {
    code: 'system',
    name: { en: 'System', zh: '系统管理' },
    permissions: [
      { code: 'user:read', name: { en: 'View users', zh: '查看用户' } },
      { code: 'user:write', name: { en: 'Manage users', zh: '管理用户' } },
      { code: 'department:read', name: { en: 'View departments', zh: '查看部门' } },
      { code: 'department:write', name: { en: 'Manage departments', zh: '管理部门' } },
      { code: 'role:read', name: { en: 'View roles', zh: '查看角色' } },
      { code: 'role:write', name: { en: 'Manage roles', zh: '管理角色' } },
      { code: 'api-key:manage', name: { en: 'Manage API keys', zh: '管理 API 密钥' } },
      { code: 'dictionary:write', name: { en: 'Edit data dictionary', zh: '维护数据字典' } },
      { code: 'rule:write', name: { en: 'Edit business rules', zh: '维护业务规则' } },
      { code: 'audit:read', name: { en: 'View audit log', zh: '查看审计日志' } },
      { code: 'job:run', name: { en: 'Run scheduled jobs', zh: '运行定时任务' } },
      { code: 'approval-chain:write', name: { en: 'Configure approval chains', zh: '配置审批流程' } },
    ],
  },
  {
    code: 'approval',
    name: { en: 'Approvals', zh: '审批' },
    permissions: [{ code: 'approval:decide', name: { en: 'Approve or reject requests', zh: '审批申请' } }],
  },
  {
    code: 'customer',
    name: { en: 'Customers', zh: '客户' },
    permissions: [
      { code: 'customer:read', name: { en: 'View customers', zh: '查看客户' } },
      { code: 'customer:write', name: { en: 'Create and edit customers', zh: '新建和编辑客户' } },
      { code: 'customer:delete', name: { en: 'Delete customers', zh: '删除客户' } },
      { code: 'customer:transfer', name: { en: 'Transfer and merge customers', zh: '转移与合并客户' } },
      { code: 'customer:import', name: { en: 'Import customers', zh: '导入客户' } },
      { code: 'customer:export', name: { en: 'Export customers', zh: '导出客户' } },
      { code: 'customer:review', name: { en: 'Review protections', zh: '审核客户保护' } },
      { code: 'customer:claim', name: { en: 'Claim from the public pool', zh: '领取公共池客户' } },
      { code: 'customer-category:write', name: { en: 'Edit customer categories', zh: '维护客户分类' } },
      { code: 'follow-up:write', name: { en: 'Record follow-ups', zh: '记录跟进' } },
      { code: 'churn:handle', name: { en: 'Handle churn alerts', zh: '处理流失预警' } },
    ],
  },
  {
    code: 'sales',
    name: { en: 'Sales', zh: '销售' },
    permissions: [
      { code: 'opportunity:read', name: { en: 'View opportunities', zh: '查看销售机会' } },
      { code: 'opportunity:write', name: { en: 'Work opportunities', zh: '管理销售机会' } },
      { code: 'opportunity:assign', name: { en: 'Assign opportunities', zh: '指派销售机会' } },
      { code: 'product:read', name: { en: 'View products', zh: '查看产品' } },
      { code: 'product:write', name: { en: 'Manage products', zh: '管理产品' } },
      { code: 'contract:read', name: { en: 'View contracts', zh: '查看合同' } },
      { code: 'contract:write', name: { en: 'Draft contracts', zh: '起草合同' } },
      { code: 'contract:sign', name: { en: 'Sign and close contracts', zh: '签署与结束合同' } },
    ],
  },
  {
    code: 'finance',
    name: { en: 'Finance', zh: '财务' },
    permissions: [
      { code: 'receivable:read', name: { en: 'View receivables', zh: '查看回款' } },
      { code: 'receivable:write', name: { en: 'Plan receivables and record payments', zh: '管理回款计划与回款' } },
      { code: 'payment:confirm', name: { en: 'Confirm and reverse payments', zh: '确认与冲销回款' } },
      { code: 'delivery:write', name: { en: 'Record deliveries', zh: '记录交付' } },
    ],
  },
  {
    code: 'service',
    name: { en: 'Service', zh: '客户服务' },
    permissions: [
      { code: 'service:read', name: { en: 'View service requests', zh: '查看服务单' } },
      { code: 'service:write', name: { en: 'Register and handle service requests', zh: '登记与处理服务单' } },
      { code: 'service:assign', name: { en: 'Assign and escalate service requests', zh: '派单与升级' } },
      { code: 'complaint:read', name: { en: 'View complaints', zh: '查看投诉' } },
      { code: 'complaint:write', name: { en: 'Register and resolve complaints', zh: '登记与处理投诉' } },
    ],
  },
  {
    code: 'report',
    name: { en: 'Reports', zh: '统计报表' },
    permissions: [{ code: 'report:read', name: { en: 'View reports and dashboards', zh: '查看报表' } }],
  },
] as const satisfies readonly PermissionGroup[];

export type PermissionCode = (typeof PERMISSION_GROUPS)[number]['permissions'][number]['code'];

export const ALL_PERMISSIONS: readonly PermissionCode[] = PERMISSION_GROUPS.flatMap((g) =>
  g.permissions.map((p) => p.code),
);

export function isPermissionCode(code: string): code is PermissionCode {
  return (ALL_PERMISSIONS as readonly string[]).includes(code);
}
