import { computed, ref, watch } from 'vue';
import { useAuthStore } from '../stores/auth';

/** A named set of list filters. Built-in views come from the page; saved ones from the user. */
export interface ListView {
  key: string;
  label: string;
  query: Record<string, unknown>;
  builtIn?: boolean;
}

function storageKey(pageKey: string, userId: string | undefined): string {
  return `kehu.views.${pageKey}.${userId ?? 'anonymous'}`;
}

function read(key: string): ListView[] {
  try {
    const saved = JSON.parse(globalThis.localStorage?.getItem(key) ?? '[]');
    return Array.isArray(saved) ? saved.filter((v) => v && typeof v.label === 'string' && typeof v.query === 'object') : [];
  } catch {
    return [];
  }
}

/**
 * The views of a list page for the signed-in user: the page's built-in ones, then the user's own,
 * kept in this browser's localStorage per user and page (not yet on the server: they do not follow
 * the user to another browser).
 */
export function useSavedViews(pageKey: string, builtIn: () => ListView[] = () => []) {
  const auth = useAuthStore();
  const key = computed(() => storageKey(pageKey, auth.me?.id));
  const saved = ref<ListView[]>(read(key.value));
  watch(key, (value) => (saved.value = read(value)));

  function persist(): void {
    try {
      globalThis.localStorage?.setItem(key.value, JSON.stringify(saved.value));
    } catch {
      /* no storage */
    }
  }

  const views = computed<ListView[]>(() => [...builtIn().map((v) => ({ ...v, builtIn: true })), ...saved.value]);

  function save(label: string, query: Record<string, unknown>): ListView {
    const view: ListView = { key: `saved-${Date.now().toString(36)}`, label: label.trim(), query };
    saved.value = [...saved.value.filter((v) => v.label !== view.label), view];
    persist();
    return view;
  }

  function remove(viewKey: string): void {
    saved.value = saved.value.filter((v) => v.key !== viewKey);
    persist();
  }

  return { views, save, remove };
}
