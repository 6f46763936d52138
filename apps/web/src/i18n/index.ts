import { computed } from 'vue';
import { createI18n } from 'vue-i18n';
import elEn from 'element-plus/es/locale/lang/en.mjs';
import elZhCn from 'element-plus/es/locale/lang/zh-cn.mjs';
import en from './locales/en';
import zhCN from './locales/zh-CN';

export const LOCALES = ['zh-CN', 'en'] as const;
export type AppLocale = (typeof LOCALES)[number];
const STORAGE_KEY = 'kehu.locale';

function storedLocale(): AppLocale {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved && (LOCALES as readonly string[]).includes(saved)) return saved as AppLocale;
  } catch {
    /* no storage */
  }
  return 'zh-CN';
}

export const i18n = createI18n({
  legacy: false,
  locale: storedLocale(),
  fallbackLocale: 'en',
  messages: { 'zh-CN': zhCN, en },
});

export const currentLocale = computed<AppLocale>(() => i18n.global.locale.value as AppLocale);

/** Switch the UI language and remember it. */
export function setLocale(locale: AppLocale): void {
  i18n.global.locale.value = locale;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    /* no storage */
  }
  document.documentElement.lang = locale;
}

/** Element Plus's own texts follow the app language. */
export const elementLocale = computed(() => (currentLocale.value === 'en' ? elEn : elZhCn));

/** Pick the current-language text of a `{ en, zh }` pair from the API. */
export function localized(text: { en: string; zh: string } | null | undefined): string {
  if (!text) return '';
  return currentLocale.value === 'en' ? text.en || text.zh : text.zh || text.en;
}

export const t = i18n.global.t;
export const te = i18n.global.te;
