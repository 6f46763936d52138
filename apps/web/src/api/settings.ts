/**
 * The settings module's calls the SPA shares (one place per domain: `api/<domain>.ts`). Each answers
 * the data or throws `ProblemError`.
 */
import { http, ifMatch, unwrap } from './http';
import type { SavedListView, SavedListViewQuery } from './types';

/** The signed-in user's saved list views, of every list. */
export async function listSavedViews(): Promise<SavedListView[]> {
  return unwrap(await http.GET('/api/v1/settings/list-views'));
}

/** Saves the filters of a list as a view of the signed-in user. */
export async function createSavedView(list: string, name: string, query: SavedListViewQuery): Promise<SavedListView> {
  return unwrap(await http.POST('/api/v1/settings/list-views', { body: { list, name, query } }));
}

/** Replaces the filters of one of the user's views. */
export async function updateSavedView(view: SavedListView, query: SavedListViewQuery): Promise<SavedListView> {
  return unwrap(
    await http.PATCH('/api/v1/settings/list-views/{id}', {
      params: { path: { id: view.id }, header: ifMatch(view.version) },
      body: { query },
    }),
  );
}

export async function deleteSavedView(id: string): Promise<void> {
  unwrap(await http.DELETE('/api/v1/settings/list-views/{id}', { params: { path: { id } } }));
}
