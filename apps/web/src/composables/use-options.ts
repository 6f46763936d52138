import { shallowRef } from 'vue';
import { http, unwrap } from '../api/http';
import type { CategoryNode, DepartmentNode, Role, User } from '../api/types';

/** Option lists pages share (departments tree, roles, users); failures leave the list empty. */
export function useDepartmentTree() {
  const tree = shallowRef<DepartmentNode[]>([]);
  async function load() {
    try {
      tree.value = unwrap(await http.GET('/api/v1/departments/tree'));
    } catch {
      tree.value = [];
    }
  }
  return { tree, load };
}

export function useRoleOptions() {
  const roles = shallowRef<Role[]>([]);
  async function load() {
    try {
      roles.value = unwrap(await http.GET('/api/v1/roles'));
    } catch {
      roles.value = [];
    }
  }
  return { roles, load };
}

export function useUserOptions() {
  const users = shallowRef<User[]>([]);
  const loading = shallowRef(false);
  /** Remote search for a user select. */
  async function search(q = '') {
    loading.value = true;
    try {
      users.value = unwrap(await http.GET('/api/v1/users', { params: { query: { q: q || undefined, pageSize: 50 } } })).items;
    } catch {
      users.value = [];
    } finally {
      loading.value = false;
    }
  }
  return { users, loading, search };
}

/** The customer category tree (for tree-selects and the admin page). */
export function useCategoryTree() {
  const tree = shallowRef<CategoryNode[]>([]);
  async function load() {
    try {
      tree.value = unwrap(await http.GET('/api/v1/customer-categories'));
    } catch {
      tree.value = [];
    }
  }
  return { tree, load };
}
