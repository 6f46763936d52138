import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ElMessage } from 'element-plus';
import { http, ProblemError, setHttpClient } from '../../api/http';
import type { ChurnAlert, Customer, PoolCustomer, Problem, ProtectionReviewItem } from '../../api/types';
import { resetDictionaries } from '../../composables/use-dictionaries';
import { resetRules } from '../../composables/use-rules';
import { fakeApi, json, must, problem } from '../../testing/fake-api';
import { setupApp } from '../../testing/helpers';
import ChurnAlertsPage from './churn-alerts/index.vue';
import CustomerAbandonDialog from './components/customer-abandon-dialog.vue';
import CustomerLifecycleActions from './components/customer-lifecycle-actions.vue';
import CustomerStatusTag from './components/customer-status-tag.vue';
import LifecycleReasonDialog from './components/lifecycle-reason-dialog.vue';
import PoolClaimButton from './components/pool-claim-button.vue';
import { claimState, lifecycleProblemMessage, ownerActions, protectionCountdown } from './customer-lifecycle';
import PoolPage from './pool/index.vue';
import ReviewQueuePage from './review-queue/index.vue';

const original = http;
const DAY = 86_400_000;
const inDays = (n: number) => new Date(Date.now() + n * DAY - 60_000).toISOString();

const customer = (over: Partial<Customer> = {}): Customer => ({
  id: 'c1',
  code: 'KH1',
  name: '苏州市恒远精密机械有限公司',
  shortName: null,
  categoryId: null,
  grade: null,
  level: null,
  industry: 'manufacturing',
  region: null,
  address: '星湖街 328 号',
  phone: '0512-66668888',
  fax: null,
  email: null,
  website: null,
  source: null,
  creditRating: null,
  satisfaction: null,
  description: '',
  legalRepresentative: null,
  registeredCapital: null,
  annualTurnover: null,
  bank: null,
  bankAccount: null,
  taxNumber: null,
  discountPercent: null,
  settlementTerms: null,
  ownerId: 'u1',
  ownerName: 'Alice',
  departmentId: null,
  status: 'POTENTIAL',
  stage: 'POTENTIAL_PROTECTED',
  protectionUntil: inDays(10),
  reviewState: 'APPROVED',
  rejectionReason: null,
  extensionsUsed: 0,
  extensionPending: false,
  intentPending: false,
  poolEnteredAt: null,
  poolReason: null,
  afterSalesOwnerId: null,
  afterSalesOwnerName: null,
  formalSince: null,
  externalId: null,
  lastContactAt: null,
  nextContactAt: null,
  lastDealAt: null,
  createdAt: '2026-05-01T00:00:00Z',
  updatedAt: '2026-05-01T00:00:00Z',
  version: 1,
  ...over,
});
const poolCustomer = (over: Partial<PoolCustomer> = {}): PoolCustomer => ({
  ...customer({ status: 'POOL', stage: 'POOL', ownerId: null, ownerName: null, protectionUntil: null, poolReason: 'ABANDONED' }),
  previousOwnerId: 'u9',
  previousOwnerName: 'Zhou Ming',
  daysInPool: 2,
  claimableAt: null,
  ...over,
});
const rules = (values: Record<string, number>) =>
  json(Object.entries(values).map(([key, value]) => ({ key, value, group: 'customer', type: 'integer', version: 1 })));
const page = <T>(items: T[]) => json({ items, total: items.length, page: 1, pageSize: 20 });
const byTestId = <E extends HTMLElement = HTMLElement>(id: string) => document.body.querySelector<E>(`[data-testid="${id}"]`);
function type(id: string, value: string) {
  const el = must(
    document.body.querySelector<HTMLInputElement | HTMLTextAreaElement>(`textarea[data-testid="${id}"], input[data-testid="${id}"]`),
    id,
  );
  el.value = value;
  el.dispatchEvent(new Event('input'));
}
const dialogText = () => byTestId('lifecycle-dialog')?.textContent ?? '';

describe('customer lifecycle', { timeout: 20000 }, () => {
  afterEach(() => {
    setHttpClient(original);
    resetDictionaries();
    resetRules();
    document.body.innerHTML = '';
  });

  it('countdown: days left rounded up, urgent within remindDaysBeforeExpiry, none while pending or formal', () => {
    const now = Date.parse('2026-05-01T00:00:00Z');
    const at = (days: number) => new Date(now + days * DAY).toISOString();
    expect(protectionCountdown({ stage: 'POTENTIAL_PROTECTED', protectionUntil: at(9.5) }, 3, now)).toEqual({
      days: 10,
      expired: false,
      urgent: false,
      release: false,
    });
    expect(protectionCountdown({ stage: 'INTENT', protectionUntil: at(2.2) }, 3, now)).toMatchObject({ days: 3, urgent: true });
    expect(protectionCountdown({ stage: 'INTENT', protectionUntil: at(4) }, 3, now)).toMatchObject({ days: 4, urgent: false });
    expect(protectionCountdown({ stage: 'INTENT', protectionUntil: at(4) }, 5, now)).toMatchObject({ days: 4, urgent: true });
    expect(protectionCountdown({ stage: 'POTENTIAL_PROTECTED', protectionUntil: at(-1) }, 3, now)).toMatchObject({
      expired: true,
      urgent: true,
    });
    expect(protectionCountdown({ stage: 'POTENTIAL_REJECTED', protectionUntil: at(2) }, 3, now)).toMatchObject({ days: 2, release: true });
    expect(protectionCountdown({ stage: 'POTENTIAL_PENDING', protectionUntil: null }, 3, now)).toBeNull();
    expect(protectionCountdown({ stage: 'FORMAL', protectionUntil: at(5) }, 3, now)).toBeNull();
    expect(protectionCountdown({ stage: 'POTENTIAL_PROTECTED', protectionUntil: null }, 3, now)).toBeNull();
  });

  it('status tag shows the stage and the days left, red within the remindDaysBeforeExpiry rule', async () => {
    fakeApi({ 'GET /api/v1/settings/rules': () => rules({ remindDaysBeforeExpiry: 5 }) });
    const { plugins } = setupApp(['customer:read']);
    const soon = mount(CustomerStatusTag, { props: { customer: customer({ protectionUntil: inDays(4) }) }, global: { plugins } });
    const later = mount(CustomerStatusTag, {
      props: { customer: customer({ stage: 'INTENT', status: 'INTENT', protectionUntil: inDays(6) }) },
      global: { plugins },
    });
    const pending = mount(CustomerStatusTag, {
      props: { customer: customer({ stage: 'POTENTIAL_PENDING', protectionUntil: null }) },
      global: { plugins },
    });
    await vi.waitFor(() => expect(soon.get('[data-testid="customer-protection-countdown"]').classes()).toContain('soon'), {
      timeout: 5000,
    });
    expect(soon.get('[data-testid="customer-stage"]').text()).toBe('Protected');
    expect(soon.get('[data-testid="customer-protection-countdown"]').text()).toBe('4 days left');
    expect(later.get('[data-testid="customer-stage"]').text()).toBe('Intent');
    expect(later.get('[data-testid="customer-protection-countdown"]').classes()).not.toContain('soon');
    expect(pending.get('[data-testid="customer-stage"]').text()).toBe('Awaiting review');
    expect(pending.find('[data-testid="customer-protection-countdown"]').exists()).toBe(false);
  });

  it('offers the owner the actions of the stage; extension blocked while one is pending or none is left', () => {
    const opts = { canWrite: true, actsForOwners: false, rules: { maxExtensions: 2, extensionMaxDays: 15 } };
    expect(ownerActions(customer(), 'u1', opts)).toEqual({
      requestIntent: true,
      requestExtension: true,
      extensionBlocked: null,
      abandon: true,
    });
    expect(ownerActions(customer(), 'u2', opts)).toMatchObject({ requestIntent: false, requestExtension: false, abandon: false });
    expect(ownerActions(customer(), 'u2', { ...opts, actsForOwners: true })).toMatchObject({ requestIntent: true, abandon: true });
    expect(ownerActions(customer(), 'u1', { ...opts, canWrite: false })).toMatchObject({ requestIntent: false, abandon: false });
    expect(ownerActions(customer({ extensionPending: true }), 'u1', opts).extensionBlocked).toBe('pending');
    expect(ownerActions(customer({ intentPending: true }), 'u1', opts)).toMatchObject({ requestIntent: false, requestExtension: true });
    expect(ownerActions(customer({ extensionsUsed: 2 }), 'u1', opts).extensionBlocked).toBe('limit');
    expect(ownerActions(customer({ stage: 'INTENT', status: 'INTENT' }), 'u1', opts)).toMatchObject({
      requestIntent: false,
      requestExtension: true,
    });
    expect(ownerActions(customer({ stage: 'POTENTIAL_PENDING', protectionUntil: null }), 'u1', opts)).toEqual({
      requestIntent: false,
      requestExtension: false,
      extensionBlocked: null,
      abandon: true,
    });
    expect(ownerActions(customer({ stage: 'FORMAL', status: 'FORMAL' }), 'u1', opts).abandon).toBe(false);
  });

  it('lifecycle problems are explained from their typed extension members', () => {
    setupApp();
    const say = (code: string, members: Omit<Problem, 'type' | 'title' | 'status'>) =>
      lifecycleProblemMessage(new ProblemError({ type: `https://kehu.dev/problems/${code}`, title: 'x', status: 409, ...members }));
    expect(say('extension-limit', { extensionsUsed: 2, maxExtensions: 2 })).toBe('No extension left: 2 of 2 used in this stage.');
    expect(say('daily-claim-limit', { claimsToday: 0, maxDailyClaims: 0 })).toBe('You claimed 0 customers today (limit 0).');
    expect(say('illegal-lifecycle-transition', { action: 'claim', currentStatus: 'FORMAL', currentStage: 'FORMAL' })).toContain(
      'the customer is Formal',
    );
    expect(say('protection-expired', { protectionUntil: null })).toBe('The protection has already ended.');
    expect(say('protection-expired', { protectionUntil: '2026-05-04T00:00:00.000Z' })).toBe(
      `The protection already ended (${new Date('2026-05-04T00:00:00Z').toLocaleDateString('en')}).`,
    );
    expect(say('claim-cooldown', { claimableAt: '2026-05-04T00:00:00.000Z' })).toContain(
      new Date('2026-05-04T00:00:00Z').toLocaleDateString('en'),
    );
  });

  it('claim button: enabled without a cooldown; disabled with the date while mine runs', async () => {
    const now = Date.parse('2026-05-01T00:00:00Z');
    expect(claimState({ claimableAt: null }, now)).toEqual({ canClaim: true, claimableAt: null });
    expect(claimState({ claimableAt: '2026-04-30T00:00:00Z' }, now)).toEqual({ canClaim: true, claimableAt: null });
    expect(claimState({ claimableAt: '2026-05-03T00:00:00Z' }, now)).toEqual({ canClaim: false, claimableAt: '2026-05-03T00:00:00Z' });

    const { plugins } = setupApp(['customer:claim']);
    const future = inDays(3);
    const blocked = mount(PoolClaimButton, { props: { customer: { name: 'A', claimableAt: future } }, global: { plugins } });
    const button = blocked.get('[data-testid="pool-claim-A"]');
    expect(button.attributes('disabled')).toBeDefined();
    expect(button.text()).toContain(new Date(future).toLocaleDateString('en'));
    const free = mount(PoolClaimButton, { props: { customer: { name: 'B', claimableAt: null } }, global: { plugins } });
    expect(free.get('[data-testid="pool-claim-B"]').attributes('disabled')).toBeUndefined();
    await free.get('[data-testid="pool-claim-B"]').trigger('click');
    expect(free.emitted('claim')).toHaveLength(1);
  });

  it('abandon needs a reason before anything is sent, then posts it and reports the customer gone', async () => {
    const api = fakeApi({
      'GET /api/v1/settings/rules': () => rules({ reclaimCooldownDays: 3 }),
      'POST /api/v1/customers/c1/abandon': () => new Response(null, { status: 204 }),
    });
    const { plugins } = setupApp(['customer:read', 'customer:write']);
    const wrapper = mount(CustomerLifecycleActions, { props: { customer: customer() }, global: { plugins }, attachTo: document.body });
    await flushPromises();
    await wrapper.get('[data-testid="customer-abandon"]').trigger('click');
    await flushPromises();
    expect(dialogText()).toContain('you cannot claim it back for 3 days');
    must(byTestId('lifecycle-dialog-confirm')).click();
    await vi.waitFor(() => expect(dialogText()).toContain('Why you give it up is required'), { timeout: 5000 });
    type('lifecycle-dialog-reason', '   ');
    must(byTestId('lifecycle-dialog-confirm')).click();
    await flushPromises();
    expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    type('lifecycle-dialog-reason', ' 暂无需求 ');
    must(byTestId('lifecycle-dialog-confirm')).click();
    await vi.waitFor(() => expect(wrapper.emitted('abandoned')).toHaveLength(1), { timeout: 5000 });
    expect(must(api.calls.find((c) => c.method === 'POST')).body).toEqual({ reason: '暂无需求' });
  });

  it('放入公海 for several selected customers is the same confirmation: one reason, each released on its own, failures named', async () => {
    const api = fakeApi({
      'GET /api/v1/settings/rules': () => rules({ reclaimCooldownDays: 3 }),
      'POST /api/v1/customers/c1/abandon': () => new Response(null, { status: 204 }),
      'POST /api/v1/customers/c2/abandon': () => problem(409, 'Only the owner may release this customer'),
    });
    const error = vi.spyOn(ElMessage, 'error');
    const { plugins } = setupApp(['customer:read', 'customer:write']);
    const wrapper = mount(CustomerAbandonDialog, { global: { plugins }, attachTo: document.body });
    await flushPromises();
    wrapper.vm.open([
      { id: 'c1', name: 'Acme Ltd' },
      { id: 'c2', name: 'Beta Co' },
    ]);
    await flushPromises();
    // The texts of the detail header's confirmation, for both customers.
    expect(dialogText()).toContain('you cannot claim it back for 3 days');
    expect(dialogText()).toContain('Acme Ltd、Beta Co');
    type('lifecycle-dialog-reason', '暂无需求');
    must(byTestId('lifecycle-dialog-confirm')).click();
    await vi.waitFor(() => expect(wrapper.emitted('done')).toHaveLength(1), { timeout: 5000 });
    expect(api.calls.filter((c) => c.method === 'POST').map((c) => [c.path, c.body])).toEqual([
      ['/api/v1/customers/c1/abandon', { reason: '暂无需求' }],
      ['/api/v1/customers/c2/abandon', { reason: '暂无需求' }],
    ]);
    expect(must(wrapper.emitted('done'))[0][0]).toMatchObject({ done: ['c1'], failed: [{ id: 'c2' }] });
    expect(String(error.mock.calls[0][0])).toContain('Beta Co');
    error.mockRestore();
  });

  it('extension: disabled while one is pending; days required, at most extensionMaxDays; API errors shown in the dialog', async () => {
    let answer = () =>
      new Response(
        JSON.stringify({
          type: 'https://kehu.dev/problems/illegal-lifecycle-transition',
          title: 'Not allowed',
          status: 409,
          detail: 'Cannot request-extension a customer that is POTENTIAL_PENDING',
          currentStage: 'POTENTIAL_PENDING',
        }),
        { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
      );
    const api = fakeApi({
      'GET /api/v1/settings/rules': () => rules({ maxExtensions: 2, extensionMaxDays: 10 }),
      'POST /api/v1/customers/c1/request-extension': () => answer(),
    });
    const { plugins } = setupApp(['customer:read', 'customer:write']);
    const pending = mount(CustomerLifecycleActions, { props: { customer: customer({ extensionPending: true }) }, global: { plugins } });
    expect(pending.get('[data-testid="customer-request-extension"]').attributes('disabled')).toBeDefined();
    pending.unmount();

    const wrapper = mount(CustomerLifecycleActions, {
      props: { customer: customer({ extensionsUsed: 1 }) },
      global: { plugins },
      attachTo: document.body,
    });
    await flushPromises();
    expect(wrapper.get('[data-testid="customer-request-extension"]').attributes('disabled')).toBeUndefined();
    await wrapper.get('[data-testid="customer-request-extension"]').trigger('click');
    await flushPromises();
    expect(dialogText()).toContain('Extensions left in this stage: 1');
    expect(dialogText()).toContain('at most 10');
    expect(document.body.querySelector('[data-testid="lifecycle-dialog-days"] input')?.getAttribute('aria-valuemax')).toBe('10');
    // The number input clamps to 1…extensionMaxDays itself; an emptied one is refused before sending.
    const dialog = wrapper.findComponent(LifecycleReasonDialog);
    (dialog.vm as unknown as { model: { days: number | null } }).model.days = null;
    type('lifecycle-dialog-reason', '客户内部审批较长');
    must(byTestId('lifecycle-dialog-confirm')).click();
    await vi.waitFor(() => expect(dialogText()).toContain('A whole number of days from 1 to 10'), { timeout: 5000 });
    expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    (dialog.vm as unknown as { model: { days: number | null } }).model.days = 10;
    must(byTestId('lifecycle-dialog-confirm')).click();
    await vi.waitFor(
      () => expect(byTestId('lifecycle-dialog-error')?.textContent).toContain('Not possible now: the customer is Awaiting review'),
      {
        timeout: 5000,
      },
    );
    expect(must(api.calls.find((c) => c.method === 'POST')).body).toEqual({ days: 10, reason: '客户内部审批较长' });

    // A field error of the API lands on its field.
    answer = () => problem(400, 'Validation failed', [{ field: 'days', message: 'must be an integer from 1 to 10 (extensionMaxDays)' }]);
    must(byTestId('lifecycle-dialog-confirm')).click();
    await vi.waitFor(() => expect(dialogText()).toContain('must be an integer from 1 to 10 (extensionMaxDays)'), { timeout: 5000 });
    // Success closes the dialog and hands the updated customer over.
    answer = () => json(customer({ extensionsUsed: 1, extensionPending: true }));
    must(byTestId('lifecycle-dialog-confirm')).click();
    await vi.waitFor(() => expect(wrapper.emitted('changed')).toHaveLength(1), { timeout: 5000 });
    expect(must(wrapper.emitted('changed'))[0][0]).toMatchObject({ extensionPending: true });
  });

  it('pool page lists previous owner and days in pool; claiming confirms the quota, then opens the customer; a cooldown 409 is explained', async () => {
    const cooldown = {
      type: 'https://kehu.dev/problems/claim-cooldown',
      title: 'Cooldown',
      status: 409,
      detail: 'You may claim this customer again from 2026-05-04T00:00:00.000Z',
      claimableAt: '2026-05-04T00:00:00.000Z',
    };
    const quota = {
      claimsToday: 3,
      maxDailyClaims: 20,
      remainingClaims: 17,
      ownedProtected: 10,
      maxOwnedCustomers: 200,
      remainingOwned: 190,
    };
    let claim = () => json({ items: [{ id: 'c1', claimed: true, customer: customer({ ownerId: 'u1' }) }], quota });
    const api = fakeApi({
      'GET /api/v1/customers/pool': () => page([poolCustomer()]),
      'GET /api/v1/dictionaries': () => json([]),
      'GET /api/v1/customers/pool/quota': () => json(quota),
      'POST /api/v1/customers/pool/claim': () => claim(),
    });
    const { plugins, router } = setupApp(['customer:read', 'customer:claim']);
    const push = vi.spyOn(router, 'push').mockResolvedValue(undefined);
    const wrapper = mount(PoolPage, { global: { plugins }, attachTo: document.body });
    await flushPromises();
    const list = must(api.calls.find((c) => c.path === '/api/v1/customers/pool'));
    expect(list.url.searchParams.get('sort')).toBe('-poolEnteredAt');
    const table = wrapper.get('[data-testid="pool-table"]');
    expect(table.text()).toContain('Zhou Ming');
    expect(table.text()).toContain('Abandoned');
    expect(wrapper.get('[data-testid="pool-days-苏州市恒远精密机械有限公司"]').text()).toBe('2 days');
    await wrapper.get('[data-testid="pool-claim-苏州市恒远精密机械有限公司"]').trigger('click');
    // Nothing is claimed before the confirmation, which shows the quota left.
    await vi.waitFor(() => expect(byTestId('pool-claim-quota')?.textContent).toBe('Claims left today: 17/20'), { timeout: 5000 });
    expect(api.calls.some((c) => c.path === '/api/v1/customers/pool/claim')).toBe(false);
    must(byTestId('pool-claim-confirm')).click();
    await vi.waitFor(() => expect(push).toHaveBeenCalledWith({ name: 'customer-detail', params: { id: 'c1' } }), { timeout: 5000 });
    expect(must(api.calls.find((c) => c.path === '/api/v1/customers/pool/claim')).body).toEqual({ ids: ['c1'] });

    claim = () => json({ items: [{ id: 'c1', claimed: false, problem: cooldown }], quota });
    await wrapper.get('[data-testid="pool-claim-苏州市恒远精密机械有限公司"]').trigger('click');
    await vi.waitFor(() => expect(byTestId('pool-claim-confirm')?.hasAttribute('disabled')).toBe(false), { timeout: 5000 });
    must(byTestId('pool-claim-confirm')).click();
    await vi.waitFor(
      () =>
        expect(document.body.querySelector('.el-message--error')?.textContent).toContain(
          `you may claim it again from ${new Date('2026-05-04T00:00:00Z').toLocaleDateString('en')}`,
        ),
      { timeout: 5000 },
    );
    await vi.waitFor(() => expect(api.calls.filter((c) => c.path === '/api/v1/customers/pool')).toHaveLength(2), { timeout: 5000 });
  });

  it('batch claim: selected rows, a confirmation warning that the quota allows only some, per-customer answers', async () => {
    const quota = {
      claimsToday: 19,
      maxDailyClaims: 20,
      remainingClaims: 1,
      ownedProtected: 10,
      maxOwnedCustomers: 200,
      remainingOwned: 190,
    };
    const limit = { type: 'https://kehu.dev/problems/daily-claim-limit', title: 'Limit', status: 409, claimsToday: 20, maxDailyClaims: 20 };
    const api = fakeApi({
      'GET /api/v1/customers/pool': () => page([poolCustomer(), poolCustomer({ id: 'c2', name: '常州市星辰电气有限公司' })]),
      'GET /api/v1/dictionaries': () => json([]),
      'GET /api/v1/customers/pool/quota': () => json(quota),
      'POST /api/v1/customers/pool/claim': () =>
        json({
          items: [
            { id: 'c1', claimed: true, customer: customer() },
            { id: 'c2', claimed: false, problem: limit },
          ],
          quota: { ...quota, claimsToday: 20, remainingClaims: 0 },
        }),
    });
    const { plugins } = setupApp(['customer:read', 'customer:claim']);
    const wrapper = mount(PoolPage, { global: { plugins }, attachTo: document.body });
    await flushPromises();
    expect(byTestId('pool-batch-claim')).toBeNull();
    const boxes = wrapper.findAll('[data-testid="pool-table"] tbody .el-checkbox input');
    expect(boxes).toHaveLength(2);
    for (const box of boxes) await box.setValue(true);
    await vi.waitFor(() => expect(byTestId('pool-selected-count')?.textContent).toBe('2 selected'));
    must(byTestId('pool-batch-claim')).click();
    await vi.waitFor(() => expect(byTestId('pool-claim-quota')?.textContent).toBe('Claims left today: 1/20'), { timeout: 5000 });
    expect(byTestId('pool-claim-over-quota')?.textContent).toContain('Only the first 1 can be claimed today');
    must(byTestId('pool-claim-confirm')).click();
    await vi.waitFor(() => expect(byTestId('pool-claim-result')?.textContent).toContain('1 claimed, 1 not claimed'), { timeout: 5000 });
    expect(must(api.calls.find((c) => c.path === '/api/v1/customers/pool/claim')).body).toEqual({ ids: ['c1', 'c2'] });
    expect(byTestId('pool-claim-failed-常州市星辰电气有限公司')?.textContent).toContain('常州市星辰电气有限公司');
    expect(byTestId('pool-claim-quota')?.textContent).toBe('Claims left today: 0/20');
    await vi.waitFor(() => expect(api.calls.filter((c) => c.path === '/api/v1/customers/pool')).toHaveLength(2), { timeout: 5000 });
  });

  it('review queue highlights missing fields and duplicates; reject needs a reason, approve does not', async () => {
    const item: ProtectionReviewItem = {
      approvalId: 'a1',
      requesterName: 'Zhou Ming',
      submittedAt: '2026-05-01T00:00:00Z',
      customer: customer({ stage: 'POTENTIAL_PENDING', protectionUntil: null }),
      contactCount: 0,
      missing: ['contact'],
      duplicates: [
        {
          id: null,
          name: '苏州恒远机械有限公司',
          shortName: null,
          status: 'INTENT',
          ownerName: 'Wu Fang',
          score: 0.9,
          matchedOn: ['name'],
          visible: false,
          phone: null,
          code: null,
        },
      ],
    };
    const api = fakeApi({
      'GET /api/v1/customers/review-queue': () => page([item]),
      'POST /api/v1/approvals/a1/reject': () => json({ id: 'a1' }),
      'POST /api/v1/approvals/a1/approve': () => json({ id: 'a1' }),
    });
    const { plugins } = setupApp(['customer:read', 'customer:review', 'approval:decide']);
    const wrapper = mount(ReviewQueuePage, { global: { plugins }, attachTo: document.body });
    await flushPromises();
    const name = '苏州市恒远精密机械有限公司';
    expect(wrapper.get(`[data-testid="review-missing-${name}"]`).text()).toContain('No contact with a phone');
    expect(wrapper.get(`[data-testid="review-missing-${name}"] .el-tag--danger`).text()).toBe('No contact with a phone');
    expect(wrapper.get('[data-testid="review-duplicate-苏州恒远机械有限公司"]').text()).toContain('Wu Fang');
    expect(wrapper.get('[data-testid="review-duplicate-苏州恒远机械有限公司"]').text()).toContain('90%');

    await wrapper.get(`[data-testid="review-reject-${name}"]`).trigger('click');
    await flushPromises();
    must(byTestId('lifecycle-dialog-confirm')).click();
    await vi.waitFor(() => expect(dialogText()).toContain('Reason is required'), { timeout: 5000 });
    expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    type('lifecycle-dialog-reason', '缺少联系人');
    must(byTestId('lifecycle-dialog-confirm')).click();
    await vi.waitFor(() => expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(1), { timeout: 5000 });
    expect(api.calls.filter((c) => c.method === 'POST')[0]).toMatchObject({
      path: '/api/v1/approvals/a1/reject',
      body: { comment: '缺少联系人' },
    });
    await vi.waitFor(() => expect(api.calls.filter((c) => c.path === '/api/v1/customers/review-queue')).toHaveLength(2), { timeout: 5000 });

    await wrapper.get(`[data-testid="review-approve-${name}"]`).trigger('click');
    await flushPromises();
    expect(dialogText()).toContain('Approve anyway?');
    must(byTestId('lifecycle-dialog-confirm')).click();
    await vi.waitFor(() => expect(api.calls.filter((c) => c.path === '/api/v1/approvals/a1/approve')).toHaveLength(1), { timeout: 5000 });
    expect(must(api.calls.find((c) => c.path === '/api/v1/approvals/a1/approve')).body).toEqual({});
  });

  it('churn alerts: measures listed, defer appends a measure, confirming a loss needs a reason; actions need churn:handle', async () => {
    const alert: ChurnAlert = {
      id: 'ch1',
      customerId: 'c1',
      customerName: 'Acme Ltd',
      customerCode: 'KH1',
      customerStatus: 'FORMAL',
      ownerId: 'u1',
      ownerName: 'Alice',
      raisedAt: '2026-05-01T00:00:00Z',
      lastDealAt: '2025-10-01T00:00:00Z',
      daysWithoutDeal: 212,
      status: 'DEFERRED',
      measures: [{ at: '2026-05-02T00:00:00Z', authorName: 'Alice', text: '安排技术回访' }],
      lossReason: null,
      closedAt: null,
      closedByName: null,
      version: 2,
    };
    const api = fakeApi({
      'GET /api/v1/churn-alerts': () => page([alert]),
      'POST /api/v1/churn-alerts/ch1/defer': () => json(alert),
      'POST /api/v1/churn-alerts/ch1/confirm': () => json({ ...alert, status: 'CONFIRMED' }),
    });
    const readOnly = setupApp(['customer:read']);
    const viewer = mount(ChurnAlertsPage, { global: { plugins: readOnly.plugins } });
    await flushPromises();
    expect(viewer.get('[data-testid="churn-status-Acme Ltd"]').text()).toBe('Deferred');
    expect(viewer.find('[data-testid="churn-defer-Acme Ltd"]').exists()).toBe(false);
    viewer.unmount();

    const { plugins } = setupApp(['customer:read', 'churn:handle']);
    const wrapper = mount(ChurnAlertsPage, { global: { plugins }, attachTo: document.body });
    await flushPromises();
    await wrapper.get('.el-table__expand-icon').trigger('click');
    await vi.waitFor(() => expect(wrapper.get('[data-testid="churn-measures-Acme Ltd"]').text()).toContain('安排技术回访'), {
      timeout: 5000,
    });
    expect(wrapper.get('[data-testid="churn-defer-Acme Ltd"]').text()).toBe('Add measure');

    await wrapper.get('[data-testid="churn-defer-Acme Ltd"]').trigger('click');
    await flushPromises();
    type('lifecycle-dialog-reason', '赠送一次免费保养');
    must(byTestId('lifecycle-dialog-confirm')).click();
    await vi.waitFor(() => expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(1), { timeout: 5000 });
    expect(api.calls.filter((c) => c.method === 'POST')[0]).toMatchObject({
      path: '/api/v1/churn-alerts/ch1/defer',
      body: { measure: '赠送一次免费保养' },
    });

    await wrapper.get('[data-testid="churn-confirm-Acme Ltd"]').trigger('click');
    await flushPromises();
    must(byTestId('lifecycle-dialog-confirm')).click();
    await vi.waitFor(() => expect(dialogText()).toContain('Reason for the loss is required'), { timeout: 5000 });
    expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    type('lifecycle-dialog-reason', '客户已转向竞争对手');
    must(byTestId('lifecycle-dialog-confirm')).click();
    await vi.waitFor(() => expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(2), { timeout: 5000 });
    expect(api.calls.filter((c) => c.method === 'POST')[1]).toMatchObject({
      path: '/api/v1/churn-alerts/ch1/confirm',
      body: { reason: '客户已转向竞争对手' },
    });
  });
});
