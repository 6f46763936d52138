import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { http, setHttpClient } from '../../api/http';
import type { TeamMember } from '../../api/types';
import { fakeApi, json } from '../../testing/fake-api';
import { setupApp } from '../../testing/helpers';
import CustomerTeam from './components/customer-team.vue';

const original = http;
const member = (over: Partial<TeamMember> = {}): TeamMember => ({
  customerId: 'c1',
  userId: 'u2',
  username: 'rep2',
  displayName: '刘洋',
  departmentId: null,
  access: 'READ',
  ...over,
});

describe('customer team', { timeout: 20000 }, () => {
  afterEach(() => {
    setHttpClient(original);
    document.body.innerHTML = '';
  });

  it('lists the team and, for someone who manages it, changes a seat’s access', async () => {
    let team = [member()];
    const api = fakeApi({
      'GET /api/v1/customers/c1/team': () => json(team),
      'PUT /api/v1/customers/c1/team/u2': (_r, body) => {
        team = [member({ access: (body as { access: TeamMember['access'] }).access })];
        return json(team[0]);
      },
    });
    const { plugins, router } = setupApp(['customer:read', 'customer:write', 'user:read']);
    const wrapper = mount(CustomerTeam, { props: { customerId: 'c1' }, global: { plugins }, attachTo: document.body });
    await router.isReady(); // the router's first navigation lazy-loads the home page; let it end inside the test
    await flushPromises();
    expect(wrapper.get('[data-testid="team-row-rep2"]').text()).toBe('刘洋 (rep2)');
    expect(wrapper.get('[data-testid="team-table"]').text()).toContain('Can view');
    await wrapper.get('[data-testid="team-toggle-rep2"]').trigger('click');
    await flushPromises();
    const put = api.calls.find((c) => c.method === 'PUT');
    expect(put?.body).toEqual({ access: 'WRITE' });
    expect(wrapper.get('[data-testid="team-table"]').text()).toContain('Can edit');
  });

  it('shows the team read-only without customer:write', async () => {
    fakeApi({ 'GET /api/v1/customers/c1/team': () => json([member()]) });
    const { plugins, router } = setupApp(['customer:read']);
    const wrapper = mount(CustomerTeam, { props: { customerId: 'c1' }, global: { plugins }, attachTo: document.body });
    await router.isReady();
    await flushPromises();
    expect(wrapper.find('[data-testid="team-row-rep2"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="team-add"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="team-toggle-rep2"]').exists()).toBe(false);
  });
});
