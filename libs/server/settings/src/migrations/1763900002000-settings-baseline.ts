import type { BaselineMigration } from '@kehu/server-core';
import { QueryRunner } from 'typeorm';

/** The columns every business table starts with (ARCHITECTURE.md, "Data"). */
const BUSINESS_COLUMNS = `
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  version int NOT NULL DEFAULT 1,
  created_by uuid`;

/**
 * The data dictionary, business rules and the holiday calendar. A baseline: it replaced this module's
 * migration history before any release (`replaces`, read by core's migrator.ts). Later changes are new
 * migrations (docs/contributing.md, "Migrations").
 */
export class SettingsBaseline1763900002000 implements BaselineMigration {
  name = 'SettingsBaseline1763900002000';
  readonly replaces = ['SettingsInit1763900002000', 'DictionariesChangedNotification1763900014000'];

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE dictionary_type (${BUSINESS_COLUMNS},
        code text NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-z0-9-]{1,49}$'),
        name text NOT NULL,
        name_en text NOT NULL,
        description text,
        sort_order int NOT NULL DEFAULT 0
      )`);
    await q.query(`
      CREATE TABLE dictionary_item (${BUSINESS_COLUMNS},
        type_code text NOT NULL REFERENCES dictionary_type(code),
        code text NOT NULL CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,49}$'),
        label text NOT NULL CHECK (length(btrim(label)) > 0),
        label_en text,
        sort_order int NOT NULL DEFAULT 0,
        enabled boolean NOT NULL DEFAULT true,
        built_in boolean NOT NULL DEFAULT false
      )`);
    await q.query(`CREATE UNIQUE INDEX dictionary_item_code_uq ON dictionary_item (type_code, code) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX dictionary_item_type_order_idx ON dictionary_item (type_code, sort_order, code)`);
    // Every replica caches dictionaries (DictionaryCache): any change to a list or its items notifies `kehu_dictionaries`.
    for (const table of ['dictionary_type', 'dictionary_item']) {
      await q.query(
        `CREATE TRIGGER ${table}_dictionaries_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
           FOR EACH STATEMENT EXECUTE FUNCTION notify_cache_changed('kehu_dictionaries')`,
      );
    }

    await q.query(`
      CREATE TABLE business_rule (
        key text PRIMARY KEY,
        value jsonb NOT NULL,
        updated_by uuid,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);

    await q.query(`
      CREATE TABLE holiday (${BUSINESS_COLUMNS},
        date date NOT NULL,
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        is_workday boolean NOT NULL DEFAULT false
      )`);
    await q.query(`CREATE UNIQUE INDEX holiday_date_uq ON holiday (date) WHERE deleted_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE holiday`);
    await q.query(`DROP TABLE business_rule`);
    await q.query(`DROP TABLE dictionary_item`);
    await q.query(`DROP TABLE dictionary_type`);
  }
}
