import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { http, setHttpClient } from '../../api/http';
import type { Approval, ContractNumber } from '../../api/types';
import { resetRules } from '../../composables/use-rules';
import { fakeApi, json } from '../../testing/fake-api';
import { setupApp } from '../../testing/helpers';
import { contractApprovalFacts } from './contract-approval';
import ContractNumbers from './numbers/index.vue';

const original = http;
const DAY = 86_400_000;

const number = (over: Partial<ContractNumber> = {}): ContractNumber => ({
  id: 'n1',
  number: 'HT202612-0007',
  period: '202612',
  seq: 7,
  status: 'RESERVED',
  ownerId: 'u1',
  ownerName: 'Alice',
  departmentId: null,
  reservedAt: new Date(Date.now() - DAY).toISOString(),
  // Five days and an hour from now: 5 whole days left.
  expiresAt: new Date(Date.now() + 5 * DAY + 3_600_000).toISOString(),
  usedAt: null,
  voidedAt: null,
  voidReason: null,
  ...over,
});

describe('contract numbers', { timeout: 20000 }, () => {
  afterEach(() => {
    setHttpClient(original);
    resetRules();
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('lists my numbers with the days a reservation has left, reserves the next one and starts a contract with it', async () => {
    let numbers = [number({ id: 'n0', number: 'HT202612-0003', status: 'USED', expiresAt: null, usedAt: new Date().toISOString() })];
    const api = fakeApi({
      'GET /api/v1/settings/rules': () => json([{ key: 'contractNumberReservationDays', value: 7 }]),
      'GET /api/v1/contract-numbers': () => json({ items: numbers, total: numbers.length, page: 1, pageSize: 20 }),
      'POST /api/v1/contract-numbers': () => {
        numbers = [number(), ...numbers];
        return json(numbers[0], 201);
      },
    });
    const { plugins, router } = setupApp(['contract:read', 'contract:write']);
    const wrapper = mount(ContractNumbers, { global: { plugins }, attachTo: document.body });
    await router.isReady();
    await flushPromises();
    expect(wrapper.text()).toContain('yours for 7 days');
    expect(wrapper.get('[data-testid="contract-numbers-status-HT202612-0003"]').text()).toBe('Used');
    // The voided numbers are for auditors only.
    expect(wrapper.text()).not.toContain('Voided numbers');

    await wrapper.get('[data-testid="contract-numbers-reserve"]').trigger('click');
    await flushPromises();
    expect(api.calls.filter((c) => c.method === 'POST' && c.path === '/api/v1/contract-numbers')).toHaveLength(1);
    expect(wrapper.get('[data-testid="contract-numbers-status-HT202612-0007"]').text()).toBe('Reserved');
    expect(wrapper.get('[data-testid="contract-numbers-days-HT202612-0007"]').text()).toBe('5 days left');
    expect(wrapper.find('[data-testid="contract-numbers-use-HT202612-0003"]').exists()).toBe(false);

    await wrapper.get('[data-testid="contract-numbers-use-HT202612-0007"]').trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('contract-create'));
    expect(router.currentRoute.value.query.number).toBe('HT202612-0007');
  });

  it('gives an approver the amount, the discount and the amendment of a contract request; nothing for other kinds', () => {
    const request = (subjectType: string, payload: Record<string, unknown>) => ({ subjectType, payload }) as Pick<Approval, 'subjectType' | 'payload'>;
    expect(contractApprovalFacts(request('contract', { revision: 1, total: '678000.00', senior: true, discountBelowThreshold: false }))).toEqual(['Amount 678,000.00']);
    expect(contractApprovalFacts(request('contract', { revision: 2, total: '11571.20', discountBelowThreshold: true }))).toEqual([
      'Amount 11,571.20',
      'Discount below the approval line',
      'Amendment, version 2',
    ]);
    expect(contractApprovalFacts(request('contract.order-review', { total: '5000.00' }))).toEqual(['Amount 5,000.00']);
    expect(contractApprovalFacts(request('customer.extension', { days: 10 }))).toEqual([]);
    expect(contractApprovalFacts(request('contract', { total: '1.00', lowestPercentOfList: '80.00' }))).toEqual(['Amount 1.00', 'Lowest price 80.00% of list']);
  });
});
