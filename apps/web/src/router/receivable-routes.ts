import type { RouteRecordRaw } from 'vue-router';
import { Histogram, Money, WarningFilled } from '@element-plus/icons-vue';

/** Children of the receivables menu group 回款管理 (absolute paths), in menu order. */
export const receivableRoutes: RouteRecordRaw[] = [
  {
    path: '/payment-confirmations',
    name: 'payment-confirmations',
    component: () => import('../views/receivable/confirmations/index.vue'),
    meta: { titleKey: 'route.paymentConfirmations', icon: Money, permission: 'payment:confirm' },
  },
  {
    path: '/overdue-instalments',
    name: 'overdue-instalments',
    component: () => import('../views/receivable/overdue/index.vue'),
    meta: { titleKey: 'route.overdueInstalments', icon: WarningFilled, permission: 'receivable:read' },
  },
  {
    path: '/receivables-aging',
    name: 'receivables-aging',
    component: () => import('../views/receivable/aging/index.vue'),
    meta: { titleKey: 'route.receivablesAging', icon: Histogram, permission: 'receivable:read' },
  },
];
