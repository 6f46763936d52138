import { ALL_PERMISSIONS, DataScope, PermissionCode } from '@kehu/server-core';

export interface BuiltInRole {
  code: string;
  name: string;
  description: string;
  dataScope: DataScope;
  permissions: readonly PermissionCode[];
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
    description: 'Users, departments, roles, dictionaries, rules, API keys, audit log — everything',
    dataScope: DataScope.All,
    permissions: ALL_PERMISSIONS,
  },
  {
    code: BuiltInRoleCode.Executive,
    name: '高管',
    description: 'Reads every report and dashboard; approves big contracts and discounts',
    dataScope: DataScope.All,
    permissions: [
      'customer:read', 'opportunity:read', 'product:read', 'contract:read', 'receivable:read',
      'service:read', 'complaint:read', 'report:read', 'approval:decide', 'user:read', 'department:read',
    ],
  },
  {
    code: BuiltInRoleCode.SalesManager,
    name: '销售主管',
    description: "Assigns opportunities and customers, approves the team's protection and extension requests",
    dataScope: DataScope.DepartmentAndChildren,
    permissions: [
      'customer:read', 'customer:write', 'customer:transfer', 'customer:export', 'customer:claim',
      'follow-up:write', 'churn:handle', 'opportunity:read', 'opportunity:write', 'opportunity:assign',
      'product:read', 'contract:read', 'contract:write', 'contract:sign', 'receivable:read',
      'report:read', 'approval:decide', 'user:read', 'department:read',
    ],
  },
  {
    code: BuiltInRoleCode.SalesRep,
    name: '客户经理',
    description: 'Owns customers, records follow-ups, works opportunities, drafts contracts',
    dataScope: DataScope.Self,
    permissions: [
      'customer:read', 'customer:write', 'customer:claim', 'follow-up:write', 'churn:handle',
      'opportunity:read', 'opportunity:write', 'product:read', 'contract:read', 'contract:write', 'receivable:read',
    ],
  },
  {
    code: BuiltInRoleCode.Reviewer,
    name: '客户服务中心审核',
    description: 'Reviews new protections for completeness and duplicates',
    dataScope: DataScope.All,
    permissions: ['customer:read', 'customer:review', 'approval:decide'],
  },
  {
    code: BuiltInRoleCode.ServiceAgent,
    name: '客服',
    description: 'Registers service requests and complaints, handles assigned tickets',
    dataScope: DataScope.All,
    permissions: ['customer:read', 'product:read', 'service:read', 'service:write', 'complaint:read', 'complaint:write'],
  },
  {
    code: BuiltInRoleCode.Finance,
    name: '财务',
    description: 'Confirms payments, manages receivable plans, approves discount and settlement changes',
    dataScope: DataScope.All,
    permissions: [
      'customer:read', 'contract:read', 'receivable:read', 'receivable:write', 'payment:confirm',
      'delivery:write', 'report:read', 'approval:decide',
    ],
  },
];
