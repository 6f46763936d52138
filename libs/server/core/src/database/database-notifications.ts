import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Client } from 'pg';

/**
 * PostgreSQL's LISTEN/NOTIFY for in-process caches that every replica must drop when the data
 * behind them changes: one connection of its own listens on the channels subscribed, and each
 * notification runs the channel's handlers. While that connection is down `listening` is false:
 * a change made meanwhile would go unnoticed, so caches must not serve from memory then. The
 * handlers also run when the connection is lost, and the connection is opened again after
 * `reconnectMs` (a second by default).
 */
@Injectable()
export class DatabaseNotifications implements OnModuleDestroy {
  private readonly logger = new Logger(DatabaseNotifications.name);
  private readonly handlers = new Map<string, Array<() => void>>();
  private client: Client | null = null;
  private connecting: Promise<void> | null = null;
  private retry: NodeJS.Timeout | null = null;
  private closed = false;
  private connected = false;
  private readonly waiting: Array<() => void> = [];
  private readonly reconnectMs: number;

  /** `reconnectMs`: how long to wait before listening again after the connection was lost. */
  constructor(
    private readonly databaseUrl: string,
    { reconnectMs = 1000 }: { reconnectMs?: number } = {},
  ) {
    this.reconnectMs = reconnectMs;
  }

  /** True while notifications are being received. */
  get listening(): boolean {
    return this.connected;
  }

  /** Resolves once notifications are being received (at once if they are). */
  whenListening(): Promise<void> {
    return this.connected ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Runs `handler` on every notification of `channel` (and when listening is interrupted). */
  async subscribe(channel: string, handler: () => void): Promise<void> {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`Invalid channel name: ${channel}`);
    const known = this.handlers.get(channel);
    if (known) known.push(handler);
    else this.handlers.set(channel, [handler]);
    if (this.client && this.connected && !known) await this.client.query(`LISTEN ${channel}`);
    else await this.connect();
  }

  private connect(): Promise<void> {
    this.connecting ??= this.open().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private async open(): Promise<void> {
    if (this.closed || this.connected) return;
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'kehu-notifications' });
    client.on('notification', (message) => this.run(message.channel));
    client.on('error', (error) => this.lost(client, error.message));
    client.on('end', () => this.lost(client, 'connection ended'));
    try {
      await client.connect();
      for (const channel of this.handlers.keys()) await client.query(`LISTEN ${channel}`);
    } catch (error) {
      this.lost(client, (error as Error).message);
      return;
    }
    this.client = client;
    this.connected = true;
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  private lost(client: Client, reason: string): void {
    if (this.client !== null && this.client !== client) return;
    const wasListening = this.connected;
    this.client = null;
    this.connected = false;
    client.removeAllListeners('end');
    client.end().catch(() => undefined);
    for (const channel of this.handlers.keys()) this.run(channel);
    if (this.closed) return;
    if (wasListening) this.logger.warn(`Stopped listening for database notifications (${reason}); retrying`);
    this.retry ??= setTimeout(() => {
      this.retry = null;
      void this.connect();
    }, this.reconnectMs);
    this.retry.unref();
  }

  private run(channel: string): void {
    for (const handler of this.handlers.get(channel) ?? []) handler();
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    await this.connecting;
    const client = this.client;
    this.client = null;
    this.connected = false;
    if (client) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
    }
  }
}
