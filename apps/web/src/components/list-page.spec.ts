/* eslint-disable vue/one-component-per-file -- the hosts and probes of these tests are defined inline */
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import { ElMessage, ElMessageBox } from 'element-plus';
import type { SavedListView } from '../api/types';
import { useTable } from '../composables/use-table';
import { useFormDrawer } from '../composables/use-form-drawer';
import { fakeApi, json, problem } from '../testing/fake-api';
import { setupApp } from '../testing/helpers';
import ListPage from './list-page.vue';

type Row = { id: string; name: string; phone: string };
const rows: Row[] = [
  { id: 'a', name: '金坛暖通', phone: '0519-1' },
  { id: 'b', name: '春意空调', phone: '0519-2' },
];

function savedView(id: string, list: string, name: string, query: SavedListView['query']): SavedListView {
  return { id, list, name, query, version: 1, updatedAt: '2026-12-07T08:00:00.000Z' };
}

function phoneWidth(matches: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

function host(
  fetcher = vi.fn(async (params: Record<string, unknown>) => ({ items: params.mine ? [rows[0]] : rows, total: params.mine ? 1 : 2 })),
) {
  const Host = defineComponent({
    setup() {
      const table = useTable(fetcher, { query: () => ({ q: '', mine: false }) });
      return () =>
        h(
          ListPage,
          {
            table,
            pageKey: 'things',
            columns: [
              { key: 'name', label: 'Name', minWidth: 200 },
              { key: 'phone', label: 'Phone', width: 130, optional: true },
              { key: 'code', label: 'Code', width: 120, optional: true, hidden: true },
            ],
            views: [{ key: 'mine', label: 'Mine', query: { mine: true } }],
            selectable: true,
          },
          {
            batch: ({ selected }: { selected: Row[] }) => h('span', { 'data-testid': 'batch' }, selected.map((r) => r.name).join(',')),
            card: ({ row }: { row: Row }) => h('b', { 'data-testid': `card-${row.id}` }, row.name),
          },
        );
    },
  });
  return { Host, fetcher };
}

describe('ListPage', { timeout: 20000 }, () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    localStorage.clear();
    document.body.innerHTML = '';
  });

  it('applies views, saves the current filters as a view of this user on the server, and chooses columns', async () => {
    phoneWidth(false);
    const api = fakeApi({
      'GET /api/v1/settings/list-views': () =>
        json([savedView('v1', 'things', 'Old view', { q: '春意' }), savedView('v2', 'other-page', 'Elsewhere', {})]),
      'POST /api/v1/settings/list-views': (_request, body) => json({ ...savedView('v3', '', '', {}), ...(body as object) }, 201),
      'DELETE /api/v1/settings/list-views/v1': () => json(null, 204),
    });
    const { plugins, router } = setupApp(['customer:read']);
    const { Host, fetcher } = host();
    const wrapper = mount(Host, { global: { plugins }, attachTo: document.body });
    // The router's first navigation loads its page before the test ends (not after the environment is gone).
    await router.isReady();
    await flushPromises();
    expect(wrapper.findAll('th').map((th) => th.text())).toEqual(['', 'Name', 'Phone']);
    // Rows do not wait for the views: the list was asked for at once, beside the views.
    expect(fetcher).toHaveBeenCalledTimes(1);
    // Only this page's saved views, after the built-in ones.
    expect(wrapper.get('[data-testid="things-views"]').text()).toMatch(/All.*Mine.*Old view/);
    expect(wrapper.get('[data-testid="things-views"]').text()).not.toContain('Elsewhere');

    await wrapper.get('[data-testid="things-view-v1"]').trigger('click');
    await flushPromises();
    expect(fetcher).toHaveBeenLastCalledWith(expect.objectContaining({ q: '春意', page: 1 }));

    await wrapper.get('[data-testid="things-view-mine"]').trigger('click');
    await flushPromises();
    expect(fetcher).toHaveBeenLastCalledWith(expect.objectContaining({ mine: true, page: 1 }));
    expect(wrapper.get('[data-testid="things-table"]').text()).not.toContain('春意空调');

    vi.spyOn(ElMessageBox, 'prompt').mockResolvedValue({ value: '我的筛选', action: 'confirm' } as never);
    await wrapper.get('[data-testid="things-save-view"]').trigger('click');
    await flushPromises();
    const posts = api.calls.filter((c) => c.method === 'POST');
    expect(posts.map((c) => c.body)).toEqual([{ list: 'things', name: '我的筛选', query: { mine: true } }]);
    expect(wrapper.get('[data-testid="things-views"]').text()).toContain('我的筛选');
    expect(localStorage.getItem('kehu.views.things.u1')).toBeNull();

    await wrapper.get('[data-testid="things-view-v1"] .view-remove').trigger('click');
    await flushPromises();
    expect(api.calls.filter((c) => c.method === 'DELETE').map((c) => c.path)).toEqual(['/api/v1/settings/list-views/v1']);
    expect(wrapper.get('[data-testid="things-views"]').text()).not.toContain('Old view');

    await wrapper.get('[data-testid="things-view-all"]').trigger('click');
    await flushPromises();
    expect(fetcher).toHaveBeenLastCalledWith(expect.not.objectContaining({ mine: true }));
    expect(localStorage.getItem('kehu.columns.things')).toBeNull();
    // One request for the views of every page, however many lists are opened.
    expect(api.calls.filter((c) => c.method === 'GET')).toHaveLength(1);
  });

  it('saves the views this browser kept before they moved to the server, once', async () => {
    phoneWidth(false);
    localStorage.setItem(
      'kehu.views.things.u1',
      JSON.stringify([
        { key: 'saved-1', label: 'Kept here', query: { mine: true } },
        { key: 'saved-2', label: 'Old view', query: {} },
      ]),
    );
    const api = fakeApi({
      'GET /api/v1/settings/list-views': () => json([savedView('v1', 'things', 'Old view', {})]),
      'POST /api/v1/settings/list-views': (_request, body) => json({ ...savedView('v9', '', '', {}), ...(body as object) }, 201),
    });
    const { plugins, router } = setupApp(['customer:read']);
    const wrapper = mount(host().Host, { global: { plugins }, attachTo: document.body });
    await router.isReady();
    await flushPromises();
    // The name the server already has is not saved twice.
    expect(api.calls.filter((c) => c.method === 'POST').map((c) => c.body)).toEqual([
      { list: 'things', name: 'Kept here', query: { mine: true } },
    ]);
    expect(localStorage.getItem('kehu.views.things.u1')).toBeNull();
    expect(wrapper.get('[data-testid="things-views"]').text()).toContain('Kept here');
  });

  it('a list whose saved views cannot be read still shows its rows and built-in views, without an error', async () => {
    phoneWidth(false);
    fakeApi({ 'GET /api/v1/settings/list-views': () => problem(500, 'down') });
    const error = vi.spyOn(ElMessage, 'error');
    const { plugins, router } = setupApp(['customer:read']);
    const wrapper = mount(host().Host, { global: { plugins }, attachTo: document.body });
    await router.isReady();
    await flushPromises();
    expect(wrapper.get('[data-testid="things-table"]').text()).toContain('春意空调');
    expect(wrapper.get('[data-testid="things-views"]').text()).toContain('Mine');
    expect(error).not.toHaveBeenCalled();
  });

  it('selects rows for the batch actions, and on phones shows cards instead of the table', async () => {
    phoneWidth(false);
    fakeApi({ 'GET /api/v1/settings/list-views': () => json([]) });
    const { plugins, router } = setupApp(['customer:read']);
    const { Host } = host();
    const wrapper = mount(Host, { global: { plugins }, attachTo: document.body });
    await router.isReady();
    await flushPromises();
    expect(wrapper.find('[data-testid="batch"]').exists()).toBe(false);
    await wrapper.findAll('tbody .el-checkbox input')[1].setValue(true);
    await nextTick();
    expect(wrapper.get('[data-testid="things-selected-count"]').text()).toBe('1 selected');
    expect(wrapper.get('[data-testid="batch"]').text()).toBe('春意空调');
    wrapper.unmount();

    phoneWidth(true);
    const phone = mount(host().Host, { global: { plugins }, attachTo: document.body });
    await flushPromises();
    expect(phone.find('[data-testid="things-table"]').exists()).toBe(false);
    expect(phone.findAll('[data-testid="things-card"]')).toHaveLength(2);
    expect(phone.get('[data-testid="card-a"]').text()).toBe('金坛暖通');
    await phone.findAll('[data-testid="things-card"] .el-checkbox input')[0].setValue(true);
    expect(phone.get('[data-testid="batch"]').text()).toBe('金坛暖通');
  });

  it('form drawer: asks before discarding edits, and is full screen on phones', async () => {
    phoneWidth(true);
    setupApp([]);
    let drawer!: ReturnType<typeof useFormDrawer<{ name: string }>>;
    mount(
      defineComponent({
        setup: () => {
          drawer = useFormDrawer(() => ({ name: '' }), { submit: async () => undefined });
          return () => null;
        },
      }),
    );
    expect(drawer.size.value).toBe('100%');
    expect(drawer.labelPosition.value).toBe('top');
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockRejectedValue('cancel');
    drawer.open({ name: '春意' });
    const done = vi.fn();
    await drawer.beforeClose(done);
    expect(confirm).not.toHaveBeenCalled();
    expect(done).toHaveBeenCalledTimes(1);
    drawer.model.name = '春意空调';
    await drawer.beforeClose(done);
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(done).toHaveBeenCalledTimes(1);
    confirm.mockResolvedValue('confirm' as never);
    await drawer.beforeClose(done);
    expect(done).toHaveBeenCalledTimes(2);
  });
});
