import { flushPromises, mount } from '@vue/test-utils';
import { ElMessageBox } from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { http, setHttpClient } from '../../api/http';
import type { Instalment, Payment, ReceivablePlan } from '../../api/types';
import { resetRules } from '../../composables/use-rules';
import { fakeApi, json, must } from '../../testing/fake-api';
import { setupApp } from '../../testing/helpers';
import ContractPaymentsTab from './components/contract-payments-tab.vue';
import ReceivablePlanTab from './components/receivable-plan-tab.vue';

const original = http;
const contract = { id: 'k1', number: 'HT202612-0001', status: 'ACTIVE' as const };

const instalment = (over: Partial<Instalment>): Instalment => ({
  id: 'i1',
  number: 1,
  dueDate: '2026-11-30',
  amount: '300000.00',
  received: '0.00',
  outstanding: '300000.00',
  state: 'UNPAID',
  note: null,
  version: 1,
  ...over,
});
function plan(over: Partial<ReceivablePlan> = {}): ReceivablePlan {
  return {
    contractId: 'k1',
    contractNumber: 'HT202612-0001',
    contractAmount: '678000.00',
    planned: '678000.00',
    received: '100000.00',
    pending: '0.00',
    outstanding: '578000.00',
    overdue: '200000.00',
    instalments: [
      instalment({ id: 'i1', received: '100000.00', outstanding: '200000.00', state: 'OVERDUE' }),
      instalment({ id: 'i2', number: 2, dueDate: '2027-03-31', amount: '378000.00', outstanding: '378000.00' }),
    ],
    ...over,
  };
}
const payment = (over: Partial<Payment>): Payment => ({
  id: 'p1',
  contractId: 'k1',
  contractNumber: 'HT202612-0001',
  instalmentId: null,
  kind: 'PAYMENT',
  status: 'PENDING',
  amount: '50000.00',
  paidOn: '2026-12-05',
  method: 'bank_transfer',
  payerAccount: '中国银行常州分行 6217 0000 1111',
  handlerId: 'u1',
  note: null,
  attachmentFileId: null,
  reversesId: null,
  reversedById: null,
  reason: null,
  decidedBy: null,
  decidedAt: null,
  allocations: [],
  createdBy: 'u2',
  createdAt: '2026-12-05T02:00:00.000Z',
  version: 1,
  ...over,
});

const slip = {
  id: 'a1',
  contractId: 'k1',
  fileId: 'f1',
  kind: 'OTHER',
  name: '工行回单-1205.pdf',
  size: 48213,
  contentType: 'application/pdf',
  sha256: 'ab',
  note: null,
  uploadedById: 'u1',
  uploadedByName: '张伟',
  uploadedAt: '2026-12-05T02:00:00.000Z',
};
const base = {
  'GET /api/v1/settings/rules': () => json([]),
  'GET /api/v1/contracts/k1/attachments': () => json([slip]),
  'GET /api/v1/dictionaries': () =>
    json([{ code: 'payment-method', name: '回款方式', items: [{ code: 'bank_transfer', label: '银行转账', labelEn: 'Bank transfer', enabled: true, builtIn: true, sortOrder: 1 }] }]),
};
const body = () => document.body;
const byTestId = (id: string) => body().querySelector<HTMLElement>(`[data-testid="${id}"]`);
const input = (id: string) => must(body().querySelector<HTMLInputElement>(`[data-testid="${id}"] input, input[data-testid="${id}"]`), id);
async function type(id: string, value: string) {
  const el = input(id);
  el.value = value;
  el.dispatchEvent(new Event('input'));
  await flushPromises();
}

describe('contract receivable tabs', { timeout: 30000 }, () => {
  afterEach(() => {
    setHttpClient(original);
    resetRules();
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('edits the plan: a paid instalment read-only, the sum live against the amount in force, the server’s 409 on the field', async () => {
    const api = fakeApi({
      ...base,
      'GET /api/v1/contracts/k1/receivable-plans': () => json(plan()),
      'PUT /api/v1/contracts/k1/receivable-plans': () =>
        json(
          {
            type: 'https://kehu.dev/problems/receivable-plan-sum-mismatch',
            title: 'The instalments do not add up to the contract amount',
            status: 409,
            errors: [{ field: 'instalments', message: 'add up to 678000.00, 100000.00 less than the contract amount 778000.00', code: 'sum' }],
          },
          409,
        ),
    });
    const { plugins } = setupApp(['contract:read', 'receivable:read', 'receivable:write']);
    const wrapper = mount(ReceivablePlanTab, { props: { contract, active: true }, global: { plugins }, attachTo: body() });
    await flushPromises();
    expect(wrapper.get('[data-testid="receivable-outstanding"]').text()).toBe('578,000.00');
    expect(wrapper.get('[data-testid="receivable-instalment-state-1"]').attributes('data-state')).toBe('OVERDUE');
    expect(wrapper.get('[data-testid="receivable-progress"]').text()).toContain('Received 100,000.00 of 678,000.00');

    await wrapper.get('[data-testid="receivable-plan-edit"]').trigger('click');
    await flushPromises();
    expect(input('receivable-plan-amount-0').disabled).toBe(true);
    expect(byTestId('receivable-plan-locked-0')).not.toBeNull();
    expect(byTestId('receivable-plan-remove-0')).toBeNull();
    expect(must(byTestId('receivable-plan-balance')).textContent).toContain('Adds up to the contract amount');

    await type('receivable-plan-amount-1', '377999.99');
    expect(must(byTestId('receivable-plan-balance')).textContent).toContain('0.01 short of the contract amount');
    must(byTestId('receivable-plan-add')).click();
    await flushPromises();
    // The new row proposes the remainder, due a month after the last row.
    expect(input('receivable-plan-amount-2').value).toBe('0.01');
    expect(must(byTestId('receivable-plan-balance')).textContent).toContain('Adds up to the contract amount');
    await type('receivable-plan-amount-2', '0.011');
    must(byTestId('receivable-plan-save')).click();
    await flushPromises();
    expect(must(byTestId('receivable-plan-error-2')).textContent).toContain('at most two decimals');
    expect(api.calls.some((c) => c.method === 'PUT')).toBe(false);

    must(byTestId('receivable-plan-remove-2')).click();
    await type('receivable-plan-amount-1', '378000.00');
    must(byTestId('receivable-plan-save')).click();
    await flushPromises();
    const put = must(api.calls.find((c) => c.method === 'PUT'), 'PUT');
    expect(put.body).toEqual({
      instalments: [
        { id: 'i1', dueDate: '2026-11-30', amount: '300000.00', note: null },
        { id: 'i2', dueDate: '2027-03-31', amount: '378000.00', note: null },
      ],
    });
    // An amendment raised the amount meanwhile: the server's figures, on the instalments field.
    await vi.waitFor(() =>
      expect(must(body().querySelector('[data-testid="receivable-plan-drawer"] .el-form-item__error')).textContent).toBe(
        'The instalments add up to 678,000.00; the contract amount in force is 778,000.00 (difference -100,000.00)',
      ),
    );
  });

  it('proposes a first plan from payment terms, then saves the proposal as edited', async () => {
    const api = fakeApi({
      ...base,
      'GET /api/v1/contracts/k1/receivable-plans': () => json(plan({ instalments: [], planned: '0.00', received: '0.00', outstanding: '678000.00', overdue: '0.00' })),
      'POST /api/v1/contracts/k1/receivable-plans/proposal': () =>
        json({
          contractAmount: '678000.00',
          spread: '678000.00',
          instalments: [
            { dueDate: '2027-01-06', amount: '203400.00', note: '签约后 30 日内 30%' },
            { dueDate: '2027-04-30', amount: '474600.00', note: '验收后 70%' },
          ],
        }),
      'PUT /api/v1/contracts/k1/receivable-plans': () => json(plan()),
    });
    const { plugins } = setupApp(['contract:read', 'receivable:read', 'receivable:write']);
    const wrapper = mount(ReceivablePlanTab, { props: { contract, active: true }, global: { plugins }, attachTo: body() });
    await flushPromises();
    await wrapper.get('[data-testid="receivable-plan-edit"]').trigger('click');
    await flushPromises();
    await type('receivable-plan-term-percent-0', '30');
    must(byTestId('receivable-plan-term-add')).click();
    await flushPromises();
    expect(input('receivable-plan-term-percent-1').value).toBe('70');
    expect(must(byTestId('receivable-plan-terms-sum')).textContent).toBe('Terms add up to 100 %');
    must(byTestId('receivable-plan-propose')).click();
    await vi.waitFor(() => expect(input('receivable-plan-amount-1').value).toBe('474600.00'));
    expect(must(api.calls.find((c) => c.path.endsWith('/proposal'))).body).toEqual({
      terms: [
        { percent: '30', trigger: 'SIGNING', offsetDays: 30, date: null },
        { percent: '70', trigger: 'ACCEPTANCE', offsetDays: 30, date: null },
      ],
    });
    expect(must(byTestId('receivable-plan-balance')).textContent).toContain('Adds up to the contract amount');
    await type('receivable-plan-note-1', '验收合格后 30 日内付清');
    must(byTestId('receivable-plan-save')).click();
    await vi.waitFor(() => expect(api.calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(must(api.calls.find((c) => c.method === 'PUT')).body).toEqual({
      instalments: [
        { dueDate: '2027-01-06', amount: '203400.00', note: '签约后 30 日内 30%' },
        { dueDate: '2027-04-30', amount: '474600.00', note: '验收合格后 30 日内付清' },
      ],
    });
  });

  it('the rep records a payment; finance confirms one, rejects and reverses with a reason; the figures are read again', async () => {
    let current = plan();
    let payments = [payment({}), payment({ id: 'p0', status: 'CONFIRMED', amount: '100000.00', attachmentFileId: 'f1', createdAt: '2026-12-01T00:00:00.000Z' })];
    const api = fakeApi({
      ...base,
      'GET /api/v1/contracts/k1/receivable-plans': () => json(current),
      'GET /api/v1/payments': () => json({ items: payments, total: payments.length, page: 1, pageSize: 100 }),
      'POST /api/v1/payments': (_r, b) => {
        payments = [payment({ id: 'p2', amount: (b as { amount: string }).amount }), ...payments];
        return json(payments[0], 201);
      },
      'POST /api/v1/payments/p1/confirm': () => {
        current = plan({ received: '150000.00', outstanding: '528000.00' });
        payments = payments.map((p) => (p.id === 'p1' ? { ...p, status: 'CONFIRMED' } : p));
        return json(payments.find((p) => p.id === 'p1'));
      },
      'POST /api/v1/payments/p2/reject': () => json(payment({ id: 'p2', status: 'REJECTED' })),
      'POST /api/v1/payments/p0/reverse': () => json(payment({ id: 'r0', kind: 'REVERSAL', status: 'CONFIRMED', amount: '-100000.00' })),
    });
    const { plugins } = setupApp(['contract:read', 'receivable:read', 'receivable:write', 'payment:confirm']);
    const wrapper = mount(ContractPaymentsTab, { props: { contract, active: true }, global: { plugins }, attachTo: body() });
    await flushPromises();
    expect(wrapper.get('[data-testid="payment-status-p1"]').attributes('data-status')).toBe('PENDING');
    expect(wrapper.find('[data-testid="payment-reverse-p1"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="payment-confirm-p0"]').exists()).toBe(false);
    // The bank slip a payment names is the contract's attachment of that file.
    expect(wrapper.findAll('[data-testid="payment-slip"]').map((b) => b.text())).toEqual(['工行回单-1205.pdf']);

    await wrapper.get('[data-testid="payment-record"]').trigger('click');
    await flushPromises();
    await type('payment-amount', '20000.00');
    await type('payment-payer-account', '工行 6222 0000');
    must(byTestId('payment-save')).click();
    await vi.waitFor(() => expect(api.calls.some((c) => c.method === 'POST' && c.path === '/api/v1/payments')).toBe(true));
    const record = must(api.calls.find((c) => c.method === 'POST' && c.path === '/api/v1/payments'));
    expect(record.body).toMatchObject({ contractId: 'k1', amount: '20000.00', method: 'bank_transfer', instalmentId: null, payerAccount: '工行 6222 0000', handlerId: 'u1', note: null, attachmentFileId: null });
    expect((record.body as { paidOn: string }).paidOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await vi.waitFor(() => expect(wrapper.find('[data-testid="payment-status-p2"]').exists()).toBe(true));

    // Confirm p1: asked first, then the figures are read again.
    await wrapper.get('[data-testid="payment-confirm-p1"]').trigger('click');
    await vi.waitFor(() => expect(body().querySelector('.confirm-dialog')).not.toBeNull());
    must(body().querySelector<HTMLElement>('.confirm-dialog .el-button--primary')).click();
    await vi.waitFor(() => expect(wrapper.get('[data-testid="receivable-outstanding"]').text()).toBe('528,000.00'));
    expect(wrapper.get('[data-testid="payment-status-p1"]').attributes('data-status')).toBe('CONFIRMED');

    const prompt = vi.spyOn(ElMessageBox, 'prompt').mockResolvedValue({ value: ' 银行流水中未找到 ', action: 'confirm' } as never);
    await wrapper.get('[data-testid="payment-reject-p2"]').trigger('click');
    await flushPromises();
    expect(must(api.calls.find((c) => c.path === '/api/v1/payments/p2/reject')).body).toEqual({ reason: '银行流水中未找到' });
    await wrapper.get('[data-testid="payment-reverse-p0"]').trigger('click');
    await flushPromises();
    expect(must(api.calls.find((c) => c.path === '/api/v1/payments/p0/reverse')).body).toEqual({ reason: '银行流水中未找到' });
    expect(prompt).toHaveBeenCalledTimes(2);
  });

  it('offers no recording without a plan, and no finance actions without payment:confirm', async () => {
    fakeApi({
      ...base,
      'GET /api/v1/contracts/k1/receivable-plans': () => json(plan({ instalments: [], planned: '0.00' })),
      'GET /api/v1/payments': () => json({ items: [payment({})], total: 1, page: 1, pageSize: 100 }),
    });
    const { plugins } = setupApp(['contract:read', 'receivable:read', 'receivable:write']);
    const wrapper = mount(ContractPaymentsTab, { props: { contract, active: true }, global: { plugins }, attachTo: body() });
    await flushPromises();
    expect(wrapper.find('[data-testid="payment-record"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="payment-confirm-p1"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="payment-status-p1"]').exists()).toBe(true);
  });

  it('on a phone shows a card per payment: amount, status and finance’s actions without scrolling sideways', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: true, media: query, addEventListener: () => undefined, removeEventListener: () => undefined }));
    try {
      fakeApi({
        ...base,
        'GET /api/v1/contracts/k1/receivable-plans': () => json(plan()),
        'GET /api/v1/payments': () => json({ items: [payment({})], total: 1, page: 1, pageSize: 100 }),
      });
      const { plugins } = setupApp(['contract:read', 'receivable:read', 'receivable:write', 'payment:confirm']);
      const wrapper = mount(ContractPaymentsTab, { props: { contract, active: true }, global: { plugins }, attachTo: body() });
      await flushPromises();
      expect(wrapper.find('[data-testid="contract-payments-table"]').exists()).toBe(false);
      const card = wrapper.get('[data-testid="payment-card-p1"]');
      expect(card.get('[data-testid="payment-status-p1"]').attributes('data-status')).toBe('PENDING');
      expect(card.find('[data-testid="payment-confirm-p1"]').exists()).toBe(true);
      expect(card.text()).toMatch(/\d{1,3}(,\d{3})*\.\d{2}/);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
