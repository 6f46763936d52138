import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import type { Me } from '../api/types';
import { i18n, setLocale } from '../i18n';
import { routes } from '../router/routes';
import { useAuthStore } from '../stores/auth';

export function fakeMe(permissions: string[], overrides: Partial<Me> = {}): Me {
  return {
    id: 'u1',
    username: 'alice',
    displayName: 'Alice',
    email: null,
    mobile: null,
    departmentId: null,
    departmentName: null,
    roles: [],
    permissions,
    dataScope: 'SELF',
    mustChangePassword: false,
    ...overrides,
  };
}

/** Pinia (with a signed-in user when `permissions` is given), the app's i18n in English, a memory router. */
export function setupApp(permissions?: string[]): { pinia: Pinia; router: Router; plugins: [Pinia, typeof i18n, Router] } {
  const pinia = createPinia();
  setActivePinia(pinia);
  setLocale('en');
  if (permissions) useAuthStore().me = fakeMe(permissions);
  const router = createRouter({ history: createMemoryHistory(), routes });
  return { pinia, router, plugins: [pinia, i18n, router] };
}
