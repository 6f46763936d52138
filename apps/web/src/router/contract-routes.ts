import type { RouteRecordRaw } from 'vue-router';
import { Memo } from '@element-plus/icons-vue';

/** Children of the contracts menu group (absolute paths: /contracts, /contract-numbers, …), in menu order. */
export const contractRoutes: RouteRecordRaw[] = [
  {
    path: '/contract-numbers',
    name: 'contract-numbers',
    component: () => import('../views/contract/numbers/index.vue'),
    meta: { titleKey: 'route.contractNumbers', icon: Memo, permission: 'contract:read' },
  },
];
