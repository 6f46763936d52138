import { computed, watch } from 'vue';
import type { SavedListViewQuery } from '../api/types';
import { useAuthStore } from '../stores/auth';
import { useListViewsStore } from '../stores/list-views';

/** A named set of list filters. Built-in views come from the page; saved ones from the user. */
export interface ListView {
  key: string;
  label: string;
  query: Record<string, unknown>;
  builtIn?: boolean;
}

/**
 * The views of a list page for the signed-in user: the page's built-in ones, then the user's own,
 * kept on the server (stores/list-views.ts) so they follow the user to another browser.
 */
export function useSavedViews(pageKey: string, builtIn: () => ListView[] = () => []) {
  const auth = useAuthStore();
  const store = useListViewsStore();
  watch(
    () => auth.me?.id,
    (userId) => {
      if (!userId) return;
      void store.load(userId).then(() => store.adoptLegacy(pageKey, userId));
    },
    { immediate: true },
  );

  const views = computed<ListView[]>(() => [
    ...builtIn().map((v) => ({ ...v, builtIn: true })),
    ...store.of(pageKey).map((v) => ({ key: v.id, label: v.name, query: v.query as Record<string, unknown> })),
  ]);

  async function save(label: string, query: Record<string, unknown>): Promise<ListView> {
    const saved = await store.save(pageKey, label, query as SavedListViewQuery);
    return { key: saved.id, label: saved.name, query: saved.query as Record<string, unknown> };
  }

  function remove(viewKey: string): Promise<void> {
    return store.remove(viewKey);
  }

  return { views, save, remove };
}
