import { computed } from 'vue';
import { clearPersistedReferenceData, useReferenceDataStore } from '../stores/reference-data';

/** The business rules the UI reads, with the server's defaults for when they cannot be read. */
const DEFAULTS = {
  remindDaysBeforeExpiry: 3,
  maxExtensions: 2,
  extensionMaxDays: 15,
  reclaimCooldownDays: 3,
  maxDailyClaims: 20,
  maxOwnedCustomers: 200,
  fileMaxUploadMb: 20,
  contractNumberReservationDays: 30,
  businessTimeZone: 'Asia/Shanghai',
} as const;
export type UiRuleKey = keyof typeof DEFAULTS;

/** Load the rules (any signed-in user may read them); cached by the reference-data store. */
export function loadRules(force = false): Promise<void> {
  return useReferenceDataStore().loadRules(force);
}

/** For tests: forget the copy kept across reloads. */
export function resetRules(): void {
  clearPersistedReferenceData();
}

/** Reactive values of the rules the UI needs (countdown colour, extension limits, claim quota, business time zone). */
export function useRules() {
  const store = useReferenceDataStore();
  void store.loadRules();
  const valueOf = (key: UiRuleKey): unknown => store.rules.find((r) => r.key === key)?.value;
  const rule = (key: Exclude<UiRuleKey, 'businessTimeZone'>) =>
    computed<number>(() => {
      const value = valueOf(key);
      return typeof value === 'number' ? value : DEFAULTS[key];
    });
  return {
    remindDaysBeforeExpiry: rule('remindDaysBeforeExpiry'),
    maxExtensions: rule('maxExtensions'),
    extensionMaxDays: rule('extensionMaxDays'),
    reclaimCooldownDays: rule('reclaimCooldownDays'),
    maxDailyClaims: rule('maxDailyClaims'),
    maxOwnedCustomers: rule('maxOwnedCustomers'),
    fileMaxUploadMb: rule('fileMaxUploadMb'),
    contractNumberReservationDays: rule('contractNumberReservationDays'),
    businessTimeZone: computed<string>(() => {
      const value = valueOf('businessTimeZone');
      return typeof value === 'string' && value ? value : DEFAULTS.businessTimeZone;
    }),
  };
}
