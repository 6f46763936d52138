import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { writeAudit } from '@kehu/server-core';
import { DataSource } from 'typeorm';
import { DICTIONARY_SEED } from './dictionary-seed';
import { DictionaryItem } from './entities/dictionary-item.entity';
import { DictionaryType } from './entities/dictionary-type.entity';

/**
 * Ships the data dictionary (dictionary-seed.ts) idempotently at start, under an advisory lock
 * so replicas starting together do not race: missing lists and missing items (by code) are
 * added as built-in; items an administrator edited or disabled are left as they are.
 */
@Injectable()
export class SettingsSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('Setup');

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.seedDictionaries();
  }

  async seedDictionaries(): Promise<{ types: number; items: number }> {
    return this.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('kehu-seed-settings'))`);
      const existingTypes = new Set(
        (await tx.query(`SELECT code FROM dictionary_type`)).map((r: { code: string }) => r.code),
      );
      const existingItems = new Set(
        (await tx.query(`SELECT type_code || '/' || code AS k FROM dictionary_item WHERE deleted_at IS NULL`)).map((r: { k: string }) => r.k),
      );
      const types = DICTIONARY_SEED.filter((d) => !existingTypes.has(d.code)).map((d) => ({
        code: d.code,
        name: d.name,
        nameEn: d.nameEn,
        description: d.description,
        sortOrder: DICTIONARY_SEED.indexOf(d) * 10,
      }));
      const items = DICTIONARY_SEED.flatMap((d) =>
        d.items
          .map(([code, label, labelEn], i) => ({ typeCode: d.code, code, label, labelEn, sortOrder: (i + 1) * 10, enabled: true, builtIn: true }))
          .filter((item) => !existingItems.has(`${item.typeCode}/${item.code}`)),
      );
      // One audit row for the whole seed instead of one per item.
      if (types.length) await tx.createQueryBuilder().insert().into(DictionaryType).values(types).callListeners(false).execute();
      if (items.length) await tx.createQueryBuilder().insert().into(DictionaryItem).values(items).callListeners(false).execute();
      if (types.length || items.length) {
        await writeAudit(tx, {
          action: 'SEED',
          entityType: 'DictionaryItem',
          after: { types: types.map((t) => t.code), items: items.length },
          actorId: null,
          actorName: 'system',
        });
        this.logger.log(`seeded data dictionary: ${types.length} lists, ${items.length} items`);
      }
      return { types: types.length, items: items.length };
    });
  }
}
