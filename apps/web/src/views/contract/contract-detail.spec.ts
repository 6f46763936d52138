import { flushPromises, mount } from '@vue/test-utils';
import { ElMessageBox } from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { http, setHttpClient } from '../../api/http';
import type { Contract, ContractAttachment, ContractLine, ContractRevision } from '../../api/types';
import { resetRules } from '../../composables/use-rules';
import { fakeApi, json, must } from '../../testing/fake-api';
import { setupApp } from '../../testing/helpers';
import ContractDetail from './detail/index.vue';

const original = http;

const line = (over: Partial<ContractLine> = {}): ContractLine => ({
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
  ...over,
});

function contract(over: Partial<Contract> = {}): Contract {
  return {
    id: 'k1',
    number: 'HT202612-0001',
    customerId: 'c1',
    customerName: '常州市恒瑞暖通设备有限公司',
    type: 'sales',
    title: '恒瑞 2027 热泵机组采购',
    status: 'APPROVED',
    customOrder: false,
    orderReviewState: null,
    signingDate: null,
    startDate: null,
    endDate: null,
    total: '678000.00',
    revision: 1,
    ownerId: 'u2',
    ownerName: '张伟',
    departmentId: null,
    createdAt: '2026-12-01T00:00:00.000Z',
    updatedAt: '2026-12-01T00:00:00.000Z',
    version: 3,
    opportunityId: 'o1',
    quoteId: 'q1',
    ourSignerId: 'u2',
    ourSignerName: '张伟',
    customerSigner: '王建国',
    paymentMethod: null,
    paymentTerms: null,
    buyer: { name: '常州市恒瑞暖通设备有限公司', taxNumber: null, bank: null, bankAccount: null, address: null, phone: null },
    additionalTerms: '免费安装调试',
    headerDiscountPercent: '0.00',
    subtotal: '600000.00',
    discountTotal: '0.00',
    netTotal: '600000.00',
    taxTotal: '78000.00',
    lines: [line()],
    pendingRevision: null,
    rejectionComment: null,
    electronic: false,
    signedAt: null,
    signedBy: null,
    completedAt: null,
    completionReason: null,
    terminatedAt: null,
    terminationReason: null,
    actions: ['sign', 'terminate', 'attach', 'detach'],
    ...over,
  } as Contract;
}

const scan: ContractAttachment = {
  id: 'a1',
  contractId: 'k1',
  kind: 'SIGNED_SCAN',
  name: '采购合同-盖章.pdf',
  size: 2048,
  contentType: 'application/pdf',
  sha256: 'ab',
  note: null,
  uploadedById: 'u1',
  uploadedByName: 'Alice',
  uploadedAt: '2026-12-07T02:00:00.000Z',
};

function routes(current: () => Contract, over: Record<string, (r: Request, body: unknown) => Response> = {}) {
  return {
    'GET /api/v1/settings/rules': () => json([]),
    'GET /api/v1/dictionaries': () => json([]),
    'GET /api/v1/contracts/k1': () => json(current()),
    'GET /api/v1/contracts/k1/attachments': () => json([]),
    'GET /api/v1/contracts/k1/approvals': () => json([]),
    'GET /api/v1/contracts/k1/revisions': () => json([]),
    ...over,
  };
}

async function mountDetail(permissions: string[]) {
  const { plugins, router } = setupApp(permissions);
  const wrapper = mount(ContractDetail, { props: { id: 'k1' }, global: { plugins }, attachTo: document.body });
  await router.isReady();
  await flushPromises();
  return wrapper;
}

const byTestId = (id: string) => document.body.querySelector<HTMLElement>(`[data-testid="${id}"]`);

describe('contract detail', { timeout: 30000 }, () => {
  afterEach(() => {
    vi.restoreAllMocks();
    setHttpClient(original);
    resetRules();
    document.body.innerHTML = '';
  });

  it('lays the overview out three label and value pairs a row, and one a row on a phone', async () => {
    const labelsInFirstRow = () => byTestId('contract-overview')?.querySelector('tr')?.querySelectorAll('.el-descriptions__label').length;
    for (const [phone, pairs] of [
      [false, 3],
      [true, 1],
    ] as const) {
      vi.stubGlobal('matchMedia', (query: string) => ({ matches: phone, media: query, addEventListener: () => undefined, removeEventListener: () => undefined }));
      fakeApi(routes(() => contract()));
      const wrapper = await mountDetail(['contract:read']);
      expect(labelsInFirstRow()).toBe(pairs);
      wrapper.unmount();
      vi.unstubAllGlobals();
    }
  });

  it('signs an approved contract: the scan uploaded as SIGNED_SCAN in the dialog, then the signing sent; the contract shows ACTIVE', async () => {
    let current = contract();
    const api = fakeApi(
      routes(() => current, {
        'POST /api/v1/contracts/k1/attachments': () => json(scan, 201),
        'POST /api/v1/contracts/k1/sign': () => {
          current = contract({ status: 'ACTIVE', actions: ['complete', 'terminate', 'amend', 'attach'], signingDate: '2026-12-07' });
          return json(current);
        },
      }),
    );
    const wrapper = await mountDetail(['contract:read', 'contract:write', 'contract:sign']);
    expect(wrapper.get('[data-testid="contract-detail-status"]').attributes('data-status')).toBe('APPROVED');
    expect(wrapper.find('[data-testid="contract-edit"]').exists()).toBe(false);
    await wrapper.get('[data-testid="contract-sign"]').trigger('click');
    await flushPromises();
    expect(must(byTestId('contract-sign-dialog'), 'dialog').textContent).toContain('Attach the signed, scanned contract');
    expect(must(document.body.querySelector<HTMLInputElement>('input[data-testid="contract-sign-customer-signer"]'), 'signer').value).toBe('王建国');

    const input = must(document.body.querySelector<HTMLInputElement>('[data-testid="contract-sign-upload-input"]'), 'file input');
    Object.defineProperty(input, 'files', { value: [new File(['%PDF-1.7'], '采购合同-盖章.pdf', { type: 'application/pdf' })], configurable: true });
    input.dispatchEvent(new Event('change'));
    await flushPromises();
    const upload = must(api.calls.find((c) => c.method === 'POST' && c.path.endsWith('/attachments')), 'upload');
    expect((upload.body as FormData).get('kind')).toBe('SIGNED_SCAN');
    expect(must(byTestId('contract-sign-scans'), 'scans').textContent).toContain('采购合同-盖章.pdf');

    must(byTestId('contract-sign-confirm'), 'confirm').click();
    await vi.waitFor(() => expect(wrapper.get('[data-testid="contract-detail-status"]').attributes('data-status')).toBe('ACTIVE'));
    const sign = must(api.calls.find((c) => c.path === '/api/v1/contracts/k1/sign'), 'sign');
    expect(sign.body).toMatchObject({ ourSignerId: 'u2', customerSigner: '王建国', electronic: false });
    expect((sign.body as { signingDate: string }).signingDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(wrapper.find('[data-testid="contract-sign"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="contract-amend"]').exists()).toBe(true);
  });

  it('shows a rejected draft’s comments with edit and submit, and no signing without contract:sign', async () => {
    fakeApi(routes(() => contract({ status: 'DRAFT', rejectionComment: '付款条件需改为验收后付清', actions: ['edit', 'submit', 'attach', 'detach'] })));
    const wrapper = await mountDetail(['contract:read', 'contract:write']);
    expect(wrapper.get('[data-testid="contract-detail-rejected"]').text()).toContain('付款条件需改为验收后付清');
    expect(wrapper.find('[data-testid="contract-edit"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="contract-submit"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="contract-sign"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="contract-terminate"]').exists()).toBe(false);
  });

  it('the rep who signs does not close: complete and terminate need contract:close; a manager completes with the reason asked', async () => {
    let current = contract({ status: 'ACTIVE', actions: ['complete', 'terminate', 'amend', 'attach'] });
    const api = fakeApi(
      routes(() => current, {
        'POST /api/v1/contracts/k1/complete': () => {
          current = contract({ status: 'COMPLETED', actions: [], completionReason: '全部交付验收' });
          return json(current);
        },
      }),
    );
    const rep = await mountDetail(['contract:read', 'contract:write', 'contract:sign']);
    expect(rep.find('[data-testid="contract-amend"]').exists()).toBe(true);
    expect(rep.find('[data-testid="contract-complete"]').exists()).toBe(false);
    expect(rep.find('[data-testid="contract-terminate"]').exists()).toBe(false);
    rep.unmount();

    const prompt = vi.spyOn(ElMessageBox, 'prompt').mockResolvedValue({ value: ' 全部交付验收 ', action: 'confirm' } as never);
    const manager = await mountDetail(['contract:read', 'contract:write', 'contract:sign', 'contract:close']);
    expect(manager.find('[data-testid="contract-terminate"]').exists()).toBe(true);
    await manager.get('[data-testid="contract-complete"]').trigger('click');
    await vi.waitFor(() => expect(manager.get('[data-testid="contract-detail-status"]').attributes('data-status')).toBe('COMPLETED'));
    expect(prompt).toHaveBeenCalledOnce();
    expect(must(api.calls.find((c) => c.path === '/api/v1/contracts/k1/complete'), 'complete').body).toEqual({ reason: '全部交付验收' });
    expect(manager.get('[data-testid="contract-detail-completion-reason"]').text()).toContain('全部交付验收');
  });

  it('deletes a draft after confirming, with its version as If-Match; nothing is sent when cancelled', async () => {
    const api = fakeApi(
      routes(() => contract({ status: 'DRAFT', actions: ['edit', 'delete', 'submit', 'attach', 'detach'] }), {
        'DELETE /api/v1/contracts/k1': () => new Response(null, { status: 204 }),
      }),
    );
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockRejectedValueOnce('cancel').mockResolvedValueOnce('confirm' as never);
    const wrapper = await mountDetail(['contract:read', 'contract:write']);
    await wrapper.get('[data-testid="contract-delete"]').trigger('click');
    await flushPromises();
    expect(api.calls.some((c) => c.method === 'DELETE')).toBe(false);
    await wrapper.get('[data-testid="contract-delete"]').trigger('click');
    await flushPromises();
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(String(confirm.mock.calls[1][0])).toContain('HT202612-0001');
    const call = must(api.calls.find((c) => c.method === 'DELETE'), 'delete');
    expect(call.path).toBe('/api/v1/contracts/k1');
    expect(call.headers.get('if-match')).toBe('W/"3"');
  });

  it('lists the versions and diffs the amendment against the version in force', async () => {
    const revision = (n: number, over: Partial<ContractRevision>): ContractRevision =>
      ({
        id: `r${n}`,
        revision: n,
        status: 'APPROVED',
        reason: null,
        additionalTerms: null,
        endDate: null,
        headerDiscountPercent: '0.00',
        subtotal: '0',
        discountTotal: '0',
        netTotal: '0',
        taxTotal: '0',
        total: '678000.00',
        approvedAt: null,
        decisionComment: null,
        inForce: false,
        lines: [line()],
        createdBy: null,
        createdAt: '2026-12-01T00:00:00.000Z',
        ...over,
      }) as ContractRevision;
    fakeApi(
      routes(() => contract({ status: 'ACTIVE', pendingRevision: 2, actions: ['complete', 'terminate', 'attach'] }), {
        'GET /api/v1/contracts/k1/revisions': () =>
          json([
            revision(1, { inForce: true }),
            revision(2, { status: 'PENDING_APPROVAL', reason: '客户追加 1 台', total: '1017000.00', lines: [line({ quantity: '3.000', amount: '900000.00' })] }),
          ]),
      }),
    );
    const wrapper = await mountDetail(['contract:read']);
    expect(wrapper.get('[data-testid="contract-detail-pending-revision"]').text()).toContain('version 2');
    await wrapper.get('[data-testid="contract-tab-versions"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-testid="contract-versions-table"]').text()).toContain('In force');
    const diff = wrapper.get('[data-testid="contract-versions-diff"]').text();
    expect(diff).toContain('Changes from v1 to v2');
    expect(diff).toContain('HP-30');
    expect(diff).toContain('+300,000.00');
    expect(wrapper.get('[data-testid="contract-versions-diff-total"]').text()).toBe('Total: 678,000.00 → 1,017,000.00 (+339,000.00)');
  });
});
