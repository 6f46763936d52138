import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency-Key (issue 22 item 6): the answer to each keyed POST, kept 24 hours, so a client that
 * retries with the same key and body gets the same answer and the write happens once.
 */
export class IdempotencyKey1764003500000 implements MigrationInterface {
  name = 'IdempotencyKey1764003500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_key (
        owner text NOT NULL,
        key text NOT NULL,
        fingerprint char(64) NOT NULL,
        status smallint,
        body jsonb,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        CONSTRAINT pk_idempotency_key PRIMARY KEY (owner, key),
        CONSTRAINT ck_idempotency_key_length CHECK (length(key) BETWEEN 1 AND 255)
      )`);
    await q.query(`COMMENT ON COLUMN idempotency_key.owner IS 'The caller the key belongs to (user:<id> or api-key:<id>): keys of different callers never collide'`);
    await q.query(`COMMENT ON COLUMN idempotency_key.status IS 'HTTP status of the stored answer; NULL while the first request is still being served'`);
    // The daily purge deletes by expiry.
    await q.query(`CREATE INDEX ix_idempotency_key_expires_at ON idempotency_key (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_key`);
  }
}
