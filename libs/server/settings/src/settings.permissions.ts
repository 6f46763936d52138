import { PermissionSet, SYSTEM_PERMISSION_GROUP } from '@kehu/server-core';

/** The data dictionary and business rules (holidays are business rules too). */
export const SETTINGS_PERMISSIONS: PermissionSet = {
  group: SYSTEM_PERMISSION_GROUP,
  order: 20,
  permissions: [
    { code: 'dictionary:write', name: { en: 'Edit data dictionary', zh: '维护数据字典' } },
    { code: 'rule:write', name: { en: 'Edit business rules', zh: '维护业务规则' } },
  ],
};
