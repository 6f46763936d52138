import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assertVersionMatches, Clock, notFound, Principal } from '@kehu/server-core';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { CreateListViewDto, ListViewDto, toListViewDto, UpdateListViewDto } from './dto/list-view.dto';
import { ListView } from './entities/list-view.entity';
import { parseViewQuery } from './list-view-query';
import { SettingsError, SettingsErrorCode } from './settings.exception';

/** More would not fit the view bar above a list; a user who needs more deletes old ones. */
export const MAX_VIEWS_PER_PAGE = 30;

/**
 * Saved list views: each user's own named filter sets per list. A user sees and changes only
 * their own views; anyone else's answer 404, as if they did not exist.
 */
@Injectable()
export class ListViewsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal, list?: string): Promise<ListViewDto[]> {
    const rows = await this.db.getRepository(ListView).find({
      where: { userId: principal.userId, deletedAt: IsNull(), ...(list ? { listKey: list } : {}) },
      order: { listKey: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map(toListViewDto);
  }

  async create(principal: Principal, dto: CreateListViewDto): Promise<ListViewDto> {
    const query = parseViewQuery(dto.query);
    return this.db.transaction(async (tx) => {
      // One user saving two views at once must not pass the limit or the name check together.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('kehu-list-views'), hashtext($1))`, [principal.userId]);
      const count = await tx.count(ListView, { where: { userId: principal.userId, listKey: dto.list, deletedAt: IsNull() } });
      if (count >= MAX_VIEWS_PER_PAGE) {
        throw new SettingsError(SettingsErrorCode.ListViewLimitReached, `at most ${MAX_VIEWS_PER_PAGE} views per list; delete one first`);
      }
      await this.assertNameFree(tx, principal.userId, dto.list, dto.name);
      const saved = await tx.save(
        tx.create(ListView, { userId: principal.userId, listKey: dto.list, name: dto.name, query, createdBy: principal.userId }),
      );
      return toListViewDto(saved);
    });
  }

  async update(principal: Principal, id: string, dto: UpdateListViewDto, ifMatch?: string): Promise<ListViewDto> {
    const query = dto.query === undefined ? undefined : parseViewQuery(dto.query);
    return this.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('kehu-list-views'), hashtext($1))`, [principal.userId]);
      const view = await this.findOwn(tx, principal, id);
      assertVersionMatches(view.version, ifMatch);
      if (dto.name !== undefined && dto.name !== view.name) {
        await this.assertNameFree(tx, principal.userId, view.listKey, dto.name);
        view.name = dto.name;
      }
      if (query) view.query = query;
      return toListViewDto(await tx.save(view));
    });
  }

  async remove(principal: Principal, id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const view = await this.findOwn(tx, principal, id);
      view.deletedAt = this.clock.now();
      await tx.save(view);
    });
  }

  private async findOwn(tx: EntityManager, principal: Principal, id: string): Promise<ListView> {
    const view = await tx.findOne(ListView, {
      where: { id, userId: principal.userId, deletedAt: IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
    if (!view) throw notFound('List view', id);
    return view;
  }

  private async assertNameFree(tx: EntityManager, userId: string, listKey: string, name: string): Promise<void> {
    if (await tx.exists(ListView, { where: { userId, listKey, name, deletedAt: IsNull() } })) {
      throw new SettingsError(SettingsErrorCode.ListViewNameTaken, `you already have a view named ${name} on this list`, {
        errors: [{ field: 'name', message: 'you already have a view with this name on this list', code: 'unique' }],
      });
    }
  }
}
