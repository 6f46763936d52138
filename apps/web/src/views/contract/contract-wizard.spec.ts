import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { http, setHttpClient } from '../../api/http';
import type { Contract, ContractLine } from '../../api/types';
import { resetDictionaries } from '../../composables/use-dictionaries';
import { fakeApi, json, must } from '../../testing/fake-api';
import { setupApp } from '../../testing/helpers';
import ContractWizard from './create/index.vue';

const original = http;

const quoteLine = {
  lineNo: 1,
  productId: 'p1',
  productCode: 'HP-30',
  productName: '螺杆式热泵机组',
  unit: '台',
  quantity: '2.000',
  listPrice: '300000.00',
  unitPrice: '300000.00',
  discountPercent: '0.00',
  taxRate: '13.00',
  amount: '600000.00',
  netAmount: '600000.00',
  taxAmount: '78000.00',
} satisfies ContractLine;

const quote = (status = 'ACCEPTED') => ({
  id: 'q1',
  number: 'BJ20261201-0001',
  revision: 1,
  opportunityId: 'o1',
  status,
  validUntil: '2099-12-31',
  headerDiscountPercent: '0.00',
  subtotal: '600000.00',
  discountTotal: '0.00',
  netTotal: '600000.00',
  taxTotal: '78000.00',
  total: '678000.00',
  note: null,
  approvalState: null,
  sentAt: null,
  supersededById: null,
  lines: [quoteLine],
  createdAt: '2026-12-01T00:00:00.000Z',
  version: 1,
});

const saved = { id: 'k1', number: 'HT202612-0001', status: 'DRAFT' } as Contract;

function routes(over: Record<string, () => Response> = {}) {
  return {
    'GET /api/v1/settings/rules': () => json([]),
    'GET /api/v1/dictionaries': () =>
      json([
        {
          code: 'contract-type',
          name: '合同类型',
          nameEn: 'Contract type',
          description: null,
          items: [{ id: 't1', code: 'sales', label: '销售合同', labelEn: 'Sales contract', sortOrder: 1, enabled: true, builtIn: true, version: 1 }],
        },
      ]),
    'GET /api/v1/contract-numbers': () => json({ items: [], total: 0, page: 1, pageSize: 100 }),
    'GET /api/v1/quotes/q1': () => json(quote()),
    'GET /api/v1/opportunities/o1': () => json({ id: 'o1', title: '恒瑞 2027 热泵机组采购', customerId: 'c1', customerName: '常州恒瑞' }),
    'GET /api/v1/customers/c1': () =>
      json({ id: 'c1', name: '常州市恒瑞暖通设备有限公司', status: 'INTENT', taxNumber: '91320412MA1E2E0001', bank: null, bankAccount: null, address: '常州', phone: '0519-86660018' }),
    'POST /api/v1/contracts': () => json(saved, 201),
    'POST /api/v1/contracts/k1/submit': () => json({ ...saved, status: 'PENDING_APPROVAL' }),
    ...over,
  };
}

async function mountWizard(path: string) {
  const { plugins, router } = setupApp(['contract:read', 'contract:write']);
  await router.push(path);
  await router.isReady();
  const wrapper = mount(ContractWizard, { global: { plugins }, attachTo: document.body });
  await flushPromises();
  return { wrapper, router };
}

const panel = (wrapper: ReturnType<typeof mount>, step: string) => wrapper.get(`[data-testid="contract-wizard-panel-${step}"]`);
const visible = (wrapper: ReturnType<typeof mount>, step: string) => (panel(wrapper, step).element as HTMLElement).style.display !== 'none';

async function next(wrapper: ReturnType<typeof mount>) {
  await wrapper.get('[data-testid="contract-wizard-next"]').trigger('click');
  await flushPromises();
}

async function pickType(wrapper: ReturnType<typeof mount>) {
  await wrapper.get('[data-testid="contract-wizard-type"]').trigger('click');
  await vi.waitFor(() => must(document.body.querySelector<HTMLElement>('.el-select-dropdown__item'), 'type option').click());
  await flushPromises();
}

describe('contract wizard', { timeout: 30000 }, () => {
  afterEach(() => {
    setHttpClient(original);
    resetDictionaries();
    document.body.innerHTML = '';
  });

  it('from an accepted quote: copies its customer, buyer and lines, walks the steps in the seed’s order and saves and submits', async () => {
    const api = fakeApi(routes());
    const { wrapper, router } = await mountWizard('/contracts/new?quoteId=q1');
    expect(wrapper.get('[data-testid="contract-wizard-origin"]').text()).toContain('BJ20261201-0001');
    const steps = wrapper.findAll('[data-testid^="contract-wizard-step-"]').map((s) => s.attributes('data-testid'));
    expect(steps).toEqual(['number', 'type', 'buyer', 'products', 'payment', 'terms', 'attachments', 'confirm'].map((s) => `contract-wizard-step-${s}`));

    expect(visible(wrapper, 'number')).toBe(true);
    await next(wrapper);
    expect(visible(wrapper, 'type')).toBe(true);
    // The title comes from the opportunity; the type is still to choose: Next refuses.
    expect(wrapper.get<HTMLInputElement>('input[data-testid="contract-wizard-title"]').element.value).toBe('恒瑞 2027 热泵机组采购');
    await next(wrapper);
    expect(visible(wrapper, 'type')).toBe(true);
    // (the form item shows its error after a short debounce)
    await vi.waitFor(() => expect(panel(wrapper, 'type').text()).toContain('Required'));
    await pickType(wrapper);
    await next(wrapper);

    expect(visible(wrapper, 'buyer')).toBe(true);
    expect(wrapper.get<HTMLInputElement>('input[data-testid="contract-wizard-buyer-name"]').element.value).toBe('常州市恒瑞暖通设备有限公司');
    expect(wrapper.get<HTMLInputElement>('input[data-testid="contract-wizard-buyer-tax-number"]').element.value).toBe('91320412MA1E2E0001');
    expect(wrapper.find('[data-testid="contract-wizard-customer-ineligible"]').exists()).toBe(false);
    await next(wrapper);

    expect(visible(wrapper, 'products')).toBe(true);
    expect(wrapper.get('[data-testid="contract-wizard-lines-row-0"]').text()).toContain('螺杆式热泵机组');
    expect(wrapper.get('[data-testid="contract-wizard-lines-total"]').text()).toBe('678,000.00');
    await next(wrapper);
    await next(wrapper);
    await wrapper.get('textarea[data-testid="contract-wizard-additional-terms"]').setValue('免费安装调试');
    await next(wrapper);
    await next(wrapper);
    expect(visible(wrapper, 'confirm')).toBe(true);
    expect(wrapper.get('[data-testid="contract-wizard-summary-total"]').text()).toBe('678,000.00');

    await wrapper.get('[data-testid="contract-wizard-save-submit"]').trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('contract-detail'), { timeout: 10000 });
    const post = must(api.calls.find((c) => c.method === 'POST' && c.path === '/api/v1/contracts'), 'create');
    expect(post.body).toMatchObject({
      type: 'sales',
      title: '恒瑞 2027 热泵机组采购',
      customerId: 'c1',
      opportunityId: 'o1',
      quoteId: 'q1',
      additionalTerms: '免费安装调试',
      lines: [{ productId: 'p1', quantity: '2', unitPrice: '300000.00', discountPercent: '0.00' }],
      buyer: { name: '常州市恒瑞暖通设备有限公司', taxNumber: '91320412MA1E2E0001' },
    });
    // The server issues the number (none reserved) and computes the totals.
    expect(post.body).not.toHaveProperty('number');
    expect(post.body).not.toHaveProperty('total');
    expect(api.calls.some((c) => c.path === '/api/v1/contracts/k1/submit')).toBe(true);
    expect(router.currentRoute.value.params.id).toBe('k1');
  });

  it('on a phone numbers the steps and names the current one, since eight titles do not fit', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: true, media: query, addEventListener: () => undefined, removeEventListener: () => undefined }));
    try {
      fakeApi(routes());
      const { wrapper } = await mountWizard('/contracts/new');
      expect(wrapper.get('[data-testid="contract-wizard-steps"]').findAll('.el-step__title').every((title) => title.text() === '')).toBe(true);
      expect(wrapper.get('[data-testid="contract-wizard-phone-step"]').text()).toBe('Step 1 of 8: Contract no.');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('copies nothing from a quote that is not accepted, and says so', async () => {
    fakeApi(routes({ 'GET /api/v1/quotes/q1': () => json(quote('SENT')) }));
    const { wrapper } = await mountWizard('/contracts/new?quoteId=q1');
    expect(wrapper.get('[data-testid="contract-wizard-origin-warning"]').text()).toBe('Only an accepted quote can become a contract.');
    expect(wrapper.findAll('[data-testid^="contract-wizard-lines-row-"]')).toHaveLength(0);
  });

  it('uses a reserved number from the link, and on a refused line opens the products step with the error under the cell', async () => {
    const api = fakeApi(
      routes({
        'POST /api/v1/contracts': () =>
          new Response(
            JSON.stringify({
              type: 'https://kehu.dev/problems/validation-error',
              title: 'Validation failed',
              status: 400,
              errors: [{ field: 'lines[0].productId', message: 'is discontinued', code: 'exists' }],
            }),
            { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
          ),
      }),
    );
    const { wrapper, router } = await mountWizard('/contracts/new?quoteId=q1&number=HT202612-0007');
    for (let i = 0; i < 7; i++) {
      if (i === 1) await pickType(wrapper);
      await next(wrapper);
    }
    expect(visible(wrapper, 'confirm')).toBe(true);
    await wrapper.get('[data-testid="contract-wizard-save"]').trigger('click');
    await vi.waitFor(() => expect(visible(wrapper, 'products')).toBe(true));
    const post = must(api.calls.find((c) => c.method === 'POST'), 'create');
    expect((post.body as { number?: string }).number).toBe('HT202612-0007');
    expect(panel(wrapper, 'products').text()).toContain('Does not exist or is no longer available');
    expect(router.currentRoute.value.name).toBe('contract-create');
  });
});
