import { MigrationInterface, QueryRunner } from 'typeorm';

/** Every replica caches dictionaries (DictionaryCache): any change to a list or its items notifies `kehu_dictionaries`. */
export class DictionariesChangedNotification1763900014000 implements MigrationInterface {
  name = 'DictionariesChangedNotification1763900014000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['dictionary_type', 'dictionary_item']) {
      await q.query(
        `CREATE TRIGGER ${table}_dictionaries_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION notify_cache_changed('kehu_dictionaries')`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['dictionary_type', 'dictionary_item']) await q.query(`DROP TRIGGER ${table}_dictionaries_changed ON ${table}`);
  }
}
