import { computed, shallowRef } from 'vue';
import { opportunityStages } from '../../api/sales';
import type { StageDefinition } from '../../api/types';
import { currentLocale } from '../../i18n';

const stages = shallowRef<StageDefinition[]>([]);
let loading: Promise<void> | null = null;

/**
 * The opportunity stages (dictionary order, default probabilities), loaded once per page load and
 * shared by the list, kanban, detail and funnel; labels in the UI language.
 */
export function useStages() {
  loading ??= opportunityStages().then(
    (list) => {
      stages.value = list;
    },
    () => {
      loading = null;
    },
  );
  const open = computed(() => stages.value.filter((s) => s.open));
  function label(code: string | null | undefined): string {
    if (!code) return '—';
    const stage = stages.value.find((s) => s.code === code);
    if (!stage) return code;
    return currentLocale.value === 'en' ? stage.labelEn || stage.label : stage.label;
  }
  return { stages, open, label, ready: () => loading ?? Promise.resolve() };
}

/** For tests: forget the stages loaded. */
export function resetStages(): void {
  stages.value = [];
  loading = null;
}
