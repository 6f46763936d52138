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
    expect(calls[0].url.searchParams.get('status')).toBe('pending');
    const table = wrapper.get('[data-testid="approvals-table-pending"]');
    expect(table.text()).toContain('Protection extension');
    expect(wrapper.get('[data-testid="approvals-status-a1"]').text()).toBe('Pending');
    expect(wrapper.find('[data-testid="approvals-approve-a1"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="approvals-approve-a2"]').exists()).toBe(false);
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
    await vi.waitFor(() => expect(calls.filter((c) => c.method === 'GET')).toHaveLength(2));

    answer = () => problem(409, 'The step was already decided');
    await wrapper.get('[data-testid="approvals-approve-a1"]').trigger('click');
    await flushPromises();
    must(document.body.querySelector<HTMLElement>('[data-testid="approvals-decision-save"]')).click();
    await vi.waitFor(() => expect(calls.filter((c) => c.method === 'GET')).toHaveLength(3));
  });

  it('without approval:decide shows only my requests, with a withdraw action for pending ones', async () => {
    const { wrapper, calls } = await mountPage([], {
      'GET /api/v1/approvals': () =>
        page([approval({ canDecide: false }), approval({ id: 'a3', status: 'CANCELLED', canDecide: false })]),
    });
    expect(calls[0].url.searchParams.get('mine')).toBe('true');
    expect(wrapper.find('[data-testid="approvals-table-pending"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="approvals-cancel-a1"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="approvals-cancel-a3"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="approvals-status-a3"]').text()).toBe('Withdrawn');
  });
});
