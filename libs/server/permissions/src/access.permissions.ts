import { PermissionSet, SYSTEM_PERMISSION_GROUP } from '@kehu/server-core';

/** Users, departments, roles and API keys (this module's endpoints). */
export const ACCESS_PERMISSIONS: PermissionSet = {
  group: SYSTEM_PERMISSION_GROUP,
  order: 10,
  permissions: [
    { code: 'user:read', name: { en: 'View users', zh: '查看用户' } },
    { code: 'user:write', name: { en: 'Manage users', zh: '管理用户' } },
    { code: 'department:read', name: { en: 'View departments', zh: '查看部门' } },
    { code: 'department:write', name: { en: 'Manage departments', zh: '管理部门' } },
    { code: 'role:read', name: { en: 'View roles', zh: '查看角色' } },
    { code: 'role:write', name: { en: 'Manage roles', zh: '管理角色' } },
    { code: 'api-key:manage', name: { en: 'Manage API keys', zh: '管理 API 密钥' } },
  ],
};
