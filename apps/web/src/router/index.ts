import { createRouter, createWebHistory, type RouteLocationNormalized, type Router, type RouterHistory } from 'vue-router';
import { setSessionExpiredHandler } from '../api/http';
import { t } from '../i18n';
import { useAuthStore } from '../stores/auth';
import { routes } from './routes';

/**
 * Starts downloading the lazily loaded components of the route being entered (its layout and page),
 * so on a reload the page's code arrives while /auth/me is asked rather than after it answers.
 * The router resolves the same loaders afterwards and gets the modules already loaded.
 */
export function preloadRouteComponents(to: RouteLocationNormalized): void {
  for (const record of to.matched) {
    for (const component of Object.values(record.components ?? {})) {
      // A lazy loader is a plain function; a component object (or a functional one, with props/displayName) is not loaded.
      if (typeof component !== 'function' || 'props' in component || 'displayName' in component) continue;
      void (component as () => Promise<unknown>)().catch(() => {
        /* the router reports the failure when it loads the route itself */
      });
    }
  }
}

/** Unauthenticated → /login?redirect=…; a permission the user lacks → 403. */
export function installGuards(router: Router): void {
  router.beforeEach(async (to) => {
    if (to.meta.public) return true;
    const auth = useAuthStore();
    if (!auth.isAuthenticated) return { name: 'login', query: { redirect: to.fullPath } };
    if (!auth.me) {
      preloadRouteComponents(to);
      try {
        await auth.fetchMe();
      } catch {
        auth.reset();
        return { name: 'login', query: { redirect: to.fullPath } };
      }
    }
    if (!to.matched.every((record) => auth.can(record.meta.permission))) {
      return { name: 'forbidden', query: { from: to.fullPath } };
    }
    return true;
  });
  router.afterEach((to) => {
    const title = to.meta.titleKey ? t(to.meta.titleKey) : '';
    document.title = title ? `${title} · ${t('app.name')}` : t('app.name');
  });
  setSessionExpiredHandler(() => {
    useAuthStore().reset();
    const current = router.currentRoute.value;
    if (current.name !== 'login') void router.replace({ name: 'login', query: { redirect: current.fullPath } });
  });
}

export function createAppRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)): Router {
  const router = createRouter({ history, routes });
  installGuards(router);
  return router;
}
