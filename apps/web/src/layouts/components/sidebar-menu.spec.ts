import { mount, flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { setupApp } from '../../testing/helpers';
import SidebarMenu from './sidebar-menu.vue';

async function mountMenu(permissions: string[]) {
  const { router, plugins } = setupApp(permissions);
  await router.push('/');
  await router.isReady();
  const wrapper = mount(SidebarMenu, { global: { plugins } });
  await flushPromises();
  return wrapper;
}

describe('sidebar menu', () => {
  it('shows only the items the user has the permission for', async () => {
    const wrapper = await mountMenu(['user:read', 'audit:read']);
    expect(wrapper.find('[data-testid="menu-home"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="menu-approvals"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="menu-system"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="menu-users"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="menu-audit-logs"]').exists()).toBe(true);
    for (const hidden of ['roles', 'departments', 'dictionaries', 'rules', 'api-keys']) {
      expect(wrapper.find(`[data-testid="menu-${hidden}"]`).exists(), hidden).toBe(false);
    }
    expect(wrapper.get('[data-testid="menu-users"]').text()).toBe('Users');
  });

  it('hides a group whose items are all hidden', async () => {
    const wrapper = await mountMenu(['customer:read']);
    expect(wrapper.find('[data-testid="menu-home"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="menu-system"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="menu-users"]').exists()).toBe(false);
  });

  it('shows every system page to an administrator', async () => {
    const wrapper = await mountMenu([
      'user:read',
      'department:read',
      'role:read',
      'dictionary:write',
      'rule:write',
      'api-key:manage',
      'audit:read',
    ]);
    for (const name of ['users', 'departments', 'roles', 'dictionaries', 'rules', 'api-keys', 'audit-logs']) {
      expect(wrapper.find(`[data-testid="menu-${name}"]`).exists(), name).toBe(true);
    }
  });
});
