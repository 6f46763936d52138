import { PermissionSet, SYSTEM_PERMISSION_GROUP } from '@kehu/server-core';

export const APPROVAL_PERMISSIONS: PermissionSet[] = [
  {
    group: SYSTEM_PERMISSION_GROUP,
    order: 40,
    permissions: [{ code: 'approval-chain:write', name: { en: 'Configure approval chains', zh: '配置审批流程' } }],
  },
  {
    group: { code: 'approval', name: { en: 'Approvals', zh: '审批' }, order: 10 },
    permissions: [{ code: 'approval:decide', name: { en: 'Approve or reject requests', zh: '审批申请' } }],
  },
];
