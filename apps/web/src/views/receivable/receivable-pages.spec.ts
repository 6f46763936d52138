import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Ref } from 'vue';
import type { EChartsOption } from 'echarts';
import { http, setHttpClient } from '../../api/http';
import type { Payment } from '../../api/types';
import { useAuthStore } from '../../stores/auth';
import { fakeApi, json, must } from '../../testing/fake-api';
import { fakeMe, setupApp } from '../../testing/helpers';
import HomePage from '../home/index.vue';
import AgingPage from './aging/index.vue';
import ConfirmationsPage from './confirmations/index.vue';
import OverduePage from './overdue/index.vue';

// ECharts needs a canvas: the option the page hands to the chart is what is checked.
const charts = vi.hoisted(() => ({ options: [] as Ref<EChartsOption | null | undefined>[] }));
vi.mock('../../utils/echarts', () => ({
  useChart: (_el: unknown, option: Ref<EChartsOption | null | undefined>) => {
    charts.options.push(option);
    return {};
  },
}));

const original = http;
const body = () => document.body;
const payment = (id: string, amount: string): Payment => ({
  id,
  contractId: `k-${id}`,
  contractNumber: `HT202612-000${id.slice(1)}`,
  instalmentId: null,
  kind: 'PAYMENT',
  status: 'PENDING',
  amount,
  paidOn: '2026-12-01',
  method: 'bank_transfer',
  payerAccount: null,
  handlerId: null,
  note: null,
  attachmentFileId: null,
  reversesId: null,
  reversedById: null,
  reason: null,
  decidedBy: null,
  decidedAt: null,
  allocations: [],
  createdBy: 'u2',
  createdAt: '2026-12-01T00:00:00.000Z',
  version: 1,
});
const base = { 'GET /api/v1/settings/rules': () => json([]), 'GET /api/v1/dictionaries': () => json([]), 'GET /api/v1/list-views': () => json([]) };

describe('receivable pages', { timeout: 30000 }, () => {
  afterEach(() => {
    setHttpClient(original);
    charts.options.length = 0;
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('the confirmation queue asks the pending payments oldest first, confirms the selection together and lists the ones that failed', async () => {
    let queue = [payment('p1', '50000.00'), payment('p2', '1200.00'), payment('p3', '99.99')];
    const api = fakeApi({
      ...base,
      'GET /api/v1/payments': () => json({ items: queue, total: queue.length, page: 1, pageSize: 20 }),
      'POST /api/v1/payments/confirmations': (_r, b) => {
        const ids = (b as { paymentIds: string[] }).paymentIds;
        queue = queue.filter((p) => !ids.includes(p.id) || p.id === 'p2');
        return json({
          results: ids.map((id) =>
            id === 'p2'
              ? {
                  paymentId: id,
                  status: 'FAILED',
                  problem: { type: 'https://kehu.dev/problems/payment-exceeds-outstanding', title: 'The payment is more than is outstanding', status: 409 },
                }
              : { paymentId: id, status: 'CONFIRMED' },
          ),
        });
      },
    });
    const { plugins, router } = setupApp(['receivable:read', 'payment:confirm']);
    await router.push('/payment-confirmations');
    const wrapper = mount(ConfirmationsPage, { global: { plugins }, attachTo: body() });
    await flushPromises();
    const list = must(api.calls.find((c) => c.path === '/api/v1/payments'));
    expect(list.url.searchParams.get('status')).toBe('PENDING');
    expect(list.url.searchParams.get('sort')).toBe('createdAt');

    const boxes = wrapper.findAll('.el-table__body .el-checkbox');
    expect(boxes).toHaveLength(3);
    for (const box of boxes.slice(0, 2)) await box.trigger('click');
    await flushPromises();
    await wrapper.get('[data-testid="payment-confirmations-batch-confirm"]').trigger('click');
    await vi.waitFor(() => expect(body().querySelector('.confirm-dialog')).not.toBeNull());
    must(body().querySelector<HTMLElement>('.confirm-dialog .el-button--primary')).click();
    await vi.waitFor(() => expect(wrapper.find('[data-testid="payment-confirmations-failures"]').exists()).toBe(true));
    expect(must(api.calls.find((c) => c.path === '/api/v1/payments/confirmations')).body).toEqual({ paymentIds: ['p1', 'p2'] });
    expect(wrapper.get('[data-testid="payment-confirmations-failure-p2"]').text()).toBe(
      'HT202612-0002 · 1,200.00: The payment is more than is outstanding (payments awaiting confirmation count).',
    );
    // Read again: the confirmed one left the queue, the failed one stays.
    expect(wrapper.find('[data-testid="payment-confirmations-amount-p1"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="payment-confirmations-amount-p2"]').exists()).toBe(true);
  });

  it('the overdue list asks only overdue instalments, with the owner the link gave, and leads to the contract', async () => {
    const api = fakeApi({
      ...base,
      'GET /api/v1/receivable-instalments': () =>
        json({
          items: [
            {
              id: 'i1', contractId: 'k1', contractNumber: 'HT202612-0001', customerId: 'c1', customerName: '常州市恒瑞暖通设备有限公司', ownerId: 'u2', ownerName: '张伟',
              number: 1, dueDate: '2026-11-30', amount: '300000.00', received: '100000.00', outstanding: '200000.00', state: 'OVERDUE', daysOverdue: 7,
            },
          ],
          total: 1, page: 1, pageSize: 20,
        }),
    });
    const { plugins, router } = setupApp(['receivable:read', 'contract:read']);
    await router.push('/overdue-instalments?ownerId=u2');
    const wrapper = mount(OverduePage, { global: { plugins } });
    await flushPromises();
    const query = must(api.calls.find((c) => c.path === '/api/v1/receivable-instalments')).url.searchParams;
    expect(query.get('state')).toBe('OVERDUE');
    expect(query.get('ownerId')).toBe('u2');
    expect(wrapper.get('[data-testid="overdue-row-i1"]').attributes('href')).toBe('/contracts/k1');
    expect(wrapper.text()).toContain('200,000.00');
  });

  it('home: the rep counts his own overdue instalments; finance all of them and the payments to confirm; each links to the list filtered as counted', async () => {
    const api = fakeApi({
      'GET /api/v1/receivable-instalments': (request) => json({ items: [], total: new URL(request.url).searchParams.get('ownerId') ? 3 : 41, page: 1, pageSize: 1 }),
      'GET /api/v1/payments': (request) => json({ items: [], total: new URL(request.url).searchParams.get('status') === 'PENDING' ? 5 : 900, page: 1, pageSize: 1 }),
      'GET /api/v1/reminders': () => json({ items: [], counts: { total: 0, overdue: 0, byKind: {} } }),
      'GET /api/v1/approvals/pending-count': () => json({ count: 0 }),
    });
    for (const [permissions, cards] of [
      [['receivable:read', 'receivable:write'], [['myOverdueInstalments', '3', '/overdue-instalments?ownerId=u1']]],
      [
        ['receivable:read', 'receivable:write', 'payment:confirm'],
        [
          ['paymentsToConfirm', '5', '/payment-confirmations'],
          ['overdueInstalments', '41', '/overdue-instalments'],
        ],
      ],
    ] as const) {
      const { plugins, router } = setupApp();
      useAuthStore().me = fakeMe([...permissions]);
      await router.push('/');
      const wrapper = mount(HomePage, { global: { plugins } });
      await flushPromises();
      expect(wrapper.findAll('[data-testid^="home-card-"]').map((c) => c.attributes('data-testid'))).toEqual(cards.map(([card]) => `home-card-${card}`));
      for (const [card, total, href] of cards) {
        const count = wrapper.get(`[data-testid="home-count-${card}"]`);
        expect(count.text()).toBe(total);
        expect(count.attributes('href')).toBe(href);
      }
      wrapper.unmount();
    }
    const asked = api.calls.filter((c) => c.path === '/api/v1/receivable-instalments').map((c) => c.url.searchParams);
    expect(asked.every((q) => q.get('state') === 'OVERDUE')).toBe(true);
  });

  it('aging: the table with the server’s totals, the chart stacked per bucket, regrouped on demand', async () => {
    const report = (groupBy: string) => ({
      asOf: '2026-12-07',
      groupBy,
      rows: [
        { key: 'c1', name: '常州市恒瑞暖通设备有限公司', days0to30: '200000.00', days31to60: '0.00', days61to90: '0.00', over90: '1234567.89', total: '1434567.89' },
        { key: null, name: null, days0to30: '0.01', days31to60: '0.00', days61to90: '0.00', over90: '0.00', total: '0.01' },
      ],
      totals: { days0to30: '200000.01', days31to60: '0.00', days61to90: '0.00', over90: '1234567.89', total: '1434567.90' },
    });
    const api = fakeApi({
      ...base,
      'GET /api/v1/reports/receivables-aging': (request) => {
        const q = new URL(request.url).searchParams;
        if (q.get('format') !== 'csv') return json(report(q.get('groupBy') ?? ''));
        return new Response('\uFEFF负责人,1–30 天\r\n', {
          headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': "attachment; filename=\"aging.csv\"; filename*=UTF-8''%E5%BA%94%E6%94%B6%E8%B4%A6%E9%BE%84.csv" },
        });
      },
    });
    const saved: { name: string; blob: Blob }[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push({ name: '', blob: blob as Blob });
      return 'blob:test/aging';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved[saved.length - 1].name = this.download;
    });
    const { plugins } = setupApp(['receivable:read']);
    const wrapper = mount(AgingPage, { global: { plugins }, attachTo: body() });
    await flushPromises();
    const table = wrapper.get('[data-testid="aging-table"]').text();
    expect(table).toContain('1,234,567.89');
    // The totals row is the server's figures (1,434,567.90), not a sum of rounded numbers.
    expect(wrapper.get('.el-table__footer').text()).toContain('1,434,567.90');
    expect(table).toContain('(none)');
    const option = must(charts.options[0]?.value) as { series: { name: string; stack: string; data: number[] }[]; xAxis: { data: string[] } };
    expect(option.xAxis.data).toEqual(['常州市恒瑞暖通设备有限公司', '(none)']);
    expect(option.series.map((s) => [s.name, s.stack, s.data])).toEqual([
      ['1–30 days', 'aging', [200000, 0.01]],
      ['31–60 days', 'aging', [0, 0]],
      ['61–90 days', 'aging', [0, 0]],
      ['Over 90 days', 'aging', [1234567.89, 0]],
    ]);
    await wrapper.get('[data-testid="aging-group-owner"] input').setValue(true);
    await flushPromises();
    expect(api.calls.filter((c) => c.path === '/api/v1/reports/receivables-aging').map((c) => c.url.searchParams.get('groupBy'))).toEqual(['customer', 'owner']);

    // The export is the server's CSV of the grouping shown, saved under the name it gives.
    await wrapper.get('[data-testid="aging-export"]').trigger('click');
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    const csv = must(api.calls.at(-1));
    expect([csv.url.searchParams.get('groupBy'), csv.url.searchParams.get('format'), csv.headers.get('accept')]).toEqual(['owner', 'csv', 'text/csv']);
    expect(saved[0].name).toBe('应收账龄.csv');
    expect(await saved[0].blob.text()).toContain('负责人,1–30 天');
  });
});
