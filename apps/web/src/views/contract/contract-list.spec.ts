import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { http, setHttpClient } from '../../api/http';
import type { ContractSummary } from '../../api/types';
import { fakeApi, json } from '../../testing/fake-api';
import { setupApp } from '../../testing/helpers';
import ContractList from './list/index.vue';

const original = http;

const summary = (over: Partial<ContractSummary> = {}): ContractSummary =>
  ({
    id: 'k1',
    number: 'HT202612-0001',
    customerId: 'c1',
    customerName: '常州市恒瑞暖通设备有限公司',
    type: 'sales',
    title: '恒瑞 2027 热泵机组采购',
    status: 'PENDING_APPROVAL',
    customOrder: false,
    orderReviewState: null,
    signingDate: null,
    startDate: null,
    endDate: null,
    total: '678000.00',
    revision: 1,
    ownerId: 'u1',
    ownerName: 'Alice',
    departmentId: null,
    createdAt: '2026-12-01T00:00:00.000Z',
    updatedAt: '2026-12-01T00:00:00.000Z',
    version: 2,
    ...over,
  }) as ContractSummary;

describe('contract list', { timeout: 20000 }, () => {
  afterEach(() => {
    setHttpClient(original);
    localStorage.clear();
    document.body.innerHTML = '';
  });

  it('lists contracts with status and amount, filters by a view and by amount, and opens one', async () => {
    const api = fakeApi({
      'GET /api/v1/settings/rules': () => json([]),
      'GET /api/v1/dictionaries': () => json([]),
      'GET /api/v1/contracts': () => json({ items: [summary()], total: 1, page: 1, pageSize: 20 }),
    });
    const { plugins, router } = setupApp(['contract:read', 'contract:write']);
    const wrapper = mount(ContractList, { global: { plugins }, attachTo: document.body });
    await router.isReady();
    await flushPromises();
    const lists = () => api.calls.filter((c) => c.path === '/api/v1/contracts');
    expect(lists()[0].url.searchParams.get('sort')).toBe('-createdAt');
    expect(wrapper.get('[data-testid="contracts-status-HT202612-0001"]').text()).toBe('In approval');
    expect(wrapper.get('[data-testid="contracts-table"]').text()).toContain('678,000.00');
    // The search box sends `q` (number, title, buyer, customer).
    await wrapper.get('input[data-testid="contracts-search-q"]').setValue('梧桐湾');
    await wrapper.get('[data-testid="contracts-search"]').trigger('click');
    await flushPromises();
    expect(lists().at(-1)?.url.searchParams.get('q')).toBe('梧桐湾');
    await wrapper.get('input[data-testid="contracts-search-q"]').setValue('');

    await wrapper.get('[data-testid="contracts-view-drafts"]').trigger('click');
    await flushPromises();
    expect(lists().at(-1)?.url.searchParams.get('status')).toBe('DRAFT');

    await wrapper.get('input[data-testid="contracts-filter-amount-min"]').setValue('100000');
    await wrapper.get('[data-testid="contracts-search"]').trigger('click');
    await flushPromises();
    const last = lists().at(-1)?.url.searchParams;
    expect(last?.get('amountMin')).toBe('100000');
    expect(last?.get('status')).toBe('DRAFT');

    await wrapper.get('[data-testid="contracts-row-HT202612-0001"]').trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('contract-detail'), { timeout: 10000 });
    expect(router.currentRoute.value.params.id).toBe('k1');
  });
});
