import { computed, ref } from 'vue';
import { defineStore } from 'pinia';
import { http, unwrap } from '../api/http';
import { accessToken, localTokenStore, refreshToken } from '../api/session';
import type { Me } from '../api/types';

/** A permission code, or several of which any one is enough. */
export type PermissionRequirement = string | readonly string[] | null | undefined;

export const useAuthStore = defineStore('auth', () => {
  const me = ref<Me | null>(null);
  const isAuthenticated = computed(() => !!accessToken.value);
  const permissions = computed(() => new Set(me.value?.permissions ?? []));

  function can(permission: PermissionRequirement): boolean {
    if (!permission || (Array.isArray(permission) && permission.length === 0)) return true;
    const list: readonly string[] = typeof permission === 'string' ? [permission] : permission;
    return list.some((p) => permissions.value.has(p));
  }

  async function login(username: string, password: string): Promise<Me> {
    const data = unwrap(await http.POST('/api/v1/auth/login', { body: { username, password } }));
    localTokenStore.setTokens({ accessToken: data.accessToken, refreshToken: data.refreshToken });
    me.value = data.user;
    return data.user;
  }

  async function fetchMe(): Promise<Me> {
    me.value = unwrap(await http.GET('/api/v1/auth/me'));
    return me.value;
  }

  async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
    // The server signs out the other sessions and answers a fresh token pair for this one.
    const data = unwrap(await http.POST('/api/v1/auth/change-password', { body: { currentPassword, newPassword } }));
    if (data?.accessToken) {
      localTokenStore.setTokens({ accessToken: data.accessToken, refreshToken: data.refreshToken });
      me.value = data.user;
    } else if (me.value) {
      me.value = { ...me.value, mustChangePassword: false };
    }
  }

  /** Forget the session locally (no server call). */
  function reset(): void {
    localTokenStore.clear();
    me.value = null;
  }

  async function logout(): Promise<void> {
    const token = refreshToken.value;
    try {
      if (token) await http.POST('/api/v1/auth/logout', { body: { refreshToken: token } });
    } catch {
      /* signing out locally is enough when the server cannot be reached */
    } finally {
      reset();
    }
  }

  return { me, isAuthenticated, permissions, can, login, fetchMe, changePassword, logout, reset };
});
