import { ref, watch } from 'vue';

/** Optional columns of the customer list (name, status and actions are always shown). */
export const OPTIONAL_COLUMNS = [
  'code',
  'shortName',
  'ownerName',
  'industry',
  'level',
  'grade',
  'region',
  'phone',
  'lastContactAt',
  'nextContactAt',
  'createdAt',
] as const;
export type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];

export const DEFAULT_COLUMNS: OptionalColumn[] = ['code', 'ownerName', 'industry', 'level', 'phone', 'lastContactAt', 'createdAt'];
const STORAGE_KEY = 'kehu.customerColumns';

function read(): OptionalColumn[] {
  try {
    const saved = JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) ?? 'null');
    if (Array.isArray(saved)) return saved.filter((c): c is OptionalColumn => (OPTIONAL_COLUMNS as readonly string[]).includes(c));
  } catch {
    /* corrupt or no storage */
  }
  return [...DEFAULT_COLUMNS];
}

/** The chosen columns, remembered in localStorage. */
export function useColumnChooser() {
  const columns = ref<OptionalColumn[]>(read());
  watch(
    columns,
    (value) => {
      try {
        globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(value));
      } catch {
        /* no storage */
      }
    },
    { deep: true },
  );
  const shown = (column: OptionalColumn) => columns.value.includes(column);
  return { columns, shown };
}
