import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock, DatabaseNotifications, Principal } from '@kehu/server-core';

/** The channel the database notifies when something principals are made of changed (migration 1763900013000). */
export const PRINCIPALS_CHANGED_CHANNEL = 'kehu_principals';
/** A safety net, not the mechanism: changes drop entries at once. */
const ENTRY_TTL_MS = 60_000;
const MAX_ENTRIES = 10_000;

/** A user's principal and the token version their access tokens must carry. */
export interface CachedPrincipal {
  principal: Principal;
  tokenVersion: number;
}

/**
 * The principals of recent callers, so that a request does not read its caller's user, roles and
 * departments again — one of the two round trips of a GET (docs/performance.md). It is correct because
 * every change to what a principal is made of drops all entries:
 * - the database notifies every replica when it commits such a change, whoever made it
 *   (triggers of migration 1763900013000);
 * - this library's services call `changed()` once their change has committed, so that this replica's
 *   very next request sees it whatever the notification's timing;
 * - a load that started before a change is not kept (generation), and nothing is kept or served
 *   while the notifications are not being received.
 */
@Injectable()
export class PrincipalCache implements OnModuleInit {
  private readonly entries = new Map<string, CachedPrincipal & { at: number }>();
  private generation = 0;

  constructor(
    private readonly notifications: DatabaseNotifications,
    private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.notifications.subscribe(PRINCIPALS_CHANGED_CHANNEL, () => this.changed());
  }

  /** Awaits `change` (a transaction writing what principals are made of), then drops them: it has committed. */
  async afterCommit<T>(change: Promise<T>): Promise<T> {
    const result = await change;
    this.changed();
    return result;
  }

  /** Drops every cached principal. */
  changed(): void {
    this.generation++;
    this.entries.clear();
  }

  /**
   * The user's cached principal, or what `load` reads (kept when nothing changed meanwhile); `fresh`
   * reads it whatever is cached.
   */
  async get(userId: string, load: () => Promise<CachedPrincipal | null>, { fresh = false } = {}): Promise<CachedPrincipal | null> {
    const now = this.clock.now().getTime();
    const hit = fresh ? undefined : this.entries.get(userId);
    if (hit && this.notifications.listening && hit.at <= now && now - hit.at < ENTRY_TTL_MS) return hit;
    const generation = this.generation;
    const loaded = await load();
    if (loaded && this.notifications.listening && generation === this.generation) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
      this.entries.set(userId, { ...loaded, at: now });
    }
    return loaded;
  }
}
