import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { JobRegistry } from '../jobs/job-registry';
import { Clock } from '../time/clock';

/** How long an answer is kept for replay (issue 22 item 6). */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * A reservation left unanswered this long belongs to a process that died mid-request; the next
 * request with the key may take it over. Far longer than any request is allowed to run.
 */
export const IDEMPOTENCY_ABANDONED_MS = 10 * 60 * 1000;

export interface StoredAnswer {
  status: number;
  /** The JSON the client received; null for an answer without a body. */
  body: unknown;
}

export type Reservation =
  /** This request is the first with the key: serve it, then `complete` or `release`. */
  | { outcome: 'reserved' }
  /** Answered before: send the stored answer again. */
  | { outcome: 'replay'; answer: StoredAnswer }
  /** The first request with the key is still being served. */
  | { outcome: 'in-flight' }
  /** The key was used with another request. */
  | { outcome: 'mismatch' };

/** Object keys sorted at every level, so `{a,b}` and `{b,a}` are the same request. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value as object)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** What makes two requests "the same": method, path with query, and body (key order ignored). */
export function requestFingerprint(method: string, url: string, body: unknown): string {
  return createHash('sha256').update(`${method.toUpperCase()} ${url}\n${canonicalJson(body ?? null)}`).digest('hex');
}

/**
 * The answers to keyed requests, in PostgreSQL so every API process sees them. Reserving is one
 * INSERT … ON CONFLICT: of two requests racing with one key, exactly one inserts the row; the
 * other finds it.
 */
@Injectable()
export class IdempotencyStore implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly jobs: JobRegistry,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'idempotency-keys-purge',
      description: 'Deletes the stored answers of Idempotency-Keys older than 24 hours',
      cron: '25 3 * * *',
      run: async () => ({ deleted: await this.purgeExpired() }),
    });
  }

  async reserve(owner: string, key: string, fingerprint: string): Promise<Reservation> {
    // A row deleted by `release` between our INSERT and SELECT is simply reserved again.
    for (;;) {
      const now = this.clock.now();
      const reserved: unknown[] = await this.db.query(
        `INSERT INTO idempotency_key AS k (owner, key, fingerprint, status, body, created_at, expires_at)
         VALUES ($1, $2, $3, NULL, NULL, $4, $5)
         ON CONFLICT (owner, key) DO UPDATE
           SET fingerprint = EXCLUDED.fingerprint, status = NULL, body = NULL, created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at
           WHERE k.expires_at <= EXCLUDED.created_at OR (k.status IS NULL AND k.created_at <= $6)
         RETURNING 1`,
        [owner, key, fingerprint, now, new Date(now.getTime() + IDEMPOTENCY_TTL_MS), new Date(now.getTime() - IDEMPOTENCY_ABANDONED_MS)],
      );
      if (reserved.length) return { outcome: 'reserved' };
      const [row]: Array<{ fingerprint: string; status: number | null; body: unknown }> = await this.db.query(
        `SELECT fingerprint, status, body FROM idempotency_key WHERE owner = $1 AND key = $2`,
        [owner, key],
      );
      if (!row) continue;
      if (row.fingerprint !== fingerprint) return { outcome: 'mismatch' };
      if (row.status === null) return { outcome: 'in-flight' };
      return { outcome: 'replay', answer: { status: row.status, body: row.body } };
    }
  }

  /** Keeps the answer of a reserved key for replay. */
  async complete(owner: string, key: string, answer: StoredAnswer): Promise<void> {
    await this.db.query(`UPDATE idempotency_key SET status = $3, body = $4::jsonb WHERE owner = $1 AND key = $2`, [
      owner,
      key,
      answer.status,
      answer.body === null || answer.body === undefined ? null : JSON.stringify(answer.body),
    ]);
  }

  /** Forgets a reservation whose request failed (nothing was written), so the key may be retried. */
  async release(owner: string, key: string): Promise<void> {
    await this.db.query(`DELETE FROM idempotency_key WHERE owner = $1 AND key = $2 AND status IS NULL`, [owner, key]);
  }

  async purgeExpired(): Promise<number> {
    const [, deleted] = await this.db.query(`DELETE FROM idempotency_key WHERE expires_at <= $1`, [this.clock.now()]);
    return Number(deleted ?? 0);
  }
}
