import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files (issue 21): the metadata of every upload. The bytes are a content-addressed blob under
 * $KEHU_DATA_DIR/files named by `sha256`; domains refer to a file by `stored_file.id`.
 */
export class StoredFile1764002000000 implements MigrationInterface {
  name = 'StoredFile1764002000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE stored_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        size bigint NOT NULL,
        sha256 char(64) NOT NULL,
        content_type text NOT NULL,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        CONSTRAINT ck_stored_file_size CHECK (size >= 0),
        CONSTRAINT ck_stored_file_sha256 CHECK (sha256 ~ '^[0-9a-f]{64}$')
      )`);
    // Which rows still use a blob, for a future sweep of unreferenced blobs.
    await q.query(`CREATE INDEX ix_stored_file_sha256 ON stored_file (sha256)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE stored_file`);
  }
}
