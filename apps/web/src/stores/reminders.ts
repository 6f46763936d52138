import { shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { http, unwrap } from '../api/http';
import type { Reminders } from '../api/types';

/** My reminders (GET /reminders), shared by the header badge and the home card. */
export const useRemindersStore = defineStore('reminders', () => {
  const data = shallowRef<Reminders | null>(null);
  const loading = shallowRef(false);
  let inFlight: Promise<void> | null = null;

  /** Refresh; calls made while one is running share it. Failures keep the last answer. */
  function load(): Promise<void> {
    inFlight ??= (async () => {
      loading.value = true;
      try {
        data.value = unwrap(await http.GET('/api/v1/reminders'));
      } catch {
        /* keep what we had: the badge is not worth an error message */
      } finally {
        loading.value = false;
        inFlight = null;
      }
    })();
    return inFlight;
  }

  return { data, loading, load };
});
