import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { http, setHttpClient } from '../../api/http';
import type { KanbanColumn, Opportunity } from '../../api/types';
import { fakeApi, json } from '../../testing/fake-api';
import { setupApp } from '../../testing/helpers';
import Kanban from './kanban.vue';
import { moveCard } from './kanban-moves';
import { resetStages } from './use-stages';

const original = http;
const card = (over: Partial<Opportunity> = {}): Opportunity => ({
  id: 'o1',
  title: '冷库压缩机组',
  customerId: null,
  customerName: null,
  prospectCompany: '常州冬青制冷',
  prospectContact: '沈经理',
  prospectPhone: '0519-86123456',
  source: null,
  summary: null,
  contactName: null,
  contactPhone: null,
  expectedAmount: '300000.05',
  probability: 10,
  expectedCloseDate: null,
  stage: 'lead',
  status: 'ASSIGNED',
  ownerId: 'u1',
  ownerName: '陈晓',
  departmentId: null,
  stageChangedAt: '2026-12-01T00:00:00.000Z',
  closedAt: null,
  lossReason: null,
  lossNote: null,
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  version: 1,
  ...over,
});
const column = (stage: string, items: Opportunity[], amount = '0.00', count = items.length): KanbanColumn => ({ stage, label: stage, labelEn: stage, probability: 10, count, amount, items });
const stages = ['lead', 'qualified', 'proposal', 'negotiation'].map((code, i) => ({ code, label: code, labelEn: code, probability: [10, 30, 50, 70][i], open: true }));
const board = () => [column('lead', [card()], '300000.05'), column('qualified', [], '100.00', 3), column('proposal', []), column('negotiation', [])];

describe('kanban', { timeout: 20000 }, () => {
  afterEach(() => {
    setHttpClient(original);
    resetStages();
    document.body.innerHTML = '';
  });

  it('moves a card and its count and amount, exactly, without touching the columns it came from', () => {
    const before = board();
    const after = moveCard(before, before[0].items[0], 'qualified');
    expect(after.map((c) => [c.stage, c.count, c.amount, c.items.map((i) => i.stage)])).toEqual([
      ['lead', 0, '0.00', []],
      ['qualified', 4, '300100.05', ['qualified']],
      ['proposal', 0, '0.00', []],
      ['negotiation', 0, '0.00', []],
    ]);
    expect(before[0].items).toHaveLength(1);
  });

  async function mountBoard(answer: () => Response) {
    const api = fakeApi({
      'GET /api/v1/opportunity-stages': () => json(stages),
      'GET /api/v1/opportunities/kanban': () => json({ columns: board() }),
      'POST /api/v1/opportunities/o1/stage': answer,
    });
    const { plugins, router } = setupApp(['opportunity:read', 'opportunity:write']);
    const wrapper = mount(Kanban, { global: { plugins }, attachTo: document.body });
    await router.isReady();
    await flushPromises();
    const drag = async (to: string) => {
      await wrapper.get('[data-testid="kanban-card-冷库压缩机组"]').trigger('dragstart');
      await wrapper.get(`[data-testid="kanban-column-${to}"]`).trigger('drop');
      await flushPromises();
    };
    return { api, wrapper, drag };
  }

  it('snaps a refused move back and shows the API’s reason', async () => {
    const refused = () =>
      new Response(JSON.stringify({ type: 'https://kehu.dev/problems/opportunity-stage-jump', title: 'The stage rules do not allow this move', status: 409 }), {
        status: 409,
        headers: { 'Content-Type': 'application/problem+json' },
      });
    const { api, wrapper, drag } = await mountBoard(refused);
    await drag('proposal');
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({ stage: 'proposal' });
    expect(wrapper.get('[data-testid="kanban-column-lead"]').text()).toContain('冷库压缩机组');
    expect(wrapper.get('[data-testid="kanban-column-proposal"]').text()).not.toContain('冷库压缩机组');
    expect(wrapper.get('[data-testid="kanban-count-lead"]').text()).toBe('1');
    expect(wrapper.get('[data-testid="kanban-count-proposal"]').text()).toBe('0');
    expect(document.querySelector('.kanban-refused')?.textContent).toContain('Stages move forward one at a time');
  });

  it('keeps an accepted move with the server’s answer', async () => {
    const { wrapper, drag } = await mountBoard(() => json(card({ stage: 'qualified', probability: 30, version: 2 })));
    await drag('qualified');
    expect(wrapper.get('[data-testid="kanban-column-qualified"]').text()).toContain('冷库压缩机组');
    expect(wrapper.get('[data-testid="kanban-column-lead"]').text()).not.toContain('冷库压缩机组');
    expect(wrapper.get('[data-testid="kanban-count-qualified"]').text()).toBe('4');
    expect(wrapper.get('[data-testid="kanban-amount-qualified"]').text()).toBe('300,100.05');
  });
});
