import { PermissionSet } from '@kehu/server-core';

export const CUSTOMER_PERMISSIONS: PermissionSet = {
  group: { code: 'customer', name: { en: 'Customers', zh: '客户' }, order: 20 },
  permissions: [
    { code: 'customer:read', name: { en: 'View customers', zh: '查看客户' } },
    { code: 'customer:write', name: { en: 'Create and edit customers', zh: '新建和编辑客户' } },
    { code: 'customer:delete', name: { en: 'Delete customers', zh: '删除客户' } },
    { code: 'customer:transfer', name: { en: 'Transfer and merge customers', zh: '转移与合并客户' } },
    { code: 'customer:import', name: { en: 'Import customers', zh: '导入客户' } },
    { code: 'customer:export', name: { en: 'Export customers', zh: '导出客户' } },
    { code: 'customer:review', name: { en: 'Review protections', zh: '审核客户保护' } },
    { code: 'customer:claim', name: { en: 'Claim from the public pool', zh: '从公海领取客户' } },
    { code: 'customer-category:write', name: { en: 'Edit customer categories', zh: '维护客户分类' } },
    { code: 'customer-document:write', name: { en: 'Upload and remove customer documents', zh: '上传与删除客户文档' } },
    { code: 'follow-up:write', name: { en: 'Record follow-ups', zh: '记录跟进' } },
    { code: 'churn:handle', name: { en: 'Handle churn alerts', zh: '处理流失预警' } },
  ],
};
