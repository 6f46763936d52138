import { computed } from 'vue';
import type { DictionaryItem } from '../api/types';
import { clearPersistedReferenceData, useReferenceDataStore } from '../stores/reference-data';
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
  | 'gender'
  | 'contract-type'
  | 'payment-method'
  | 'opportunity-source'
  | 'loss-reason';

/** Load the dictionaries (all items: disabled ones still label old records); cached by the reference-data store. */
export function loadDictionaries(force = false): Promise<void> {
  return useReferenceDataStore().loadDictionaries(force);
}

/** For tests: forget the copy kept across reloads (each test's new Pinia forgets the one in memory). */
export function resetDictionaries(): void {
  clearPersistedReferenceData();
}

export function itemLabel(item: DictionaryItem): string {
  return currentLocale.value === 'en' ? item.labelEn || item.label : item.label;
}

/** Labels and options of data dictionaries, in the UI language. */
export function useDictionaries() {
  const store = useReferenceDataStore();
  void store.loadDictionaries();
  const dictionaries = computed(() => new Map(store.dictionaries.map((d) => [d.code, d])));
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
