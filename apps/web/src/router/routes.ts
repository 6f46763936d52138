import type { RouteRecordRaw } from 'vue-router';
import {
  Avatar,
  Briefcase,
  Coin,
  Checked,
  Collection,
  Connection,
  Document,
  Files,
  Filter,
  Goods,
  Grid,
  HomeFilled,
  Lock,
  Menu,
  Sell,
  Ship,
  Key,
  OfficeBuilding,
  Operation,
  Phone,
  Setting,
  Share,
  Stamp,
  Tickets,
  TrendCharts,
  User,
  UserFilled,
  Warning,
} from '@element-plus/icons-vue';
import { useAuthStore } from '../stores/auth';
import { contractRoutes } from './contract-routes';
import { receivableRoutes } from './receivable-routes';

const Layout = () => import('../layouts/default-layout.vue');

/** Children of the system menu, in menu order. */
export const systemRoutes: RouteRecordRaw[] = [
  {
    path: 'users',
    name: 'users',
    component: () => import('../views/system/users/index.vue'),
    meta: { titleKey: 'route.users', icon: User, permission: 'user:read' },
  },
  {
    path: 'departments',
    name: 'departments',
    component: () => import('../views/system/departments/index.vue'),
    meta: { titleKey: 'route.departments', icon: OfficeBuilding, permission: 'department:read' },
  },
  {
    path: 'roles',
    name: 'roles',
    component: () => import('../views/system/roles/index.vue'),
    meta: { titleKey: 'route.roles', icon: Avatar, permission: 'role:read' },
  },
  {
    path: 'dictionaries',
    name: 'dictionaries',
    component: () => import('../views/system/dictionaries/index.vue'),
    meta: { titleKey: 'route.dictionaries', icon: Collection, permission: 'dictionary:write' },
  },
  {
    path: 'rules',
    name: 'rules',
    component: () => import('../views/system/rules/index.vue'),
    meta: { titleKey: 'route.rules', icon: Operation, permission: 'rule:write' },
  },
  {
    path: 'api-keys',
    name: 'api-keys',
    component: () => import('../views/system/api-keys/index.vue'),
    meta: { titleKey: 'route.apiKeys', icon: Key, permission: 'api-key:manage' },
  },
  {
    path: 'approval-chains',
    name: 'approval-chains',
    component: () => import('../views/system/approval-chains/index.vue'),
    meta: { titleKey: 'route.approvalChains', icon: Connection, permission: 'approval-chain:write' },
  },
  {
    path: 'audit-logs',
    name: 'audit-logs',
    component: () => import('../views/system/audit-logs/index.vue'),
    meta: { titleKey: 'route.auditLogs', icon: Document, permission: 'audit:read' },
  },
];

/** Children of the customers menu group (absolute paths: /customers, /contacts, …), in menu order. */
export const customerRoutes: RouteRecordRaw[] = [
  {
    path: '/customers',
    name: 'customers',
    component: () => import('../views/customer/list/index.vue'),
    meta: { titleKey: 'route.customers', icon: UserFilled, permission: 'customer:read' },
  },
  {
    path: '/customers/:id',
    name: 'customer-detail',
    component: () => import('../views/customer/detail.vue'),
    props: true,
    meta: { titleKey: 'route.customerDetail', permission: 'customer:read', hideInMenu: true },
  },
  {
    path: '/my-protected',
    name: 'my-protected',
    component: () => import('../views/customer/my-protected/index.vue'),
    meta: { titleKey: 'route.myProtected', icon: Lock, permission: 'customer:read' },
  },
  {
    path: '/customer-pool',
    name: 'customer-pool',
    component: () => import('../views/customer/pool/index.vue'),
    meta: { titleKey: 'route.customerPool', icon: Ship, permission: 'customer:claim' },
  },
  {
    path: '/customer-reviews',
    name: 'customer-reviews',
    component: () => import('../views/customer/review-queue/index.vue'),
    meta: { titleKey: 'route.customerReviews', icon: Checked, permission: 'customer:review' },
  },
  {
    path: '/churn-alerts',
    name: 'churn-alerts',
    component: () => import('../views/customer/churn-alerts/index.vue'),
    meta: { titleKey: 'route.churnAlerts', icon: Warning, permission: 'customer:read' },
  },
  {
    path: '/contacts',
    name: 'contacts',
    component: () => import('../views/customer/contacts/index.vue'),
    meta: { titleKey: 'route.contacts', icon: Phone, permission: 'customer:read' },
  },
  {
    path: '/customer-categories',
    name: 'customer-categories',
    component: () => import('../views/customer/categories/index.vue'),
    meta: { titleKey: 'route.customerCategories', icon: Share, permission: 'customer-category:write' },
  },
];

/** Children of the sales menu group (absolute paths), in menu order. */
export const salesRoutes: RouteRecordRaw[] = [
  {
    path: '/opportunities',
    name: 'opportunities',
    component: () => import('../views/opportunity/list.vue'),
    meta: { titleKey: 'route.opportunities', icon: TrendCharts, permission: 'opportunity:read' },
  },
  {
    path: '/opportunities/kanban',
    name: 'opportunity-kanban',
    component: () => import('../views/opportunity/kanban.vue'),
    meta: { titleKey: 'route.opportunityKanban', icon: Grid, permission: 'opportunity:read' },
  },
  {
    path: '/opportunities/:id',
    name: 'opportunity-detail',
    component: () => import('../views/opportunity/detail.vue'),
    props: true,
    meta: { titleKey: 'route.opportunityDetail', permission: 'opportunity:read', hideInMenu: true },
  },
  {
    // A quote's own address (approval inbox links): its opportunity, on the quotes tab.
    path: '/quotes/:id',
    name: 'quote',
    component: () => import('../views/opportunity/detail.vue'),
    meta: { titleKey: 'route.opportunityDetail', permission: 'opportunity:read', hideInMenu: true },
    beforeEnter: async (to) => {
      try {
        const { getQuote } = await import('../api/sales');
        const quote = await getQuote(String(to.params.id));
        return { name: 'opportunity-detail', params: { id: quote.opportunityId }, query: { tab: 'quotes' } };
      } catch {
        return { name: 'not-found', params: { pathMatch: ['quotes', String(to.params.id)] } };
      }
    },
  },
  {
    path: '/opportunity-queue',
    name: 'opportunity-queue',
    component: () => import('../views/opportunity/list.vue'),
    props: { unassigned: true },
    meta: { titleKey: 'route.opportunityQueue', icon: Tickets, permission: 'opportunity:assign' },
  },
  {
    path: '/sales-funnel',
    name: 'sales-funnel',
    component: () => import('../views/opportunity/funnel.vue'),
    meta: { titleKey: 'route.salesFunnel', icon: Filter, permission: 'opportunity:read' },
  },
  {
    path: '/products',
    name: 'products',
    component: () => import('../views/product/index.vue'),
    meta: { titleKey: 'route.products', icon: Goods, permission: 'product:read' },
  },
  {
    path: '/product-categories',
    name: 'product-categories',
    component: () => import('../views/product/categories.vue'),
    meta: { titleKey: 'route.productCategories', icon: Menu, permission: 'product:write' },
  },
];

/** The routes shown in the sidebar (children of the layout). */
export const menuRoutes: RouteRecordRaw[] = [
  {
    path: '',
    name: 'home',
    component: () => import('../views/home/index.vue'),
    meta: { titleKey: 'route.home', icon: HomeFilled },
  },
  {
    path: 'crm',
    name: 'customer-group',
    meta: { titleKey: 'route.customerGroup', icon: Files },
    redirect: () => {
      const auth = useAuthStore();
      const first = customerRoutes.find((r) => !r.meta?.hideInMenu && auth.can(r.meta?.permission));
      return first?.name ? { name: first.name } : { name: 'forbidden' };
    },
    children: customerRoutes,
  },
  {
    path: 'sales',
    name: 'sales-group',
    meta: { titleKey: 'route.salesGroup', icon: Sell },
    redirect: () => {
      const auth = useAuthStore();
      const first = salesRoutes.find((r) => !r.meta?.hideInMenu && auth.can(r.meta?.permission));
      return first?.name ? { name: first.name } : { name: 'forbidden' };
    },
    children: salesRoutes,
  },
  {
    path: 'contract',
    name: 'contract-group',
    meta: { titleKey: 'route.contractGroup', icon: Briefcase },
    redirect: () => {
      const auth = useAuthStore();
      const first = contractRoutes.find((r) => !r.meta?.hideInMenu && auth.can(r.meta?.permission));
      return first?.name ? { name: first.name } : { name: 'forbidden' };
    },
    children: contractRoutes,
  },
  {
    path: 'receivable',
    name: 'receivable-group',
    meta: { titleKey: 'route.receivableGroup', icon: Coin },
    redirect: () => {
      const auth = useAuthStore();
      const first = receivableRoutes.find((r) => !r.meta?.hideInMenu && auth.can(r.meta?.permission));
      return first?.name ? { name: first.name } : { name: 'forbidden' };
    },
    children: receivableRoutes,
  },
  {
    path: 'approvals',
    name: 'approvals',
    component: () => import('../views/system/approvals/index.vue'),
    meta: { titleKey: 'route.approvals', icon: Stamp },
  },
  {
    path: 'system',
    name: 'system',
    meta: { titleKey: 'route.system', icon: Setting },
    redirect: () => {
      const auth = useAuthStore();
      const first = systemRoutes.find((r) => auth.can(r.meta?.permission));
      return first?.name ? { name: first.name } : { name: 'forbidden' };
    },
    children: systemRoutes,
  },
];

export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('../views/login/index.vue'),
    meta: { public: true, titleKey: 'route.login' },
  },
  {
    path: '/',
    component: Layout,
    children: [
      ...menuRoutes,
      {
        path: '403',
        name: 'forbidden',
        component: () => import('../views/error/forbidden.vue'),
        meta: { titleKey: 'route.forbidden', hideInMenu: true },
      },
      {
        path: ':pathMatch(.*)*',
        name: 'not-found',
        component: () => import('../views/error/not-found.vue'),
        meta: { titleKey: 'route.notFound', hideInMenu: true },
      },
    ],
  },
];
