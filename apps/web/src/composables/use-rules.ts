import { computed, shallowRef } from 'vue';
import { http, unwrap } from '../api/http';
import { setBusinessTimeZone } from '../utils/format';

/** The business rules the UI reads, with the server's defaults for when they cannot be read. */
const DEFAULTS = {
  remindDaysBeforeExpiry: 3,
  maxExtensions: 2,
  extensionMaxDays: 15,
  reclaimCooldownDays: 3,
} as const;
export type UiRuleKey = keyof typeof DEFAULTS;

const values = shallowRef<Partial<Record<UiRuleKey, number>>>({});
let loading: Promise<void> | null = null;

/** Load the rules once per session (any signed-in user may read them). */
export function loadRules(force = false): Promise<void> {
  if (loading && !force) return loading;
  loading = (async () => {
    try {
      const list = unwrap(await http.GET('/api/v1/settings/rules'));
      const next: Partial<Record<UiRuleKey, number>> = {};
      for (const rule of list) {
        if (rule.key === 'businessTimeZone' && typeof rule.value === 'string') setBusinessTimeZone(rule.value);
        if (rule.key in DEFAULTS && typeof rule.value === 'number') next[rule.key as UiRuleKey] = rule.value;
      }
      values.value = next;
    } catch {
      loading = null;
    }
  })();
  return loading;
}

/** For tests: forget the cache. */
export function resetRules(): void {
  values.value = {};
  loading = null;
}

/** Reactive values of the rules the lifecycle UI needs (countdown colour, extension limits). */
export function useRules() {
  void loadRules();
  const rule = (key: UiRuleKey) => computed(() => values.value[key] ?? DEFAULTS[key]);
  return {
    remindDaysBeforeExpiry: rule('remindDaysBeforeExpiry'),
    maxExtensions: rule('maxExtensions'),
    extensionMaxDays: rule('extensionMaxDays'),
    reclaimCooldownDays: rule('reclaimCooldownDays'),
  };
}
