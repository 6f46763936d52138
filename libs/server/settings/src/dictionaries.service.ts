import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assertVersionMatches, Clock, notFound, Principal, RequestValidationError } from '@kehu/server-core';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { CachedDictionaryItem, DictionaryCache } from './dictionary-cache';
import { DictionaryUsageRegistry } from './dictionary-usage';
import {
  CreateDictionaryItemDto,
  DictionaryDto,
  DictionaryItemDto,
  toDictionaryDto,
  toDictionaryItemDto,
  UpdateDictionaryItemDto,
} from './dto/dictionary.dto';
import { DictionaryItem } from './entities/dictionary-item.entity';
import { DictionaryType } from './entities/dictionary-type.entity';
import { SettingsError, SettingsErrorCode } from './settings.exception';

/** The data dictionary (DOMAIN §13): editable lists, and the check domains run on submitted codes. */
@Injectable()
export class DictionariesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly usage: DictionaryUsageRegistry,
    private readonly cache: DictionaryCache,
  ) {}

  async list(enabledOnly = false): Promise<DictionaryDto[]> {
    const types = await this.db.getRepository(DictionaryType).find({ where: { deletedAt: IsNull() }, order: { sortOrder: 'ASC', code: 'ASC' } });
    const items = await this.db
      .getRepository(DictionaryItem)
      .find({ where: { deletedAt: IsNull(), ...(enabledOnly ? { enabled: true } : {}) }, order: { sortOrder: 'ASC', code: 'ASC' } });
    const byType = new Map<string, DictionaryItem[]>();
    for (const item of items) {
      const list = byType.get(item.typeCode) ?? [];
      list.push(item);
      byType.set(item.typeCode, list);
    }
    return types.map((t) => toDictionaryDto(t, byType.get(t.code) ?? []));
  }

  async get(code: string, enabledOnly = false): Promise<DictionaryDto> {
    const type = await this.findType(this.db.manager, code);
    const items = await this.db.getRepository(DictionaryItem).find({
      where: { typeCode: type.code, deletedAt: IsNull(), ...(enabledOnly ? { enabled: true } : {}) },
      order: { sortOrder: 'ASC', code: 'ASC' },
    });
    return toDictionaryDto(type, items);
  }

  async addItem(principal: Principal, typeCode: string, dto: CreateDictionaryItemDto): Promise<DictionaryItemDto> {
    return this.cache.afterCommit(this.db.transaction(async (tx) => {
      const type = await this.findType(tx, typeCode);
      // Serialise additions per list, so two admins adding the same code get one 409, not a 500.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`kehu-dictionary:${type.code}`]);
      if (await tx.exists(DictionaryItem, { where: { typeCode: type.code, code: dto.code, deletedAt: IsNull() } })) {
        throw new SettingsError(SettingsErrorCode.DictionaryItemCodeTaken, `${type.code} already has an item ${dto.code}`, {
          errors: [{ field: 'code', message: 'is already used in this dictionary', code: 'unique' }],
        });
      }
      let sortOrder = dto.sortOrder;
      if (sortOrder === undefined) {
        const [{ max }] = await tx.query(`SELECT coalesce(max(sort_order), 0)::int AS max FROM dictionary_item WHERE type_code = $1 AND deleted_at IS NULL`, [
          type.code,
        ]);
        sortOrder = Number(max) + 10;
      }
      const item = tx.create(DictionaryItem, {
        typeCode: type.code,
        code: dto.code,
        label: dto.label,
        labelEn: dto.labelEn || null,
        sortOrder,
        enabled: dto.enabled ?? true,
        builtIn: false,
        createdBy: principal.userId,
      });
      return toDictionaryItemDto(await tx.save(item));
    }));
  }

  async updateItem(typeCode: string, id: string, dto: UpdateDictionaryItemDto, ifMatch?: string): Promise<DictionaryItemDto> {
    return this.cache.afterCommit(this.db.transaction(async (tx) => {
      const item = await this.findItem(tx, typeCode, id, true);
      assertVersionMatches(item.version, ifMatch, dto.version);
      if (dto.label !== undefined) item.label = dto.label;
      if (dto.labelEn !== undefined) item.labelEn = dto.labelEn || null;
      if (dto.sortOrder !== undefined) item.sortOrder = dto.sortOrder;
      if (dto.enabled !== undefined) item.enabled = dto.enabled;
      return toDictionaryItemDto(await tx.save(item));
    }));
  }

  /** Soft-deletes a custom item nobody uses; built-in or used items may only be disabled. */
  async removeItem(typeCode: string, id: string, ifMatch?: string): Promise<void> {
    await this.cache.afterCommit(this.db.transaction(async (tx) => {
      const item = await this.findItem(tx, typeCode, id, true);
      assertVersionMatches(item.version, ifMatch);
      if (item.builtIn) {
        throw new SettingsError(SettingsErrorCode.DictionaryItemBuiltIn, `${item.typeCode}/${item.code} is built in; disable it instead`);
      }
      const usages = await this.usage.usagesOf(tx, item.typeCode, item.code);
      if (usages.length) {
        throw new SettingsError(SettingsErrorCode.DictionaryItemInUse, `${item.typeCode}/${item.code} is used by ${usages.join(', ')}`, { usages });
      }
      item.deletedAt = this.clock.now();
      await tx.save(item);
    }));
  }

  /**
   * For domains validating a submitted code: a 400 naming `field` when the code is not an
   * enabled item of the list. Pass the caller's transaction manager when inside one.
   * Null/undefined are accepted (the domain's DTO decides whether the field is required).
   */
  async assertValid(typeCode: string, itemCode: string | null | undefined, field: string, manager: EntityManager = this.db.manager): Promise<void> {
    if (itemCode === null || itemCode === undefined) return;
    const item = (await this.items(typeCode, manager)).find((i) => i.code === itemCode);
    if (!item) {
      throw new RequestValidationError([{ field, message: `"${itemCode}" is not an item of the ${typeCode} dictionary`, code: 'isDictionaryItem' }]);
    }
    if (!item.enabled) {
      throw new RequestValidationError([{ field, message: `"${itemCode}" is disabled in the ${typeCode} dictionary`, code: 'isEnabledDictionaryItem' }]);
    }
  }

  /** Code → label (zh and en) of a list, for exports and reports that show names. */
  async labels(typeCode: string, manager: EntityManager = this.db.manager): Promise<Map<string, { label: string; labelEn: string | null }>> {
    return new Map((await this.items(typeCode, manager)).map((i) => [i.code, { label: i.label, labelEn: i.labelEn }]));
  }

  /** The live items of a list (DictionaryCache); an unknown list has none. */
  private async items(typeCode: string, manager: EntityManager): Promise<CachedDictionaryItem[]> {
    const items = await this.cache.get(typeCode, async () => {
      const rows: Array<{ code: string; label: string; label_en: string | null; enabled: boolean }> = await manager.query(
        `SELECT code, label, label_en, enabled FROM dictionary_item WHERE type_code = $1 AND deleted_at IS NULL`,
        [typeCode],
      );
      return rows.map((r) => ({ code: r.code, label: r.label, labelEn: r.label_en, enabled: r.enabled }));
    });
    return items ?? [];
  }

  private async findType(tx: EntityManager, code: string): Promise<DictionaryType> {
    const type = await tx.findOne(DictionaryType, { where: { code, deletedAt: IsNull() } });
    if (!type) throw notFound('Dictionary', code);
    return type;
  }

  private async findItem(tx: EntityManager, typeCode: string, id: string, lock = false): Promise<DictionaryItem> {
    const item = await tx.findOne(DictionaryItem, {
      where: { id, typeCode, deletedAt: IsNull() },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!item) throw notFound('Dictionary item', id);
    return item;
  }
}
