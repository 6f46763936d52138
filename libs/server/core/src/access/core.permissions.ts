import { PermissionSet, SYSTEM_PERMISSION_GROUP } from './permission-registry';

/** The kernel's own endpoints: the audit log and the job runner. */
export const CORE_PERMISSIONS: PermissionSet = {
  group: SYSTEM_PERMISSION_GROUP,
  order: 30,
  permissions: [
    { code: 'audit:read', name: { en: 'View audit log', zh: '查看审计日志' } },
    { code: 'job:run', name: { en: 'Run scheduled jobs', zh: '运行定时任务' } },
  ],
};
