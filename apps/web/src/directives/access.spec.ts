import { defineComponent } from 'vue';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { setupApp } from '../testing/helpers';
import { useAccess } from '../composables/use-access';
import { vAccess } from './access';

const Toolbar = defineComponent({
  setup: () => useAccess(),
  template: `
    <div>
      <button v-access="'user:write'" data-testid="create-user">New user</button>
      <button v-access="'role:write'" data-testid="create-role">New role</button>
      <button v-access="['role:write', 'user:read']" data-testid="any-of">Any of</button>
      <span v-if="can('role:write')" data-testid="if-role">role</span>
    </div>`,
});

describe('v-access', () => {
  it('removes elements the user has no permission for', () => {
    const { pinia } = setupApp(['user:write', 'user:read']);
    const wrapper = mount(Toolbar, { global: { plugins: [pinia], directives: { access: vAccess } } });
    expect(wrapper.find('[data-testid="create-user"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="create-role"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="any-of"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="if-role"]').exists()).toBe(false);
    expect(wrapper.html()).not.toContain('New role');
  });

  it('removes everything guarded when nobody is signed in', () => {
    const { pinia } = setupApp();
    const wrapper = mount(Toolbar, { global: { plugins: [pinia], directives: { access: vAccess } } });
    expect(wrapper.findAll('button')).toHaveLength(0);
  });
});
