import { DataScope, PermissionCode } from '@kehu/server-core';

export interface BuiltInRole {
  code: string;
  name: string;
  description: string;
  dataScope: DataScope;
  /**
   * What the role starts with; 'every' is the whole catalogue as registered at boot. Codes of modules
   * the application does not load are left out when the role is created.
   */
  permissions: readonly PermissionCode[] | 'every';
}

/** Role codes other modules refer to (approval chains, demo data). */
export enum BuiltInRoleCode {
  Admin = 'admin',
  Executive = 'executive',
  SalesManager = 'sales_manager',
  SalesRep = 'sales_rep',
  Reviewer = 'reviewer',
  ServiceAgent = 'service_agent',
  Finance = 'finance',
}

/** The roles of DOMAIN "People and roles", created on first start and editable afterwards. */
export const BUILT_IN_ROLES: BuiltInRole[] = [
  {
    code: BuiltInRoleCode.Admin,
    name: '系统管理员',
    description: '用户、部门、角色、数据字典、业务规则、API 密钥、审计日志——全部权限',
    dataScope: DataScope.All,
    permissions: 'every',
  },
  {
    code: BuiltInRoleCode.Executive,
    name: '高管',
    description: '查看全部报表与看板；审批大额合同与折扣',
    dataScope: DataScope.All,
    permissions: [
      'customer:read', 'opportunity:read', 'product:read', 'contract:read', 'contract-number:audit', 'receivable:read',
      'service:read', 'complaint:read', 'report:read', 'approval:decide', 'user:read', 'department:read',
    ],
  },
  {
    code: BuiltInRoleCode.SalesManager,
    name: '销售主管',
    description: '分配销售机会与客户，审批本团队的客户保护与延期申请',
    dataScope: DataScope.DepartmentAndChildren,
    permissions: [
      'customer:read', 'customer:write', 'customer:transfer', 'customer:export', 'customer:claim',
      'customer-document:write', 'follow-up:write', 'churn:handle', 'opportunity:read', 'opportunity:write', 'opportunity:assign',
      'product:read', 'contract:read', 'contract:write', 'contract:sign', 'contract:close', 'receivable:read', 'receivable:write', 'delivery:write',
      'report:read', 'approval:decide', 'user:read', 'department:read',
    ],
  },
  {
    code: BuiltInRoleCode.SalesRep,
    name: '客户经理',
    description: '负责客户、记录跟进、推进销售机会、起草合同',
    dataScope: DataScope.Self,
    permissions: [
      'customer:read', 'customer:write', 'customer:claim', 'customer-document:write', 'follow-up:write', 'churn:handle',
      'opportunity:read', 'opportunity:write', 'product:read', 'contract:read', 'contract:write',
      // Reps sign the contracts they drafted once approved (seed 004); completing and terminating stay with managers.
      'contract:sign', 'receivable:read',
      // Reps enter their contracts' plans and record the payments they collect; finance confirms them.
      'receivable:write',
      // Reps record the deliveries of their contracts and the customer's acceptance; finance only reads them.
      'delivery:write',
    ],
  },
  {
    code: BuiltInRoleCode.Reviewer,
    name: '客户服务中心审核',
    description: '审核新客户保护申请的完整性与撞单情况',
    dataScope: DataScope.All,
    permissions: ['customer:read', 'customer:review', 'approval:decide'],
  },
  {
    code: BuiltInRoleCode.ServiceAgent,
    name: '客服',
    description: '登记服务请求与投诉，处理分派的服务单',
    dataScope: DataScope.All,
    permissions: ['customer:read', 'product:read', 'service:read', 'service:write', 'complaint:read', 'complaint:write'],
  },
  {
    code: BuiltInRoleCode.Finance,
    name: '财务',
    description: '确认回款、管理回款计划、审批折扣与结算方式变更',
    dataScope: DataScope.All,
    permissions: [
      'customer:read', 'contract:read', 'contract-number:audit', 'receivable:read', 'receivable:write', 'payment:confirm',
      'report:read', 'approval:decide',
    ],
  },
];
