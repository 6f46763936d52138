import { Clock } from '../time/clock';
import { DatabaseNotifications } from './database-notifications';

/**
 * A replica-local cache of what the database holds, for reads on every request (the caller's
 * principal, dictionaries). It is correct because every change to the cached data empties it:
 * - triggers (`notify_cache_changed('<channel>')`, one per table the data comes from) notify every
 *   replica when the change commits, whoever made it;
 * - the service making a change through this replica empties it once the change has committed
 *   (`afterCommit`), so that this replica's very next request sees it whatever the notification's timing;
 * - a load that started before a change is used once but not kept (generation), and nothing is kept
 *   or served while the notifications are not being received (`DatabaseNotifications.listening`).
 * An entry also lives at most `ttlMs`, as a safety net.
 */
export class NotifiedCache<V> {
  private readonly entries = new Map<string, { value: V; at: number }>();
  private generation = 0;

  constructor(
    private readonly notifications: DatabaseNotifications,
    private readonly clock: Clock,
    private readonly channel: string,
    private readonly options: { ttlMs: number; maxEntries: number } = { ttlMs: 60_000, maxEntries: 10_000 },
  ) {}

  /** Starts listening for the channel (call once, when the module starts). */
  listen(): Promise<void> {
    return this.notifications.subscribe(this.channel, () => this.changed());
  }

  /** Empties the cache. */
  changed(): void {
    this.generation++;
    this.entries.clear();
  }

  /** Awaits `change` (a transaction writing cached data), then empties the cache: it has committed. */
  async afterCommit<T>(change: Promise<T>): Promise<T> {
    const result = await change;
    this.changed();
    return result;
  }

  /**
   * The cached value of `key`, or what `load` reads (kept when nothing changed meanwhile; null is
   * never kept); `fresh` reads it whatever is cached.
   */
  async get(key: string, load: () => Promise<V | null>, { fresh = false } = {}): Promise<V | null> {
    const now = this.clock.now().getTime();
    const hit = fresh ? undefined : this.entries.get(key);
    if (hit && this.notifications.listening && hit.at <= now && now - hit.at < this.options.ttlMs) return hit.value;
    const generation = this.generation;
    const value = await load();
    if (value !== null && this.notifications.listening && generation === this.generation) {
      if (this.entries.size >= this.options.maxEntries) this.entries.clear();
      this.entries.set(key, { value, at: now });
    }
    return value;
  }
}
