import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { http, setHttpClient } from '../../../../api/http';
import type { Rule } from '../../../../api/types';
import { fakeApi, json, must, problem } from '../../../../testing/fake-api';
import { setupApp } from '../../../../testing/helpers';
import RulesTable from './rules-table.vue';

const original = http;
const rule = (over: Partial<Rule> = {}): Rule => ({
  key: 'potentialDays',
  group: 'customer',
  type: 'integer',
  value: 30,
  defaultValue: 30,
  min: 1,
  max: 365,
  unit: 'days',
  description: { en: 'Potential customer protection days', zh: '潜在客户保护天数' },
  overridden: false,
  updatedAt: null,
  version: 0,
  ...over,
});

async function mountTable(routes: Parameters<typeof fakeApi>[0]) {
  const api = fakeApi(routes);
  const { plugins } = setupApp(['rule:write']);
  const wrapper = mount(RulesTable, { global: { plugins }, attachTo: document.body });
  await flushPromises();
  return { wrapper, ...api };
}

async function edit(wrapper: Awaited<ReturnType<typeof mountTable>>['wrapper'], value: string) {
  await wrapper.get('[data-testid="rules-edit-potentialDays"]').trigger('click');
  await wrapper.get('[data-testid="rules-input-potentialDays"]').setValue(value);
  await wrapper.get('[data-testid="rules-save-potentialDays"]').trigger('click');
  await flushPromises();
}

describe('rules table', { timeout: 20000 }, () => {
  afterEach(() => {
    setHttpClient(original);
    localStorage.clear();
    document.body.innerHTML = '';
  });

  it('shows translated groups and units', async () => {
    const { wrapper } = await mountTable({ 'GET /api/v1/settings/rules': () => json([rule()]) });
    const table = wrapper.get('[data-testid="rules-table"]');
    expect(table.text()).toContain('Customers');
    expect(table.text()).toContain('days');
    // The groups are the list's views.
    expect(wrapper.get('[data-testid="rules-view-customer"]').text()).toBe('Customers');
    // The rule's key is for the API, not for the people who set the rule.
    expect(wrapper.get('[data-testid="rules-panel"]').text()).not.toContain('potentialDays');
  });

  it('saves with If-Match of the version read and shows the new value', async () => {
    const { wrapper, calls } = await mountTable({
      'GET /api/v1/settings/rules': () => json([rule({ version: 2, value: 40, overridden: true })]),
      'PUT /api/v1/settings/rules/potentialDays': () => json(rule({ version: 3, value: 45, overridden: true })),
    });
    await edit(wrapper, '45');
    const put = must(calls.find((c) => c.method === 'PUT'));
    expect(put.body).toEqual({ value: 45 });
    expect(put.headers.get('If-Match')).toBe('W/"2"');
    expect(wrapper.get('[data-testid="rules-value-potentialDays"]').text()).toBe('45');
  });

  it('checks the range before sending, and shows the server’s message about `value` on the row', async () => {
    const { wrapper, calls } = await mountTable({
      'GET /api/v1/settings/rules': () => json([rule()]),
      'PUT /api/v1/settings/rules/potentialDays': () =>
        problem(400, 'Validation failed', [{ field: 'value', message: 'must not be greater than 300', code: 'max' }]),
    });
    await edit(wrapper, '999');
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);
    expect(wrapper.get('[data-testid="rules-error-potentialDays"]').text()).toBe('Must be between 1 and 365');
    await wrapper.get('[data-testid="rules-input-potentialDays"]').setValue('301');
    await wrapper.get('[data-testid="rules-save-potentialDays"]').trigger('click');
    await flushPromises();
    // the server's field error, translated by its code with the limit it names
    expect(wrapper.get('[data-testid="rules-error-potentialDays"]').text()).toBe('Must not be greater than 300');
  });

  it('offers a reset only for a changed rule and resets it with DELETE', async () => {
    const { wrapper, calls } = await mountTable({
      'GET /api/v1/settings/rules': () => json([rule({ value: 45, overridden: true, version: 4 })]),
      'DELETE /api/v1/settings/rules/potentialDays': () => json(rule()),
    });
    await wrapper.get('[data-testid="rules-reset-potentialDays"]').trigger('click');
    await vi.waitFor(() => expect(document.body.querySelector('.confirm-dialog')).not.toBeNull());
    must(document.body.querySelector<HTMLElement>('.confirm-dialog .el-button--primary')).click();
    await vi.waitFor(() => expect(calls.some((c) => c.method === 'DELETE')).toBe(true));
    expect(must(calls.find((c) => c.method === 'DELETE')).headers.get('If-Match')).toBe('W/"4"');
    await vi.waitFor(() => expect(wrapper.get('[data-testid="rules-value-potentialDays"]').text()).toBe('30'));
    expect(wrapper.find('[data-testid="rules-reset-potentialDays"]').exists()).toBe(false);
  });
});
