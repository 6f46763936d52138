import { reactive, ref, shallowRef, type UnwrapRef } from 'vue';
import { showError } from '../api/problem-form';

export interface PageParams {
  page: number;
  pageSize: number;
  sort?: string;
}

export interface PageResult<T> {
  items: T[];
  total: number;
  /** The server stopped counting: more than `total` rows match (pages up to `total` can be fetched). */
  totalCapped?: boolean;
}

/**
 * Paging, sorting and searching for a list page. `fetcher` gets the query plus page/pageSize/sort
 * and answers a page `{ items, total }` (use `unwrap(await http.GET(...))`).
 */
export function useTable<T, Q extends object>(
  fetcher: (params: UnwrapRef<Q> & PageParams) => Promise<PageResult<T>>,
  options: { query: () => Q; pageSize?: number; sort?: string; immediate?: boolean },
) {
  const query = reactive(options.query());
  const rows = shallowRef<T[]>([]);
  const total = ref(0);
  const totalCapped = ref(false);
  const loading = ref(false);
  const page = ref(1);
  const pageSize = ref(options.pageSize ?? 20);
  const sort = ref<string | undefined>(options.sort);
  let seq = 0;

  /** Drop empty filters so they are not sent. */
  function cleanQuery(): UnwrapRef<Q> {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(query)) {
      if (value === '' || value === null || value === undefined) continue;
      if (Array.isArray(value) && value.length === 0) continue;
      out[key] = value;
    }
    return out as UnwrapRef<Q>;
  }

  async function load(): Promise<void> {
    const mine = ++seq;
    loading.value = true;
    try {
      const params = { ...(cleanQuery() as object), page: page.value, pageSize: pageSize.value, sort: sort.value };
      const result = await fetcher(params as UnwrapRef<Q> & PageParams);
      if (mine !== seq) return;
      rows.value = result.items;
      total.value = result.total;
      totalCapped.value = result.totalCapped ?? false;
    } catch (error) {
      if (mine === seq) showError(error);
    } finally {
      if (mine === seq) loading.value = false;
    }
  }

  /** Apply the filters from the first page. */
  function search(): Promise<void> {
    page.value = 1;
    return load();
  }

  function reset(): Promise<void> {
    Object.assign(query, options.query());
    return search();
  }

  /** Replace the filters by a view's (everything else back to empty) and search. */
  function apply(filters: Partial<UnwrapRef<Q>>): Promise<void> {
    Object.assign(query, options.query(), filters);
    return search();
  }

  /** The filters that are set (empty ones dropped), e.g. to save them as a view. */
  function currentFilters(): Partial<UnwrapRef<Q>> {
    return cleanQuery() as Partial<UnwrapRef<Q>>;
  }

  /** Bind to `el-table @sort-change`. */
  function onSortChange({ prop, order }: { prop: string | null; order: 'ascending' | 'descending' | null }) {
    sort.value = prop && order ? (order === 'descending' ? `-${prop}` : prop) : options.sort;
    return search();
  }

  function onPageChange(value: number) {
    page.value = value;
    return load();
  }

  function onSizeChange(value: number) {
    pageSize.value = value;
    return search();
  }

  if (options.immediate !== false) void load();

  return { query, rows, total, totalCapped, loading, page, pageSize, sort, load, search, reset, apply, currentFilters, onSortChange, onPageChange, onSizeChange };
}
