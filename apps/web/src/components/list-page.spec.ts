/* eslint-disable vue/one-component-per-file -- the hosts and probes of these tests are defined inline */
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import { ElMessageBox } from 'element-plus';
import { useTable } from '../composables/use-table';
import { useFormDrawer } from '../composables/use-form-drawer';
import { setupApp } from '../testing/helpers';
import ListPage from './list-page.vue';

type Row = { id: string; name: string; phone: string };
const rows: Row[] = [
  { id: 'a', name: '金坛暖通', phone: '0519-1' },
  { id: 'b', name: '春意空调', phone: '0519-2' },
];

function phoneWidth(matches: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches, media: query, addEventListener: () => undefined, removeEventListener: () => undefined }));
}

function host(fetcher = vi.fn(async (params: Record<string, unknown>) => ({ items: params.mine ? [rows[0]] : rows, total: params.mine ? 1 : 2 }))) {
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
    vi.unstubAllGlobals();
    localStorage.clear();
    document.body.innerHTML = '';
  });

  it('applies views, saves the current filters as a view of this user, and chooses columns', async () => {
    phoneWidth(false);
    const { plugins, router } = setupApp(['customer:read']);
    const { Host, fetcher } = host();
    const wrapper = mount(Host, { global: { plugins }, attachTo: document.body });
    // The router's first navigation loads its page before the test ends (not after the environment is gone).
    await router.isReady();
    await flushPromises();
    expect(wrapper.findAll('th').map((th) => th.text())).toEqual(['', 'Name', 'Phone']);

    await wrapper.get('[data-testid="things-view-mine"]').trigger('click');
    await flushPromises();
    expect(fetcher).toHaveBeenLastCalledWith(expect.objectContaining({ mine: true, page: 1 }));
    expect(wrapper.get('[data-testid="things-table"]').text()).not.toContain('春意空调');

    vi.spyOn(ElMessageBox, 'prompt').mockResolvedValue({ value: '我的筛选', action: 'confirm' } as never);
    await wrapper.get('[data-testid="things-save-view"]').trigger('click');
    await flushPromises();
    const saved = JSON.parse(localStorage.getItem('kehu.views.things.u1') ?? '[]');
    expect(saved).toEqual([expect.objectContaining({ label: '我的筛选', query: { mine: true } })]);
    expect(wrapper.get('[data-testid="things-views"]').text()).toContain('我的筛选');

    await wrapper.get('[data-testid="things-view-all"]').trigger('click');
    await flushPromises();
    expect(fetcher).toHaveBeenLastCalledWith(expect.not.objectContaining({ mine: true }));
    expect(localStorage.getItem('kehu.columns.things')).toBeNull();
  });

  it('selects rows for the batch actions, and on phones shows cards instead of the table', async () => {
    phoneWidth(false);
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
    mount(defineComponent({ setup: () => { drawer = useFormDrawer(() => ({ name: '' }), { submit: async () => undefined }); return () => null; } }));
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
