import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { http, setHttpClient } from '../../../api/http';
import type { Approval } from '../../../api/types';
import { fakeApi, json, must, problem } from '../../../testing/fake-api';
import { setupApp } from '../../../testing/helpers';
import ApprovalsPage from './index.vue';

const original = http;
const approval = (over: Partial<Approval> = {}): Approval => ({
  id: 'a1',
  subjectType: 'customer.extension',
  subjectId: 'c1',
  subjectTitle: 'Spring Air Conditioning Co.',
  requesterId: 'u2',
  requesterName: 'Zhang Wei',
  reason: 'Needs 10 more days',
  payload: { days: 10 },
  status: 'PENDING',
  currentStep: 0,
  steps: [
    {
      index: 0,
      approverKind: 'DEPARTMENT_MANAGER',
      roleCode: null,
      status: 'PENDING',
      decidedBy: null,
      decidedByName: null,
      decidedAt: null,
      comment: null,
    },
  ],
  canDecide: true,
  createdAt: '2026-11-20T08:00:00Z',
  decidedAt: null,
  version: 1,
  ...over,
});
const page = (items: Approval[]) => json({ items, total: items.length, page: 1, pageSize: 20 });

async function mountPage(permissions: string[], routes: Parameters<typeof fakeApi>[0]) {
  const api = fakeApi(routes);
  const { plugins } = setupApp(permissions);
  const wrapper = mount(ApprovalsPage, { global: { plugins }, attachTo: document.body });
  await flushPromises();
  return { wrapper, ...api };
}

describe('approvals page', { timeout: 20000 }, () => {
  afterEach(() => {
    setHttpClient(original);
    document.body.innerHTML = '';
  });

  it('shows my inbox with translated type and status, and decision buttons only where I may decide', async () => {
    const { wrapper, calls } = await mountPage(['approval:decide'], {
      'GET /api/v1/approvals': () => page([approval(), approval({ id: 'a2', canDecide: false })]),
    });
    expect(must(calls.find((c) => c.path === '/api/v1/approvals')).url.searchParams.get('status')).toBe('pending');
    const table = wrapper.get('[data-testid="approvals-pending-table"]');
    expect(table.text()).toContain('Protection extension');
    expect(wrapper.get('[data-testid="approvals-status-a1"]').text()).toBe('Pending');
    expect(wrapper.find('[data-testid="approvals-approve-a1"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="approvals-approve-a2"]').exists()).toBe(false);
  });

  it('shows a contract request’s amount, discount and amendment, linked to the contract', async () => {
    const { wrapper } = await mountPage(['approval:decide'], {
      'GET /api/v1/approvals': () =>
        page([
          approval(),
          approval({
            id: 'a3',
            subjectType: 'contract',
            subjectId: 'k1',
            subjectTitle: 'HT202612-0001 恒瑞热泵采购（变更 2）',
            payload: { revision: 2, total: '678000.00', senior: true, discountBelowThreshold: true },
          }),
        ]),
    });
    expect(wrapper.get('[data-testid="approvals-facts-a3"]').text()).toBe('Amount 678,000.00 · Discount below the approval line · Amendment, version 2');
    expect(wrapper.get('[data-testid="approvals-row-a3"]').attributes('href')).toBe('/contracts/k1');
    expect(wrapper.find('[data-testid="approvals-facts-a1"]').exists()).toBe(false);
  });

  it('approves the displayed step and reloads; a 409 (decided meanwhile) also reloads', async () => {
    let answer = () => json(approval({ status: 'APPROVED', canDecide: false }));
    const { wrapper, calls } = await mountPage(['approval:decide'], {
      'GET /api/v1/approvals': () => page([approval()]),
      'POST /api/v1/approvals/a1/approve': () => answer(),
    });
    await wrapper.get('[data-testid="approvals-approve-a1"]').trigger('click');
    await flushPromises();
    const comment = must(document.body.querySelector<HTMLTextAreaElement>('[data-testid="approvals-decision-comment"]'));
    comment.value = ' ok ';
    comment.dispatchEvent(new Event('input'));
    must(document.body.querySelector<HTMLElement>('[data-testid="approvals-decision-save"]')).click();
    await vi.waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(must(calls.find((c) => c.method === 'POST')).body).toEqual({ comment: 'ok', step: 0 });
    await vi.waitFor(() => expect(calls.filter((c) => c.method === 'GET' && c.path === '/api/v1/approvals')).toHaveLength(2));

    answer = () => problem(409, 'The step was already decided');
    await wrapper.get('[data-testid="approvals-approve-a1"]').trigger('click');
    await flushPromises();
    must(document.body.querySelector<HTMLElement>('[data-testid="approvals-decision-save"]')).click();
    await vi.waitFor(() => expect(calls.filter((c) => c.method === 'GET' && c.path === '/api/v1/approvals')).toHaveLength(3));
  });

  it('without approval:decide shows only my requests, with a withdraw action for pending ones', async () => {
    const { wrapper, calls } = await mountPage([], {
      'GET /api/v1/approvals': () => page([approval({ canDecide: false }), approval({ id: 'a3', status: 'CANCELLED', canDecide: false })]),
    });
    expect(must(calls.find((c) => c.path === '/api/v1/approvals')).url.searchParams.get('mine')).toBe('true');
    expect(wrapper.find('[data-testid="approvals-pending-table"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="approvals-cancel-a1"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="approvals-cancel-a3"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="approvals-status-a3"]').text()).toBe('Withdrawn');
  });

  it('links each row to its subject, filters by request type, and decides a selection with one comment, listing what failed', async () => {
    const { wrapper, calls } = await mountPage(['approval:decide'], {
      'GET /api/v1/approvals': () =>
        page([approval(), approval({ id: 'a2', subjectId: 'c2', subjectTitle: 'Acme Ltd' }), approval({ id: 'a3', canDecide: false })]),
      'GET /api/v1/approval-chains': () =>
        json([
          { subjectType: 'customer.extension', name: '延期', steps: [], handled: true, updatedAt: '2026-11-20T08:00:00Z', version: 1 },
          { subjectType: 'contract', name: '合同', steps: [], handled: false, updatedAt: '2026-11-20T08:00:00Z', version: 1 },
        ]),
      'POST /api/v1/approvals/decisions': () =>
        json({
          results: [
            { id: 'a1', ok: true, status: 'APPROVED', problem: null },
            {
              id: 'a2',
              ok: false,
              status: null,
              problem: { type: 'https://kehu.dev/problems/approval-not-pending', title: 'Already decided', status: 409 },
            },
          ],
          decided: 1,
          failed: 1,
        }),
    });
    expect(wrapper.get('[data-testid="approvals-row-a1"]').attributes('href')).toBe('/customers/c1');

    // The type filter offers the kinds this installation handles and narrows the list.
    const typeSelect = must(
      wrapper.findAllComponents({ name: 'ElSelect' }).find((s) => s.attributes('data-testid') === 'approvals-filter-type-pending'),
    );
    const options = typeSelect.findAllComponents({ name: 'ElOption' }).map((o) => o.props('value'));
    expect(options).toEqual(['customer.extension']);
    typeSelect.vm.$emit('update:modelValue', 'customer.extension');
    typeSelect.vm.$emit('change', 'customer.extension');
    await flushPromises();
    expect(
      calls
        .filter((c) => c.path === '/api/v1/approvals')
        .at(-1)
        ?.url.searchParams.get('subjectType'),
    ).toBe('customer.extension');

    // Only rows I may decide can be selected.
    const table = wrapper.findComponent({ name: 'ElTable' });
    table.vm.$emit('selection-change', [approval(), approval({ id: 'a2', subjectId: 'c2', subjectTitle: 'Acme Ltd' })]);
    await flushPromises();
    const batch = wrapper.get('[data-testid="approvals-batch-approve"]');
    expect(batch.text()).toContain('(2)');
    await batch.trigger('click');
    await flushPromises();
    const comment = must(document.body.querySelector<HTMLTextAreaElement>('[data-testid="approvals-decision-comment"]'));
    comment.value = '同意';
    comment.dispatchEvent(new Event('input'));
    must(document.body.querySelector<HTMLElement>('[data-testid="approvals-decision-save"]')).click();
    await vi.waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(must(calls.find((c) => c.method === 'POST')).body).toEqual({ ids: ['a1', 'a2'], decision: 'approve', comment: '同意' });
    await vi.waitFor(() =>
      expect(document.body.querySelector('[data-testid="approvals-decision-failures"]')?.textContent).toContain('Acme Ltd'),
    );
    expect(document.body.querySelector('[data-testid="approvals-decision-failures"]')?.textContent).toContain('1 could not be decided');
  });

  it('opens the tab a link asks for', async () => {
    const api = fakeApi({ 'GET /api/v1/approvals': () => page([]), 'GET /api/v1/approval-chains': () => json([]) });
    const { plugins, router } = setupApp(['approval:decide']);
    await router.push('/approvals?tab=mine');
    mount(ApprovalsPage, { global: { plugins }, attachTo: document.body });
    await flushPromises();
    expect(must(api.calls.find((c) => c.path === '/api/v1/approvals')).url.searchParams.get('mine')).toBe('true');
  });
});
