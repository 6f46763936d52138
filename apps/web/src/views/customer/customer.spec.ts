import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { http, setHttpClient } from '../../api/http';
import type { DuplicateCandidate } from '../../api/types';
import { resetDictionaries } from '../../composables/use-dictionaries';
import { fakeApi, json, must } from '../../testing/fake-api';
import { setupApp } from '../../testing/helpers';
import CustomerDuplicateHints from './components/customer-duplicate-hints.vue';
import CustomerFormDrawer from './components/customer-form-drawer.vue';
import { emptyFilters, toCustomerQuery } from './customer-query';
import { protectionDaysLeft, toMoney } from './customer-status';
import CustomersPage from './list/index.vue';

const original = http;
const candidate = (over: Partial<DuplicateCandidate> = {}): DuplicateCandidate => ({
  id: 'c1',
  name: '靖江市春意空调有限公司',
  shortName: '春意空调',
  status: 'POTENTIAL',
  ownerName: 'Zhang Wei',
  score: 0.82,
  matchedOn: ['name'],
  visible: true,
  phone: '0523-84888888',
  code: 'KH1',
  ...over,
});
const dictionaries = () =>
  json([
    {
      code: 'industry',
      name: '行业',
      nameEn: 'Industry',
      description: null,
      items: [
        {
          id: 'i1',
          code: 'manufacturing',
          label: '制造业',
          labelEn: 'Manufacturing',
          sortOrder: 1,
          enabled: true,
          builtIn: true,
          version: 1,
        },
      ],
    },
  ]);
const byTestId = (id: string) => document.body.querySelector<HTMLElement>(`[data-testid="${id}"]`);

describe('customers', { timeout: 20000 }, () => {
  afterEach(() => {
    setHttpClient(original);
    resetDictionaries();
    document.body.innerHTML = '';
    vi.useRealTimers();
    localStorage.clear();
  });

  it('turns the search form into API query params (empty filters dropped, day ranges as [from, next day))', () => {
    expect(toCustomerQuery(emptyFilters(), { page: 1, pageSize: 20 })).toEqual({ page: 1, pageSize: 20 });
    const query = toCustomerQuery(
      {
        ...emptyFilters(),
        q: '  春意 ',
        status: 'INTENT',
        industry: 'manufacturing',
        categoryId: 'cat1',
        created: ['2026-03-01', '2026-03-31'],
        lastContact: ['2026-04-01', '2026-04-02'],
        hasOverdueReminder: true,
        mine: true,
      },
      { page: 2, pageSize: 50, sort: '-createdAt' },
    );
    expect(query).toEqual({
      page: 2,
      pageSize: 50,
      sort: '-createdAt',
      q: '春意',
      status: 'INTENT',
      industry: 'manufacturing',
      categoryId: 'cat1',
      createdFrom: new Date(2026, 2, 1).toISOString(),
      createdTo: new Date(2026, 3, 1).toISOString(),
      lastContactFrom: new Date(2026, 3, 1).toISOString(),
      lastContactTo: new Date(2026, 3, 3).toISOString(),
      hasOverdueReminder: true,
      mine: true,
    });
  });

  it('list page sends the typed search and checked filters to GET /customers', async () => {
    const api = fakeApi({
      'GET /api/v1/customers': () => json({ items: [], total: 0, page: 1, pageSize: 20 }),
      'GET /api/v1/dictionaries': dictionaries,
      'GET /api/v1/customer-categories': () => json([]),
      'GET /api/v1/departments/tree': () => json([]),
    });
    const { plugins } = setupApp(['customer:read', 'customer:write']);
    const wrapper = mount(CustomersPage, { global: { plugins }, attachTo: document.body });
    await flushPromises();
    await wrapper.get('input[data-testid="customers-search-q"]').setValue('春意');
    await wrapper.get('[data-testid="customers-filter-mine"]').find('input').setValue(true);
    await wrapper.get('[data-testid="customers-search"]').trigger('click');
    await flushPromises();
    const lists = api.calls.filter((c) => c.path === '/api/v1/customers');
    const last = must(lists.at(-1)).url.searchParams;
    expect(last.get('q')).toBe('春意');
    expect(last.get('mine')).toBe('true');
    expect(last.get('page')).toBe('1');
    expect(last.has('hasOverdueReminder')).toBe(false);
    expect(last.has('status')).toBe(false);

    // One 状态 filter in the words the rows show: 潜在 as a whole, or one of its protection stages.
    const state = must(
      wrapper.findAllComponents({ name: 'ElSelect' }).find((s) => s.attributes('data-testid') === 'customers-filter-status'),
    );
    expect(state.findAllComponents({ name: 'ElOption' }).map((o) => o.props('label'))).toEqual([
      'Potential',
      'Awaiting review',
      'Protected',
      'Review rejected',
      'Intent',
      'Formal',
      'Public pool',
      'Lost',
    ]);
    state.vm.$emit('update:modelValue', 'POTENTIAL_PROTECTED');
    await wrapper.get('[data-testid="customers-search"]').trigger('click');
    await flushPromises();
    const byStage = must(api.calls.filter((c) => c.path === '/api/v1/customers').at(-1)).url.searchParams;
    expect([byStage.get('stage'), byStage.has('status')]).toEqual(['POTENTIAL_PROTECTED', false]);
    state.vm.$emit('update:modelValue', 'INTENT');
    await wrapper.get('[data-testid="customers-search"]').trigger('click');
    await flushPromises();
    const byStatus = must(api.calls.filter((c) => c.path === '/api/v1/customers').at(-1)).url.searchParams;
    expect([byStatus.get('status'), byStatus.has('stage')]).toEqual(['INTENT', false]);
  });

  it('duplicate hints wait 300 ms after typing stops, need 2 characters, and render the candidates', async () => {
    vi.useFakeTimers();
    // Customers outside my scope come without id, short name, phone or code (two of them here).
    const hidden = (name: string, score: number) =>
      candidate({ id: null, name, shortName: null, visible: false, score, matchedOn: ['name'], phone: null, code: null });
    const api = fakeApi({ 'GET /api/v1/customers/duplicates': () => json([candidate(), hidden('Other Co', 1), hidden('Third Co', 0.5)]) });
    const { plugins } = setupApp(['customer:read']);
    const wrapper = mount(CustomerDuplicateHints, { props: { name: '' }, global: { plugins } });
    await wrapper.setProps({ name: '春' });
    vi.advanceTimersByTime(500);
    expect(api.calls).toHaveLength(0);
    await wrapper.setProps({ name: '春意' });
    vi.advanceTimersByTime(200);
    await wrapper.setProps({ name: '春意空' });
    vi.advanceTimersByTime(299);
    expect(api.calls).toHaveLength(0);
    vi.advanceTimersByTime(1);
    vi.useRealTimers();
    await vi.waitFor(() => expect(wrapper.find('[data-testid="customer-duplicate-hints"]').exists()).toBe(true));
    expect(api.calls).toHaveLength(1);
    expect(api.calls[0].url.searchParams.get('q')).toBe('春意空');
    // best score first; the invisible one is listed but not clickable
    const rows = wrapper.findAll('[data-testid^="customer-duplicate-hint-"]');
    expect(rows.map((r) => r.attributes('data-testid'))).toEqual([
      'customer-duplicate-hint-Other Co',
      'customer-duplicate-hint-靖江市春意空调有限公司',
      'customer-duplicate-hint-Third Co',
    ]);
    expect(rows[1].text()).toContain('Zhang Wei');
    expect(rows[1].text()).toContain('82%');
    await rows[0].trigger('click');
    expect(wrapper.emitted('open')).toBeUndefined();
    await rows[1].trigger('click');
    expect(must(wrapper.emitted('open'))[0]).toEqual([candidate()]);
  });

  it('a 409 duplicate-customer answer is shown on the name field, naming the existing record', async () => {
    const api = fakeApi({
      'GET /api/v1/dictionaries': dictionaries,
      'GET /api/v1/customers/duplicates': () => json([]),
      'POST /api/v1/customers': () =>
        new Response(
          JSON.stringify({
            type: 'https://kehu.dev/problems/duplicate-customer',
            title: 'Duplicate customer',
            status: 409,
            detail: '靖江市春意空调有限公司 (POTENTIAL, owner Zhang Wei) already has this name',
            existing: { id: null, name: '靖江市春意空调有限公司', status: 'POTENTIAL', ownerName: 'Zhang Wei' },
            errors: [{ field: 'name', message: 'already used by 靖江市春意空调有限公司', code: 'duplicate' }],
          }),
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    });
    const { plugins } = setupApp(['customer:write']);
    const wrapper = mount(CustomerFormDrawer, { props: { categories: [] }, global: { plugins }, attachTo: document.body });
    wrapper.vm.open();
    await flushPromises();
    Object.assign(wrapper.vm.model, {
      name: '靖江市春意空调有限公司',
      address: '人民路 88 号',
      industry: 'manufacturing',
      phone: '0523-84888888',
      description: '空调',
      registeredCapital: '5000000.5',
    });
    await flushPromises();
    must(byTestId('customer-form-save')).click();
    await vi.waitFor(() => expect(wrapper.vm.errors.name).toBeTruthy(), { timeout: 5000 });
    const post = must(api.calls.find((c) => c.method === 'POST'));
    expect(post.body).toMatchObject({ name: '靖江市春意空调有限公司', industry: 'manufacturing', registeredCapital: '5000000.50' });
    expect(post.body).not.toHaveProperty('shortName');
    expect(wrapper.vm.errors.name).toBe('Already registered: 靖江市春意空调有限公司 (Potential, owner Zhang Wei)');
    // The form item renders the error on a later tick; under load that can take a while.
    await vi.waitFor(
      () =>
        expect(document.body.querySelector('[data-testid="customer-form-drawer"]')?.textContent).toContain(
          'Already registered: 靖江市春意空调有限公司',
        ),
      { timeout: 5000 },
    );
  });

  it('list pager shows "more than" a capped total and still pages through it', async () => {
    let capped = true;
    const row = { id: 'c1', name: '靖江市春意空调有限公司', code: 'KH1', status: 'POTENTIAL', ownerName: 'Zhang Wei' };
    const api = fakeApi({
      'GET /api/v1/customers': () => json({ items: [row], total: capped ? 1000 : 37, totalCapped: capped, page: 1, pageSize: 20 }),
      'GET /api/v1/dictionaries': dictionaries,
      'GET /api/v1/customer-categories': () => json([]),
      'GET /api/v1/departments/tree': () => json([]),
    });
    const { plugins } = setupApp(['customer:read']);
    const wrapper = mount(CustomersPage, { global: { plugins }, attachTo: document.body });
    await flushPromises();
    expect(wrapper.get('[data-testid="customers-total-capped"]').text()).toBe('More than 1000');
    // 1,000 rows at 20 a page: the pager offers page 50 and fetches it.
    const last = wrapper.findAll('.el-pager li').at(-1);
    expect(must(last).text()).toBe('50');
    await must(last).trigger('click');
    await flushPromises();
    expect(must(api.calls.filter((c) => c.path === '/api/v1/customers').at(-1)).url.searchParams.get('page')).toBe('50');
    // An exact total is shown as usual.
    capped = false;
    await wrapper.get('[data-testid="customers-search"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="customers-total-capped"]').exists()).toBe(false);
    expect(wrapper.get('.el-pagination__total').text()).toContain('37');
  });

  it('money and protection helpers', () => {
    expect(toMoney('1234.5')).toBe('1234.50');
    expect(toMoney('1,000')).toBe('1000.00');
    expect(toMoney('007')).toBe('7.00');
    expect(toMoney('')).toBe('');
    expect(toMoney('abc')).toBe('abc');
    const now = Date.parse('2026-05-01T00:00:00Z');
    expect(protectionDaysLeft('2026-05-03T12:00:00Z', now)).toBe(3);
    expect(protectionDaysLeft('2026-04-30T00:00:00Z', now)).toBe(-1);
    expect(protectionDaysLeft(null, now)).toBeNull();
  });
});
