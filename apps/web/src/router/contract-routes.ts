import type { RouteRecordRaw } from 'vue-router';
import { Memo, Tickets } from '@element-plus/icons-vue';

/** Children of the contracts menu group (absolute paths: /contracts, /contract-numbers, …), in menu order. */
export const contractRoutes: RouteRecordRaw[] = [
  {
    path: '/contracts',
    name: 'contracts',
    component: () => import('../views/contract/list/index.vue'),
    meta: { titleKey: 'route.contracts', icon: Tickets, permission: 'contract:read' },
  },
  {
    path: '/contracts/new',
    name: 'contract-create',
    component: () => import('../views/contract/create/index.vue'),
    meta: { titleKey: 'route.contractCreate', permission: 'contract:write', hideInMenu: true },
  },
  {
    path: '/contracts/:id/edit',
    name: 'contract-edit',
    component: () => import('../views/contract/create/index.vue'),
    props: true,
    meta: { titleKey: 'route.contractEdit', permission: 'contract:write', hideInMenu: true },
  },
  {
    path: '/contracts/:id',
    name: 'contract-detail',
    component: () => import('../views/contract/detail/index.vue'),
    props: true,
    meta: { titleKey: 'route.contractDetail', permission: 'contract:read', hideInMenu: true },
  },
  {
    path: '/contract-numbers',
    name: 'contract-numbers',
    component: () => import('../views/contract/numbers/index.vue'),
    meta: { titleKey: 'route.contractNumbers', icon: Memo, permission: 'contract:read' },
  },
];
