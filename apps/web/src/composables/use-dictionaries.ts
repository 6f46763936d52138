import { shallowRef } from 'vue';
import { http, unwrap } from '../api/http';
import type { Dictionary, DictionaryItem } from '../api/types';
import { currentLocale } from '../i18n';

/** Dictionary codes the customer pages use. */
export type DictCode =
  | 'industry'
  | 'region'
  | 'customer-source'
  | 'customer-level'
  | 'customer-grade'
  | 'follow-up-method'
  | 'follow-up-result'
  | 'gender';

const dictionaries = shallowRef<Map<string, Dictionary>>(new Map());
let loading: Promise<void> | null = null;

/** Load every dictionary once per session (all items: disabled ones still label old records). */
export function loadDictionaries(force = false): Promise<void> {
  if (loading && !force) return loading;
  loading = (async () => {
    try {
      const list = unwrap(await http.GET('/api/v1/dictionaries'));
      dictionaries.value = new Map(list.map((d) => [d.code, d]));
    } catch {
      loading = null;
    }
  })();
  return loading;
}

/** For tests: forget the cache. */
export function resetDictionaries(): void {
  dictionaries.value = new Map();
  loading = null;
}

export function itemLabel(item: DictionaryItem): string {
  return currentLocale.value === 'en' ? item.labelEn || item.label : item.label;
}

/** Labels and options of data dictionaries, in the UI language. */
export function useDictionaries() {
  void loadDictionaries();
  function options(code: DictCode): { value: string; label: string }[] {
    const dict = dictionaries.value.get(code);
    return (dict?.items ?? []).filter((i) => i.enabled).map((i) => ({ value: i.code, label: itemLabel(i) }));
  }
  function label(code: DictCode, value: string | null | undefined): string {
    if (!value) return '—';
    const item = dictionaries.value.get(code)?.items.find((i) => i.code === value);
    return item ? itemLabel(item) : value;
  }
  return { options, label, dictionaries };
}
