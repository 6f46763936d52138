import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { http, setHttpClient } from '../../../api/http';
import { fakeApi, json, must } from '../../../testing/fake-api';
import { setupApp } from '../../../testing/helpers';
import ChainsPage from './index.vue';

const original = http;
const chain = {
  subjectType: 'customer.intent',
  name: '转意向审批',
  steps: [{ kind: 'DEPARTMENT_MANAGER', roleCode: null }],
  handled: true,
  updatedAt: '2026-11-20T08:00:00Z',
  version: 3,
};

describe('approval chains page', { timeout: 20000 }, () => {
  afterEach(() => {
    setHttpClient(original);
    document.body.innerHTML = '';
  });

  it('shows each chain with translated type and approvers, and saves an added role step with the version read', async () => {
    const api = fakeApi({
      'GET /api/v1/approval-chains': () => json([chain]),
      'GET /api/v1/roles': () => json([{ id: 'r1', code: 'finance', name: '财务', builtIn: true }]),
      'PUT /api/v1/approval-chains/customer.intent': () => json({ ...chain, version: 4 }),
    });
    const { plugins, router } = setupApp(['approval-chain:write', 'role:read']);
    // Settle the router's first navigation (and its lazy view) before the test ends.
    await router.push('/system/approval-chains');
    const wrapper = mount(ChainsPage, { global: { plugins }, attachTo: document.body });
    await flushPromises();
    const table = wrapper.get('[data-testid="approval-chains-table"]');
    expect(table.text()).toContain('Conversion to intent customer');
    expect(table.text()).toContain('Department manager');

    await wrapper.get('[data-testid="approval-chain-edit-customer.intent"]').trigger('click');
    await flushPromises();
    must(document.body.querySelector<HTMLElement>('[data-testid="approval-chain-add-step"]')).click();
    await flushPromises();
    const selects = wrapper.findAllComponents({ name: 'ElSelect' });
    const kind = must(selects.find((s) => s.attributes('data-testid') === 'approval-chain-step-kind-1'));
    kind.vm.$emit('update:modelValue', 'ROLE');
    await flushPromises();
    const role = must(wrapper.findAllComponents({ name: 'ElSelect' }).find((s) => s.attributes('data-testid') === 'approval-chain-step-role-1'));
    expect(role.findAllComponents({ name: 'ElOption' }).map((o) => o.props('label'))).toEqual(['Finance']);
    role.vm.$emit('update:modelValue', 'finance');
    await flushPromises();
    must(document.body.querySelector<HTMLElement>('[data-testid="approval-chain-save"]')).click();
    await vi.waitFor(() => expect(api.calls.filter((c) => c.method === 'PUT')).toHaveLength(1));
    const put = must(api.calls.find((c) => c.method === 'PUT'));
    expect(put.headers.get('If-Match')).toBe('W/"3"');
    expect(put.body).toEqual({ name: '转意向审批', steps: [{ kind: 'DEPARTMENT_MANAGER' }, { kind: 'ROLE', roleCode: 'finance' }] });
  });
});
