import { shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { http, unwrap } from '../api/http';
import type { Approval, Reminders } from '../api/types';
import { useAuthStore } from './auth';

/** The first requests awaiting my decision, and how many there are. */
export interface WaitingApprovals {
  items: Approval[];
  total: number;
}

const BELL_APPROVALS = 5;

/**
 * My reminders (GET /reminders) and the requests awaiting my decision (only for people who may
 * decide), shared by the header bell and the home page.
 */
export const useRemindersStore = defineStore('reminders', () => {
  const data = shallowRef<Reminders | null>(null);
  const approvals = shallowRef<WaitingApprovals | null>(null);
  const loading = shallowRef(false);
  let inFlight: Promise<void> | null = null;

  async function loadReminders() {
    try {
      data.value = unwrap(await http.GET('/api/v1/reminders'));
    } catch {
      /* keep what we had: the badge is not worth an error message */
    }
  }

  async function loadApprovals() {
    if (!useAuthStore().can('approval:decide')) {
      approvals.value = null;
      return;
    }
    try {
      const page = unwrap(await http.GET('/api/v1/approvals', { params: { query: { status: 'pending', page: 1, pageSize: BELL_APPROVALS } } }));
      approvals.value = { items: page.items, total: page.total };
    } catch {
      /* as above */
    }
  }

  /** Refresh; calls made while one is running share it. Failures keep the last answer. */
  function load(): Promise<void> {
    inFlight ??= (async () => {
      loading.value = true;
      try {
        await Promise.all([loadReminders(), loadApprovals()]);
      } finally {
        loading.value = false;
        inFlight = null;
      }
    })();
    return inFlight;
  }

  return { data, approvals, loading, load };
});
