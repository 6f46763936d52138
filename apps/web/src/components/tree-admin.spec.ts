import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ElTreeSelect } from 'element-plus';
import type { Component } from 'vue';
import { http, setHttpClient } from '../api/http';
import type { CategoryNode, DepartmentNode } from '../api/types';
import { vAccess } from '../directives/access';
import { fakeApi, json, must, type Route } from '../testing/fake-api';
import { setupApp } from '../testing/helpers';
import CategoriesPage from '../views/customer/categories/index.vue';
import DepartmentsPage from '../views/system/departments/index.vue';

const original = http;

function department(id: string, name: string, children: DepartmentNode[] = [], managerName: string | null = null): DepartmentNode {
  return { id, name, parentId: null, sortOrder: 0, managerId: null, managerName, memberCount: 3, children } as unknown as DepartmentNode;
}
function category(id: string, name: string, children: CategoryNode[] = []): CategoryNode {
  return { id, name, parentId: null, sortOrder: 0, customerCount: 7, version: 1, children };
}

const SALES = department('d2', 'Sales', [], 'Bob');
const HQ = department('d1', 'HQ', [SALES]);
const FINANCE = department('d3', 'Finance');
const RETAIL = category('c2', 'Retail');
const TRADE = category('c1', 'Trade', [RETAIL]);
const OTHER = category('c3', 'Other');

async function mountPage(page: Component, routes: Record<string, Route>, permissions: string[]) {
  const api = fakeApi(routes);
  const { plugins } = setupApp(permissions);
  const wrapper = mount(page, { global: { plugins, directives: { access: vAccess } }, attachTo: document.body });
  await flushPromises();
  return { wrapper, ...api };
}

const byTestId = (id: string) => document.body.querySelector<HTMLElement>(`[data-testid="${id}"]`);

/** The ids a tree-select offers, depth first. */
function offered(wrapper: ReturnType<typeof mount>): string[] {
  const ids = (nodes: Array<{ id: string; children: unknown[] }>): string[] =>
    nodes.flatMap((n) => [n.id, ...ids(n.children as Array<{ id: string; children: unknown[] }>)]);
  return ids(wrapper.getComponent(ElTreeSelect).props('data') as Array<{ id: string; children: unknown[] }>);
}

async function confirm() {
  await vi.waitFor(() => expect(document.body.querySelector('.confirm-dialog')).not.toBeNull());
  must(document.body.querySelector<HTMLElement>('.confirm-dialog .el-button--primary')).click();
}

describe('tree admin pages', { timeout: 20000 }, () => {
  afterEach(() => {
    setHttpClient(original);
    document.body.innerHTML = '';
  });

  it('departments: lists the tree with manager and members, filters by name', async () => {
    const { wrapper } = await mountPage(DepartmentsPage, { 'GET /api/v1/departments/tree': () => json([HQ, FINANCE]) }, [
      'department:read',
      'department:write',
    ]);
    expect(byTestId('departments-page')).not.toBeNull();
    const sales = wrapper.get('[data-testid="departments-node-Sales"]');
    expect(sales.text()).toContain('Manager: Bob');
    expect(sales.text()).toContain('Members: 3');
    expect(wrapper.find('[data-testid="departments-create-root"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="departments-edit-Sales"]').exists()).toBe(true);

    await wrapper.get('[data-testid="departments-filter"]').setValue('Sal');
    await flushPromises();
    expect(wrapper.get('[data-testid="departments-node-Sales"]').isVisible()).toBe(true);
    expect(wrapper.get('[data-testid="departments-node-Finance"]').isVisible()).toBe(false);
  });

  it('departments: a reader sees no add, edit or delete', async () => {
    const { wrapper } = await mountPage(DepartmentsPage, { 'GET /api/v1/departments/tree': () => json([HQ]) }, ['department:read']);
    expect(wrapper.find('[data-testid="departments-node-HQ"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="departments-create-root"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="departments-add-child-HQ"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="departments-delete-HQ"]').exists()).toBe(false);
  });

  it('departments: a move offers the tree without the moved department and its subtree', async () => {
    const { wrapper } = await mountPage(DepartmentsPage, { 'GET /api/v1/departments/tree': () => json([HQ, FINANCE]) }, [
      'department:read',
      'department:write',
    ]);
    await wrapper.get('[data-testid="departments-move-HQ"]').trigger('click');
    await flushPromises();
    expect(byTestId('departments-move-dialog')).not.toBeNull();
    expect(offered(wrapper)).toEqual(['d3']);
  });

  it('categories: lists customer counts; create offers the whole tree, a move leaves the moved subtree out', async () => {
    const { wrapper } = await mountPage(CategoriesPage, { 'GET /api/v1/customer-categories': () => json([TRADE, OTHER]) }, []);
    expect(byTestId('categories-page')).not.toBeNull();
    expect(wrapper.get('[data-testid="categories-node-Retail"]').text()).toContain('Customers: 7');

    await wrapper.get('[data-testid="categories-add-child-Trade"]').trigger('click');
    await flushPromises();
    expect(offered(wrapper)).toEqual(['c1', 'c2', 'c3']);

    await wrapper.get('[data-testid="categories-move-Trade"]').trigger('click');
    await flushPromises();
    expect(offered(wrapper)).toEqual(['c3']);
  });

  it.each([
    {
      page: DepartmentsPage,
      testid: 'departments',
      treePath: '/api/v1/departments/tree',
      deletePath: '/api/v1/departments/d3',
      nodes: [HQ, FINANCE],
      permissions: ['department:read', 'department:write'],
    },
    {
      page: CategoriesPage,
      testid: 'categories',
      treePath: '/api/v1/customer-categories',
      deletePath: '/api/v1/customer-categories/c3',
      nodes: [TRADE, OTHER],
      permissions: [],
    },
  ])('$testid: deletes after confirmation and reloads the tree', async ({ page, testid, treePath, deletePath, nodes, permissions }) => {
    let listed: unknown[] = nodes;
    const [kept, deleted] = nodes;
    const { wrapper, calls } = await mountPage(
      page,
      {
        [`GET ${treePath}`]: () => json(listed),
        [`DELETE ${deletePath}`]: () => {
          listed = [kept];
          return json(null, 204);
        },
      },
      permissions,
    );
    await wrapper.get(`[data-testid="${testid}-delete-${deleted.name}"]`).trigger('click');
    await confirm();
    await vi.waitFor(() => expect(wrapper.find(`[data-testid="${testid}-node-${deleted.name}"]`).exists()).toBe(false));
    expect(calls.filter((c) => c.method === 'GET').length).toBe(2);
  });
});
