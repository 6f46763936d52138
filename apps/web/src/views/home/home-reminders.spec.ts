import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { http, setHttpClient } from '../../api/http';
import type { Reminder } from '../../api/types';
import { fakeApi, json } from '../../testing/fake-api';
import { setupApp } from '../../testing/helpers';
import HomeReminders from './components/home-reminders.vue';
import RemindersBadge from '../../layouts/components/reminders-badge.vue';

const original = http;
const reminder = (over: Partial<Reminder> = {}): Reminder => ({
  kind: 'follow-up',
  subjectType: 'customer',
  subjectId: 'c1',
  title: '靖江市春意空调有限公司',
  detail: '回访报价',
  params: null,
  dueAt: '2026-05-01T09:00:00Z',
  allDay: false,
  overdue: false,
  ...over,
});

describe('reminders', { timeout: 20000 }, () => {
  afterEach(() => {
    setHttpClient(original);
    document.body.innerHTML = '';
  });

  it('home card lists reminders, overdue ones in red, and opens the customer on click', async () => {
    fakeApi({
      'GET /api/v1/reminders': () =>
        json({
          items: [reminder({ overdue: true }), reminder({ subjectId: 'c2', title: 'Acme Ltd', detail: 'Send quote' })],
          counts: { total: 2, overdue: 1, byKind: { 'follow-up': 2 } },
        }),
    });
    const { plugins, router } = setupApp([]);
    const push = vi.spyOn(router, 'push');
    const wrapper = mount(HomeReminders, { global: { plugins } });
    await flushPromises();
    const overdue = wrapper.get('[data-testid="home-reminder-靖江市春意空调有限公司"]');
    const due = wrapper.get('[data-testid="home-reminder-Acme Ltd"]');
    expect(overdue.classes()).toContain('overdue');
    expect(due.classes()).not.toContain('overdue');
    expect(overdue.text()).toContain('回访报价');
    expect(overdue.text()).toContain('Overdue');
    expect(wrapper.get('[data-testid="home-reminders-overdue"]').text()).toContain('1');
    await due.trigger('click');
    expect(push).toHaveBeenCalledWith({ name: 'customer-detail', params: { id: 'c2' } });
  });

  it('header badge shows the total, red when something is overdue, and refreshes on navigation', async () => {
    let overdue = 0;
    const api = fakeApi({
      'GET /api/v1/reminders': () => json({ items: [], counts: { total: 3, overdue, byKind: {} } }),
    });
    const { plugins, router } = setupApp([]);
    await router.push('/');
    const wrapper = mount(RemindersBadge, { global: { plugins } });
    await flushPromises();
    const badge = wrapper.get('[data-testid="header-reminders-badge"]');
    expect(badge.text()).toContain('3');
    expect(badge.classes()).not.toContain('overdue');
    overdue = 2;
    await router.push('/approvals');
    await flushPromises();
    expect(api.calls.filter((c) => c.path === '/api/v1/reminders')).toHaveLength(2);
    expect(wrapper.get('[data-testid="header-reminders-badge"]').classes()).toContain('overdue');
    // Without approval:decide the bell does not ask for approvals at all.
    expect(api.calls.filter((c) => c.path === '/api/v1/approvals')).toHaveLength(0);
  });

  it('the bell counts reminders and requests awaiting my decision, and opens a list of links to them', async () => {
    const approval = {
      id: 'a1',
      subjectType: 'customer.extension',
      subjectId: 'c9',
      subjectTitle: '常州市金坛暖通设备有限公司',
      requesterName: '张伟',
    };
    const api = fakeApi({
      'GET /api/v1/reminders': () =>
        json({ items: [reminder({ subjectId: 'c2', title: 'Acme Ltd' })], counts: { total: 1, overdue: 0, byKind: { 'follow-up': 1 } } }),
      'GET /api/v1/approvals': () => json({ items: [approval], total: 16, page: 1, pageSize: 5 }),
    });
    const { plugins, router } = setupApp(['approval:decide']);
    await router.push('/');
    const wrapper = mount(RemindersBadge, { global: { plugins }, attachTo: document.body });
    await flushPromises();
    const badge = wrapper.get('[data-testid="header-reminders-badge"]');
    expect(badge.attributes('data-total')).toBe('17');
    expect(badge.text()).toContain('17');
    expect(api.calls.find((c) => c.path === '/api/v1/approvals')?.url.searchParams.get('status')).toBe('pending');
    await badge.trigger('click');
    await flushPromises();
    const entry = document.querySelector<HTMLAnchorElement>('[data-testid="bell-approval-a1"]');
    expect(entry?.textContent).toContain('Protection extension');
    expect(entry?.getAttribute('href')).toBe('/customers/c9');
    expect(document.querySelector('[data-testid="bell-reminder-Acme Ltd"]')?.getAttribute('href')).toBe('/customers/c2');
    expect(document.querySelector('[data-testid="bell-all-approvals"]')?.textContent).toContain('16');
  });

  it('protection-expiring and churn-alert reminders are labelled and lead to the customer / the churn alert', async () => {
    fakeApi({
      'GET /api/v1/reminders': () =>
        json({
          items: [
            reminder({ kind: 'protection-expiring', subjectId: 'c3', title: 'Expiring Co', detail: 'INTENT' }),
            reminder({ kind: 'churn-alert', subjectType: 'churn-alert', subjectId: 'ch1', title: 'Quiet Co', detail: null }),
          ],
          counts: { total: 2, overdue: 0, byKind: { 'protection-expiring': 1, 'churn-alert': 1 } },
        }),
    });
    const { plugins, router } = setupApp([]);
    const push = vi.spyOn(router, 'push');
    const wrapper = mount(HomeReminders, { global: { plugins } });
    await flushPromises();
    const expiring = wrapper.get('[data-testid="home-reminder-Expiring Co"]');
    expect(expiring.text()).toContain('Protection expiring');
    expect(expiring.text()).toContain('Intent protection');
    const churn = wrapper.get('[data-testid="home-reminder-Quiet Co"]');
    expect(churn.text()).toContain('Churn alert');
    expect(churn.classes()).toContain('clickable');
    await expiring.trigger('click');
    expect(push).toHaveBeenCalledWith({ name: 'customer-detail', params: { id: 'c3' } });
    await churn.trigger('click');
    expect(push).toHaveBeenCalledWith({ name: 'churn-alerts', query: { id: 'ch1' } });
  });

  it('phrases a reminder from its facts in the reader’s language, amounts with thousands separators, not the server’s Chinese line', async () => {
    fakeApi({
      'GET /api/v1/reminders': () =>
        json({
          items: [
            reminder({
              kind: 'overdue-instalment',
              subjectType: 'contract',
              subjectId: 'k1',
              title: 'HT202612-0001',
              detail: '第 2 期回款，应收 349344.00，到期 2026-11-27',
              params: { phrase: 'overdueInstalment', instalment: '2', outstanding: '349344.00', dueDate: '2026-11-27' },
              // The start of 27 November in Shanghai: due on that day, shown as the date alone.
              dueAt: '2026-11-26T16:00:00.000Z',
              allDay: true,
              overdue: true,
            }),
            reminder({ kind: 'contract-number-expiring', subjectType: 'contract-number', subjectId: 'n1', title: 'HT202612-0009', detail: '预领合同编号即将作废', params: { phrase: 'numberExpiring' } }),
          ],
          counts: { total: 2, overdue: 1, byKind: { 'overdue-instalment': 1, 'contract-number-expiring': 1 } },
        }),
    });
    const { plugins } = setupApp([]);
    const wrapper = mount(HomeReminders, { global: { plugins } });
    await flushPromises();
    const instalment = wrapper.get('[data-testid="home-reminder-HT202612-0001"]');
    expect(instalment.text()).toContain('Instalment 2: 349,344.00 outstanding, due 2026-11-27');
    expect(instalment.get('.due').text()).toBe('Overdue · Due 11/27/2026');
    expect(wrapper.get('[data-testid="home-reminder-HT202612-0009"]').text()).toContain('Reserved number about to lapse');
    expect(wrapper.text()).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
