import { shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { createSavedView, deleteSavedView, listSavedViews, updateSavedView } from '../api/settings';
import type { SavedListView, SavedListViewQuery } from '../api/types';

/** Where views were kept before they moved to the server (one key per page and user). */
export function legacyViewsKey(pageKey: string, userId: string): string {
  return `kehu.views.${pageKey}.${userId}`;
}

function readLegacy(key: string): { label: string; query: SavedListViewQuery }[] {
  try {
    const saved = JSON.parse(globalThis.localStorage?.getItem(key) ?? '[]');
    return Array.isArray(saved) ? saved.filter((v) => v && typeof v.label === 'string' && v.query && typeof v.query === 'object') : [];
  } catch {
    return [];
  }
}

/**
 * The signed-in user's saved list views, kept on the server so they follow the user to any browser:
 * read once per session for every list page together (one request, not one per page), then changed
 * one view at a time. A list shows its rows without waiting for them.
 */
export const useListViewsStore = defineStore('list-views', () => {
  const views = shallowRef<SavedListView[]>([]);
  let loadedFor: string | null = null;
  let loading: Promise<void> = Promise.resolve();

  /** Loads the user's views once (again only for another user). Failing, the lists just show no saved views. */
  function load(userId: string): Promise<void> {
    if (loadedFor === userId) return loading;
    loadedFor = userId;
    views.value = [];
    loading = listSavedViews().then(
      (list) => {
        if (loadedFor === userId) views.value = list;
      },
      () => {
        // Not fatal: the next session tries again.
        if (loadedFor === userId) loadedFor = null;
      },
    );
    return loading;
  }

  function of(pageKey: string): SavedListView[] {
    return views.value.filter((v) => v.list === pageKey);
  }

  /** Saves the filters under `name`; a view of that name on this page gets the new filters. */
  async function save(pageKey: string, name: string, query: SavedListViewQuery): Promise<SavedListView> {
    const existing = of(pageKey).find((v) => v.name === name.trim());
    const saved = existing ? await updateSavedView(existing, query) : await createSavedView(pageKey, name.trim(), query);
    views.value = [...views.value.filter((v) => v.id !== saved.id), saved];
    return saved;
  }

  async function remove(id: string): Promise<void> {
    await deleteSavedView(id);
    views.value = views.value.filter((v) => v.id !== id);
  }

  /**
   * Views this browser kept before they moved to the server are read once and saved on the server
   * (skipping names the server already has); the local copy is then dropped.
   */
  async function adoptLegacy(pageKey: string, userId: string): Promise<void> {
    const key = legacyViewsKey(pageKey, userId);
    const legacy = readLegacy(key);
    if (!legacy.length) return;
    try {
      globalThis.localStorage?.removeItem(key);
    } catch {
      /* no storage */
    }
    for (const view of legacy) {
      if (of(pageKey).some((v) => v.name === view.label.trim())) continue;
      try {
        await save(pageKey, view.label, view.query);
      } catch {
        /* a view the server refuses (a filter it no longer takes) is dropped */
      }
    }
  }

  return { views, load, of, save, remove, adoptLegacy };
});
