import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContractDeliveries, Delivery } from '../../api/delivery';
import { http, setHttpClient } from '../../api/http';
import type { Contract } from '../../api/types';
import { fakeApi, json, must } from '../../testing/fake-api';
import { setupApp } from '../../testing/helpers';
import ContractDeliveriesTab from './components/contract-deliveries.vue';

const original = http;
const contract = { id: 'k1', status: 'ACTIVE', revision: 1 } as Contract;

const delivery = (over: Partial<Delivery> = {}): Delivery => ({
  id: 'd1',
  contractId: 'k1',
  lineId: 'l1',
  lineNo: 1,
  productId: 'p1',
  quantity: '1.500',
  status: 'DELIVERED',
  plannedOn: '2026-12-05',
  shippedOn: '2026-12-06',
  deliveredOn: '2026-12-07',
  acceptedOn: null,
  carrier: '顺丰速运',
  trackingNote: 'SF1234567890',
  note: null,
  actions: ['accept'],
  createdBy: 'u1',
  createdAt: '2026-12-05T02:00:00.000Z',
  version: 3,
  ...over,
});

function state(deliveries: Delivery[], accepted = '0.000'): ContractDeliveries {
  return {
    contractId: 'k1',
    contractStatus: 'ACTIVE',
    fullyAccepted: false,
    lines: [
      { lineId: 'l1', lineNo: 1, productId: 'p1', productName: '螺杆式热泵机组', unit: '台', ordered: '2.000', recorded: '1.500', shipped: '1.500', delivered: '1.500', accepted },
      { lineId: 'l2', lineNo: 2, productId: 'p2', productName: '末端风机盘管', unit: '台', ordered: '10.000', recorded: '0.000', shipped: '0.000', delivered: '0.000', accepted: '0.000' },
    ],
    deliveries,
  };
}

async function mountTab(permissions: string[]) {
  const { plugins, router } = setupApp(permissions);
  const wrapper = mount(ContractDeliveriesTab, { props: { contract }, global: { plugins }, attachTo: document.body });
  await router.isReady();
  await flushPromises();
  return wrapper;
}
const body = () => document.body;
const byTestId = (id: string) => body().querySelector<HTMLElement>(`[data-testid="${id}"]`);
async function type(testid: string, value: string) {
  const input = must(body().querySelector<HTMLInputElement>(`[data-testid="${testid}"] input, input[data-testid="${testid}"]`), testid);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await flushPromises();
}

describe('contract deliveries tab', { timeout: 30000 }, () => {
  afterEach(() => {
    setHttpClient(original);
    document.body.innerHTML = '';
  });

  it('shows delivered and accepted against ordered per line, and records a delivery from the drawer', async () => {
    let current = state([delivery()]);
    const api = fakeApi({
      'GET /api/v1/contracts/k1/deliveries': () => json(current),
      'POST /api/v1/contracts/k1/deliveries': () => {
        current = state([delivery(), delivery({ id: 'd2', lineId: 'l2', lineNo: 2, productId: 'p2', quantity: '4.000', status: 'PLANNED', actions: ['ship', 'cancel'] })]);
        return json(current.deliveries[1], 201);
      },
    });
    const wrapper = await mountTab(['contract:read', 'delivery:write']);
    expect(wrapper.get('[data-testid="delivery-progress-delivered-1"]').text()).toBe('1.5 / 2');
    expect(wrapper.get('[data-testid="delivery-progress-accepted-1"]').text()).toBe('0 / 2');
    expect(wrapper.get('[data-testid="delivery-progress-delivered-1"] .el-progress').attributes('aria-valuenow')).toBe('75');
    expect(wrapper.get('[data-testid="delivery-table"]').text()).toContain('1. 螺杆式热泵机组');
    expect(wrapper.get('[data-testid="delivery-status-d1"]').attributes('data-status')).toBe('DELIVERED');

    await wrapper.get('[data-testid="delivery-record"]').trigger('click');
    await flushPromises();
    // The first line with something left to deliver, and what is left of it.
    expect(must(body().querySelector<HTMLInputElement>('[data-testid="delivery-form-quantity"] input, input[data-testid="delivery-form-quantity"]'), 'quantity').value).toBe('0.5');
    expect(must(byTestId('delivery-form-drawer'), 'drawer').textContent).toContain('Still to deliver: 0.5 of 2');
    // Another line: pick it in the select.
    (wrapper.findComponent({ name: 'ElSelect' }).vm as unknown as { $emit: (e: string, v: string) => void }).$emit('update:modelValue', 'l2');
    await flushPromises();
    await type('delivery-form-quantity', '4');
    await type('delivery-form-carrier', '德邦物流');
    must(byTestId('delivery-form-save'), 'save').click();
    await vi.waitFor(() => expect(wrapper.find('[data-testid="delivery-status-d2"]').exists()).toBe(true));
    const post = must(api.calls.find((c) => c.method === 'POST'), 'post');
    expect(post.body).toEqual({ lineId: 'l2', quantity: '4', plannedOn: null, carrier: '德邦物流', trackingNote: null, note: null });
  });

  it('accepts a delivered delivery after confirmation and tells the page, which reloads the contract (it may have completed)', async () => {
    let current = state([delivery()]);
    const api = fakeApi({
      'GET /api/v1/contracts/k1/deliveries': () => json(current),
      'POST /api/v1/deliveries/d1/accept': () => {
        current = state([delivery({ status: 'ACCEPTED', acceptedOn: '2026-12-07', actions: [] })], '1.500');
        return json(current.deliveries[0]);
      },
    });
    const wrapper = await mountTab(['contract:read', 'delivery:write']);
    await wrapper.get('[data-testid="delivery-accept-d1"]').trigger('click');
    await vi.waitFor(() => expect(body().querySelector('.confirm-dialog')).not.toBeNull());
    expect(must(body().querySelector('.confirm-dialog'), 'confirm').textContent).toContain('1. 螺杆式热泵机组 × 1.5');
    must(body().querySelector<HTMLElement>('.confirm-dialog .el-button--primary'), 'confirm button').click();
    await vi.waitFor(() => expect(wrapper.emitted('changed')).toHaveLength(1));
    expect(api.calls.filter((c) => c.path === '/api/v1/deliveries/d1/accept')).toHaveLength(1);
    expect(wrapper.get('[data-testid="delivery-status-d1"]').attributes('data-status')).toBe('ACCEPTED');
    expect(wrapper.get('[data-testid="delivery-progress-accepted-1"]').text()).toBe('1.5 / 2');
  });

  it('on a phone shows cards: each line’s progress, each delivery with its status and next step, which still works', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: true, media: query, addEventListener: () => undefined, removeEventListener: () => undefined }));
    try {
      let current = state([delivery()]);
      fakeApi({
        'GET /api/v1/contracts/k1/deliveries': () => json(current),
        'POST /api/v1/deliveries/d1/accept': () => {
          current = state([delivery({ status: 'ACCEPTED', acceptedOn: '2026-12-07', actions: [] })], '1.500');
          return json(current.deliveries[0]);
        },
      });
      const wrapper = await mountTab(['contract:read', 'delivery:write']);
      expect(wrapper.find('.el-table').exists()).toBe(false);
      const card = wrapper.get('[data-testid="delivery-card-d1"]');
      expect(card.get('[data-testid="delivery-status-d1"]').attributes('data-status')).toBe('DELIVERED');
      await card.get('[data-testid="delivery-accept-d1"]').trigger('click');
      await vi.waitFor(() => expect(body().querySelector('.confirm-dialog')).not.toBeNull());
      must(body().querySelector<HTMLElement>('.confirm-dialog .el-button--primary'), 'confirm button').click();
      await vi.waitFor(() => expect(wrapper.get('[data-testid="delivery-status-d1"]').attributes('data-status')).toBe('ACCEPTED'));
      expect(wrapper.get('[data-testid="delivery-progress-accepted-1"]').text()).toContain('1.5 / 2 台');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('shows the server’s over-delivery refusal on the quantity field', async () => {
    fakeApi({
      'GET /api/v1/contracts/k1/deliveries': () => json(state([delivery()])),
      'POST /api/v1/contracts/k1/deliveries': () =>
        new Response(
          JSON.stringify({
            type: 'https://kehu.dev/problems/delivery-exceeds-ordered',
            title: 'More would be delivered than was ordered',
            status: 409,
            errors: [{ field: 'quantity', message: 'line 1 ordered 2.000, 1.500 already delivered or planned: at most 0.500 more', code: 'max' }],
          }),
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    });
    const wrapper = await mountTab(['contract:read', 'delivery:write']);
    await wrapper.get('[data-testid="delivery-record"]').trigger('click');
    await flushPromises();
    await type('delivery-form-quantity', '1');
    must(byTestId('delivery-form-save'), 'save').click();
    await vi.waitFor(() => expect(must(body().querySelector('[data-testid="delivery-form-drawer"] .el-form-item__error'), 'field error').textContent).toContain('0.500'));
  });

  it('is read-only without delivery:write', async () => {
    fakeApi({ 'GET /api/v1/contracts/k1/deliveries': () => json(state([delivery()])) });
    const wrapper = await mountTab(['contract:read']);
    expect(wrapper.find('[data-testid="delivery-record"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="delivery-accept-d1"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="delivery-progress-delivered-1"]').text()).toBe('1.5 / 2');
  });
});
