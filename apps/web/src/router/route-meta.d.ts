import 'vue-router';
import type { Component } from 'vue';

declare module 'vue-router' {
  interface RouteMeta {
    /** Permission (or any of several) needed to open the route and see its menu item. */
    permission?: string | readonly string[];
    /** i18n key of the menu, breadcrumb and document title. */
    titleKey?: string;
    /** Menu icon (an @element-plus/icons-vue component). */
    icon?: Component;
    /** Reachable without signing in. */
    public?: boolean;
    hideInMenu?: boolean;
  }
}
