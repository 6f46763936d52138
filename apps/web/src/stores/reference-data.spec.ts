import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it } from 'vitest';
import { http, setHttpClient } from '../api/http';
import { fakeApi } from '../testing/fake-api';
import { clearPersistedReferenceData, useReferenceDataStore } from './reference-data';

const original = http;
const industry = (label: string) => [
  { code: 'industry', name: '行业', nameEn: 'Industry', description: null, items: [{ id: 'i1', code: 'it', label, labelEn: 'IT', sortOrder: 1, enabled: true, builtIn: true, version: 1 }] },
];

describe('reference data store', () => {
  afterEach(() => {
    setHttpClient(original);
    clearPersistedReferenceData();
  });

  it('keeps dictionaries across reloads and revalidates them with If-None-Match: 304 keeps the copy, an edit fetches anew', async () => {
    let label = '信息技术';
    let etag = 'W/"v1"';
    const api = fakeApi({
      'GET /api/v1/dictionaries': (request) =>
        request.headers.get('If-None-Match') === etag
          ? new Response(null, { status: 304, headers: { ETag: etag } })
          : new Response(JSON.stringify(industry(label)), { status: 200, headers: { 'Content-Type': 'application/json', ETag: etag } }),
    });
    setActivePinia(createPinia());
    const first = useReferenceDataStore();
    await first.loadDictionaries();
    await first.loadDictionaries();
    // A second call within the revalidation window asks nothing.
    expect(api.calls).toHaveLength(1);
    expect(api.calls[0].headers.get('If-None-Match')).toBeNull();
    expect(first.dictionaries[0].items[0].label).toBe('信息技术');

    // A reload (a new store): the copy is there at once, and revalidated with its ETag.
    setActivePinia(createPinia());
    const reloaded = useReferenceDataStore();
    expect(reloaded.dictionaries[0].items[0].label).toBe('信息技术');
    await reloaded.loadDictionaries();
    expect(api.calls[1].headers.get('If-None-Match')).toBe('W/"v1"');
    expect(reloaded.dictionaries[0].items[0].label).toBe('信息技术');

    // An admin edits an item: the new list is fetched at once, with its new ETag.
    label = '软件和信息技术';
    etag = 'W/"v2"';
    await reloaded.invalidate('dictionaries');
    expect(api.calls).toHaveLength(3);
    expect(reloaded.dictionaries[0].items[0].label).toBe('软件和信息技术');
    setActivePinia(createPinia());
    await useReferenceDataStore().loadDictionaries();
    expect(api.calls[3].headers.get('If-None-Match')).toBe('W/"v2"');
  });
});
