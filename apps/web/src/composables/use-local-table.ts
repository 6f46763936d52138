import { computed, reactive, ref, shallowRef, type Ref, type UnwrapRef } from 'vue';

function clean(query: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === '' || value === null || value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out;
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'zh-CN');
}

/**
 * `useTable` for a list the page already holds whole (a dictionary's items, the business rules):
 * the same filters, views, sorting and paging for ListPage, worked out in the browser. `match`
 * says whether a row passes the applied filters.
 */
export function useLocalTable<R, Q extends object>(
  source: () => R[],
  options: { query: () => Q; match: (row: R, filters: Partial<UnwrapRef<Q>>) => boolean; pageSize?: number; loading?: Ref<boolean> },
) {
  const query = reactive(options.query());
  const applied = shallowRef<Partial<UnwrapRef<Q>>>(clean(query) as Partial<UnwrapRef<Q>>);
  const page = ref(1);
  const pageSize = ref(options.pageSize ?? 20);
  const sort = ref<{ prop: string; desc: boolean } | null>(null);
  const loading = options.loading ?? ref(false);

  const matching = computed(() => {
    const list = source().filter((row) => options.match(row, applied.value));
    const by = sort.value;
    if (!by) return list;
    return [...list].sort(
      (a, b) => compare((a as Record<string, unknown>)[by.prop], (b as Record<string, unknown>)[by.prop]) * (by.desc ? -1 : 1),
    );
  });
  const total = computed(() => matching.value.length);
  const rows = computed(() => matching.value.slice((page.value - 1) * pageSize.value, page.value * pageSize.value));

  function search(): Promise<void> {
    applied.value = clean(query) as Partial<UnwrapRef<Q>>;
    page.value = 1;
    return Promise.resolve();
  }
  function reset(): Promise<void> {
    Object.assign(query, options.query());
    return search();
  }
  function apply(filters: Record<string, unknown>): Promise<void> {
    Object.assign(query, options.query(), filters);
    return search();
  }
  function currentFilters(): Partial<UnwrapRef<Q>> {
    return applied.value;
  }
  function onSortChange({ prop, order }: { prop: string | null; order: 'ascending' | 'descending' | null }) {
    sort.value = prop && order ? { prop, desc: order === 'descending' } : null;
    page.value = 1;
  }
  function onPageChange(value: number) {
    page.value = value;
  }
  function onSizeChange(value: number) {
    pageSize.value = value;
    page.value = 1;
  }

  return { query, rows, total, loading, page, pageSize, search, reset, apply, currentFilters, onSortChange, onPageChange, onSizeChange };
}
