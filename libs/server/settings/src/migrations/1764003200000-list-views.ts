import { MigrationInterface, QueryRunner } from 'typeorm';

/** Saved list views: each user's named filter sets per list, on the server instead of one browser. */
export class ListViews1764003200000 implements MigrationInterface {
  name = 'ListViews1764003200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE list_view (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        version int NOT NULL DEFAULT 1,
        created_by uuid,
        user_id uuid NOT NULL CONSTRAINT list_view_user_id_fkey REFERENCES app_user(id),
        list_key text NOT NULL CONSTRAINT list_view_list_key_check CHECK (list_key ~ '^[a-z][a-z0-9.-]{0,59}$'),
        name text NOT NULL CONSTRAINT list_view_name_check CHECK (length(btrim(name)) BETWEEN 1 AND 50),
        query jsonb NOT NULL CONSTRAINT list_view_query_check CHECK (jsonb_typeof(query) = 'object')
      )`);
    // One name per user and list among live views; its leading columns also serve "my views of this list".
    await q.query(`CREATE UNIQUE INDEX list_view_name_uq ON list_view (user_id, list_key, name) WHERE deleted_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE list_view`);
  }
}
