import { describe, expect, it } from 'vitest';
import { shallowRef } from 'vue';
import { useLocalTable } from './use-local-table';

type Item = { code: string; label: string; order: number; enabled: boolean };
const items: Item[] = Array.from({ length: 25 }, (_, i) => ({
  code: `c${String(i).padStart(2, '0')}`,
  label: i % 2 ? '华东' : '华南',
  order: 25 - i,
  enabled: i % 5 !== 0,
}));

function table() {
  const source = shallowRef(items);
  const t = useLocalTable(() => source.value, {
    query: () => ({ q: '', enabled: undefined as boolean | undefined }),
    match: (item, { q, enabled }) =>
      (enabled === undefined || item.enabled === enabled) && (!q || item.label.includes(q) || item.code.includes(q)),
    pageSize: 10,
  });
  return { t, source };
}

describe('useLocalTable', () => {
  it('pages, filters only once searched, sorts, and follows its source', async () => {
    const { t, source } = table();
    expect([t.total.value, t.rows.value.length, t.rows.value[0].code]).toEqual([25, 10, 'c00']);
    t.onPageChange(3);
    expect(t.rows.value.map((r) => r.code)).toEqual(['c20', 'c21', 'c22', 'c23', 'c24']);

    // Typing is not applying: the filter counts once searched, from the first page.
    t.query.q = '华东';
    expect(t.total.value).toBe(25);
    await t.search();
    expect([t.total.value, t.page.value, t.currentFilters()]).toEqual([12, 1, { q: '华东' }]);

    // A view replaces every filter; an unset filter is not one.
    await t.apply({ enabled: false });
    expect([t.query.q, t.total.value, t.currentFilters()]).toEqual(['', 5, { enabled: false }]);

    await t.reset();
    t.onSortChange({ prop: 'order', order: 'ascending' });
    expect(t.rows.value[0]).toMatchObject({ code: 'c24', order: 1 });
    t.onSortChange({ prop: 'order', order: 'descending' });
    expect(t.rows.value[0]).toMatchObject({ code: 'c00', order: 25 });

    source.value = items.slice(0, 3);
    expect(t.total.value).toBe(3);
  });
});
