import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { http, setHttpClient } from '../../api/http';
import { useAuthStore } from '../../stores/auth';
import { fakeApi, json } from '../../testing/fake-api';
import { fakeMe, setupApp } from '../../testing/helpers';
import { emptyFilters, filtersFromRoute, routeQueryOf, toCustomerQuery } from '../customer/customer-query';
import HomePage from './index.vue';

const original = http;

/** The customer list answers a total per filter combination, like the server would. */
function customersApi(totals: Record<string, number>, pendingCount = 16) {
  return fakeApi({
    'GET /api/v1/customers': (request) => {
      const q = new URL(request.url).searchParams;
      const key = [q.get('mine') ? 'mine' : 'team', q.get('hasOverdueReminder') ? 'due' : 'all'].join('-');
      return json({ items: [], total: totals[key] ?? 0, page: 1, pageSize: 1 });
    },
    'GET /api/v1/approvals/pending-count': () => json({ count: pendingCount }),
    'GET /api/v1/reminders': () => json({ items: [], counts: { total: 0, overdue: 0, byKind: {} } }),
  });
}

async function home(permissions: string[], dataScope: 'SELF' | 'DEPARTMENT') {
  const { plugins, router } = setupApp();
  useAuthStore().me = fakeMe(permissions, { dataScope });
  await router.push('/');
  const wrapper = mount(HomePage, { global: { plugins } });
  return { wrapper, router };
}

describe('home page', () => {
  afterEach(() => {
    setHttpClient(original);
    document.body.innerHTML = '';
  });

  it('a rep gets his own counters (skeletons first), each linking to the list filtered to what it counts, and no approvals card', async () => {
    const api = customersApi({ 'mine-all': 12, 'mine-due': 3 });
    const { wrapper } = await home(['customer:read'], 'SELF');
    expect(wrapper.find('[data-testid="home-skeleton-myCustomers"]').exists()).toBe(true);
    expect(wrapper.text()).not.toContain('—');
    await flushPromises();
    const cards = wrapper.findAll('[data-testid^="home-card-"]').map((c) => c.attributes('data-testid'));
    expect(cards).toEqual(['home-card-myCustomers', 'home-card-myFollowUpsDue']);
    expect(wrapper.text()).not.toContain('Awaiting my approval');
    expect(api.calls.some((c) => c.path.startsWith('/api/v1/approvals'))).toBe(false);

    const mine = wrapper.get('[data-testid="home-count-myCustomers"]');
    expect(mine.text()).toBe('12');
    expect(mine.attributes('href')).toBe('/customers?mine=1');
    const due = wrapper.get('[data-testid="home-count-myFollowUpsDue"]');
    expect(due.text()).toBe('3');
    expect(due.attributes('href')).toBe('/customers?mine=1&hasOverdueReminder=1');
  });

  it('a manager who may approve also gets the team counters and the requests awaiting him', async () => {
    customersApi({ 'mine-all': 2, 'mine-due': 1, 'team-all': 40, 'team-due': 7 }, 16);
    const { wrapper } = await home(['customer:read', 'approval:decide'], 'DEPARTMENT');
    await flushPromises();
    const cards = wrapper.findAll('[data-testid^="home-card-"]').map((c) => c.attributes('data-testid'));
    expect(cards).toEqual([
      'home-card-pendingApprovals',
      'home-card-myCustomers',
      'home-card-myFollowUpsDue',
      'home-card-teamCustomers',
      'home-card-teamFollowUpsDue',
    ]);
    expect(wrapper.get('[data-testid="home-count-pendingApprovals"]').text()).toBe('16');
    expect(wrapper.get('[data-testid="home-count-pendingApprovals"]').attributes('href')).toBe('/approvals?tab=pending');
    expect(wrapper.get('[data-testid="home-count-teamFollowUpsDue"]').text()).toBe('7');
    expect(wrapper.get('[data-testid="home-count-teamFollowUpsDue"]').attributes('href')).toBe('/customers?hasOverdueReminder=1');
  });

  it('a user without the customer module sees no customer card (no "coming soon")', async () => {
    customersApi({});
    const { wrapper } = await home([], 'SELF');
    await flushPromises();
    expect(wrapper.findAll('[data-testid^="home-card-"]')).toHaveLength(0);
    expect(wrapper.text()).not.toMatch(/coming soon/i);
  });

  it('the list reads back from its route query exactly the filters the counter counted', () => {
    const filters = { mine: true, hasOverdueReminder: true, status: 'PROTECTED' as const, created: ['2026-05-01', '2026-05-07'] as [string, string] };
    const read = filtersFromRoute(routeQueryOf(filters));
    expect(toCustomerQuery({ ...emptyFilters(), ...read })).toEqual(toCustomerQuery({ ...emptyFilters(), ...filters }));
    expect(filtersFromRoute({ mine: 'yes', createdFrom: 'x', createdTo: '2026-01-01' })).toEqual({});
  });
});
