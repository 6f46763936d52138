import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PageDto, parseSort, toPage } from '../http/pagination.dto';
import { AuditLog } from './audit-log.entity';
import { AuditLogDto, AuditLogQueryDto, toAuditLogDto } from './audit-log.dto';
import { AuditNameRegistry } from './audit-names';

@Injectable()
export class AuditLogsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly names: AuditNameRegistry,
  ) {}

  async search(query: AuditLogQueryDto): Promise<PageDto<AuditLogDto>> {
    const qb = this.db.getRepository(AuditLog).createQueryBuilder('a');
    if (query.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: query.actorId });
    if (query.entityType) qb.andWhere('a.entity_type = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: query.entityId });
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    if (query.from) qb.andWhere('a.at >= :from', { from: query.from });
    if (query.to) qb.andWhere('a.at < :to', { to: query.to });
    if (query.q) qb.andWhere('(a.actor_name ILIKE :q OR a.entity_id ILIKE :q)', { q: `%${query.q}%` });
    for (const s of parseSort(query.sort, { at: 'a.at' }, '-at', 'a.id')) qb.addOrderBy(s.column, s.direction);
    const [rows, total] = await qb
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    const names = await this.names.namesOf(this.db.manager, rows);
    return toPage(
      rows.map((row) => toAuditLogDto(row, (row.entityId && names.get(row.entityType)?.get(row.entityId)) ?? null)),
      total,
      query,
    );
  }
}
