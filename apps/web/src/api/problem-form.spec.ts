import { defineComponent, nextTick, reactive } from 'vue';
import { mount, flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ElForm, ElFormItem, ElInput, ElMessage } from 'element-plus';
import { ProblemError } from './http';
import { fieldToProp, useProblemForm } from './problem-form';
import { i18n } from '../i18n';

describe('fieldToProp', () => {
  it('maps API field paths onto form props', () => {
    expect(fieldToProp('roleIds[0]')).toBe('roleIds');
    expect(fieldToProp('username')).toBe('username');
    expect(fieldToProp('body.email')).toBe('email');
    expect(fieldToProp('items[2].quantity')).toBe('items.2.quantity');
    expect(fieldToProp('address.city', ['address'])).toBe('address');
  });
});

const Form = defineComponent({
  components: { ElForm, ElFormItem, ElInput },
  setup() {
    const model = reactive({ username: '', roleIds: [] as string[] });
    const problem = useProblemForm(['username', 'roleIds']);
    return { model, ...problem };
  },
  template: `
    <el-form :model="model">
      <el-form-item label="Username" prop="username" :error="errors.username" data-testid="item-username">
        <el-input v-model="model.username" />
      </el-form-item>
      <el-form-item label="Roles" prop="roleIds" :error="errors.roleIds" data-testid="item-roles">
        <el-input />
      </el-form-item>
    </el-form>`,
});

const problem = (extra: object) =>
  new ProblemError({ type: 'https://kehu.dev/problems/validation-error', title: 'Validation failed', status: 400, ...extra });

describe('useProblemForm', () => {
  afterEach(() => {
    ElMessage.closeAll();
    document.body.innerHTML = '';
  });

  it('shows each field error on its form item', async () => {
    const wrapper = mount(Form, { global: { plugins: [i18n] } });
    const handled = await wrapper.vm.handle(
      problem({
        errors: [
          { field: 'username', message: 'username is taken', code: 'unique' },
          { field: 'roleIds[0]', message: 'role does not exist', code: 'exists' },
        ],
      }),
    );
    await nextTick();
    await flushPromises();
    expect(handled).toBe(true);
    // Element Plus shows the message after a short debounce.
    await vi.waitFor(() => expect(wrapper.find('.el-form-item__error').exists()).toBe(true));
    expect(wrapper.get('[data-testid="item-username"] .el-form-item__error').text()).toBe('username is taken');
    expect(wrapper.get('[data-testid="item-roles"] .el-form-item__error').text()).toBe('role does not exist');
    expect(wrapper.get('[data-testid="item-username"]').classes()).toContain('is-error');
  });

  it('shows a problem without field errors as a message', async () => {
    const wrapper = mount(Form, { global: { plugins: [i18n] } });
    const handled = await wrapper.vm.handle(
      new ProblemError({ type: 'https://kehu.dev/problems/conflict', title: 'Conflict', status: 409, detail: 'Department has members' }),
    );
    await flushPromises();
    expect(handled).toBe(false);
    expect(wrapper.find('.el-form-item__error').exists()).toBe(false);
    expect(document.body.querySelector('.el-message')?.textContent).toContain('Department has members');
  });
});
