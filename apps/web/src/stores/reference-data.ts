import { shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { http, ProblemError, toProblem } from '../api/http';
import type { Dictionary, Rule } from '../api/types';
import { setBusinessTimeZone } from '../utils/format';

/** How long a copy is trusted before the next revalidation (when the tab comes back into view). */
export const REVALIDATE_AFTER_MS = 5 * 60_000;
const STORAGE_KEY = 'kehu.referenceData';

interface Cached<T> {
  etag: string | null;
  data: T;
}
interface Persisted {
  dictionaries?: Cached<Dictionary[]>;
  rules?: Cached<Rule[]>;
}

function readPersisted(): Persisted {
  try {
    return JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) ?? '{}') as Persisted;
  } catch {
    return {};
  }
}

function persist(value: Persisted): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(value));
  } catch {
    /* no storage, or full: the copy lives in memory only */
  }
}

type ListPath = '/api/v1/dictionaries' | '/api/v1/settings/rules';

/**
 * Dictionaries and business rules, shared by every page: read once, kept across reloads in
 * localStorage with their ETag, and revalidated with If-None-Match (a 304 costs no body) — on
 * start, when the tab comes back after REVALIDATE_AFTER_MS, and at once after an admin edits them
 * (`invalidate`). Pages never fetch them themselves.
 */
export const useReferenceDataStore = defineStore('reference-data', () => {
  const saved = readPersisted();
  const dictionaries = shallowRef<Dictionary[]>(saved.dictionaries?.data ?? []);
  const rules = shallowRef<Rule[]>(saved.rules?.data ?? []);
  /** Dates everywhere are shown in the business time zone (utils/format): follow the rule. */
  function applyTimeZone(list: Rule[]): void {
    const zone = list.find((r) => r.key === 'businessTimeZone')?.value;
    if (typeof zone === 'string' && zone) setBusinessTimeZone(zone);
  }
  applyTimeZone(rules.value);
  const etags: Record<ListPath, string | null> = {
    '/api/v1/dictionaries': saved.dictionaries?.etag ?? null,
    '/api/v1/settings/rules': saved.rules?.etag ?? null,
  };
  const checkedAt: Partial<Record<ListPath, number>> = {};
  const inFlight: Partial<Record<ListPath, Promise<void>>> = {};

  function save(): void {
    persist({
      dictionaries: { etag: etags['/api/v1/dictionaries'], data: dictionaries.value },
      rules: { etag: etags['/api/v1/settings/rules'], data: rules.value },
    });
  }

  /** Revalidates one list; `force` ignores the age of the copy (not its ETag: unchanged stays a 304). */
  function revalidate(path: ListPath, force: boolean): Promise<void> {
    const fresh = checkedAt[path] !== undefined && Date.now() - (checkedAt[path] as number) < REVALIDATE_AFTER_MS;
    if (fresh && !force) return Promise.resolve();
    if (inFlight[path] && !force) return inFlight[path] as Promise<void>;
    const run = (async () => {
      try {
        const etag = etags[path];
        const { data, error, response } = await http.GET(path, { headers: etag ? { 'If-None-Match': etag } : {} });
        if (response.status === 304) {
          checkedAt[path] = Date.now();
          return;
        }
        if (!response.ok) throw new ProblemError(toProblem(error, response), response);
        etags[path] = response.headers.get('ETag');
        if (path === '/api/v1/dictionaries') dictionaries.value = data as Dictionary[];
        else {
          rules.value = data as Rule[];
          applyTimeZone(rules.value);
        }
        checkedAt[path] = Date.now();
        save();
      } catch {
        // Offline or signed out: the copy held (or the built-in defaults) stays; the next call tries again.
      } finally {
        delete inFlight[path];
      }
    })();
    inFlight[path] = run;
    return run;
  }

  const loadDictionaries = (force = false) => revalidate('/api/v1/dictionaries', force);
  const loadRules = (force = false) => revalidate('/api/v1/settings/rules', force);

  /** After an edit of dictionaries or rules: fetch the new copy now. */
  function invalidate(which: 'dictionaries' | 'rules'): Promise<void> {
    return which === 'dictionaries' ? loadDictionaries(true) : loadRules(true);
  }

  /**
   * After a rule was changed here: the copy shows the saved rule at once (every page reads it). The
   * ETag held stays the old one, so the next revalidation fetches whatever else changed.
   */
  function replaceRule(rule: Rule): void {
    rules.value = rules.value.map((r) => (r.key === rule.key ? rule : r));
    applyTimeZone(rules.value);
    save();
  }

  /** Revalidate both when the tab comes back into view and the copies are old enough. */
  function onVisible(): void {
    if (globalThis.document?.visibilityState === 'visible') {
      void loadDictionaries();
      void loadRules();
    }
  }
  globalThis.document?.addEventListener('visibilitychange', onVisible);

  return { dictionaries, rules, loadDictionaries, loadRules, invalidate, replaceRule };
});

/** For tests: forget the persisted copies. */
export function clearPersistedReferenceData(): void {
  try {
    globalThis.localStorage?.removeItem(STORAGE_KEY);
  } catch {
    /* no storage */
  }
}
