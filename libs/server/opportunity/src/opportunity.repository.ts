import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { countUpTo, parseSort, Principal } from '@kehu/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { OpportunityQueryDto } from './dto/opportunity.dto';
import { Opportunity } from './entities/opportunity.entity';
import { OpportunityStageChange } from './entities/opportunity-stage-change.entity';
import { OpportunityStageSetting } from './entities/opportunity-stage-setting.entity';
import { PlanItem } from './entities/plan-item.entity';
import { opportunityVisibleTo } from './opportunity-scope';

export const OPPORTUNITY_COUNT_CAP = 10_000;

export interface DuePlanItemRow {
  id: string;
  opportunity_id: string;
  title: string;
  planned_on: string;
  opportunity_title: string;
}

/** The opportunity domain's SQL; every read of opportunities goes through the scope fragment. */
@Injectable()
export class OpportunityRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async page(principal: Principal, query: OpportunityQueryDto): Promise<{ rows: Opportunity[]; total: number }> {
    const scope = opportunityVisibleTo(principal);
    const qb = this.db.getRepository(Opportunity).createQueryBuilder('o').where('o.deleted_at IS NULL').andWhere(scope.sql, scope.params);
    if (query.status) qb.andWhere('o.status = :status', { status: query.status });
    if (query.stage) qb.andWhere('o.stage = :stage', { stage: query.stage });
    if (query.ownerId) qb.andWhere('o.owner_id = :ownerId', { ownerId: query.ownerId });
    if (query.mine === 'true') qb.andWhere('o.owner_id = :me', { me: principal.userId });
    if (query.customerId) qb.andWhere('o.customer_id = :customerId', { customerId: query.customerId });
    if (query.departmentId) qb.andWhere('o.department_id = :departmentId', { departmentId: query.departmentId });
    if (query.expectedCloseFrom) qb.andWhere('o.expected_close_date >= :closeFrom', { closeFrom: query.expectedCloseFrom });
    if (query.expectedCloseTo) qb.andWhere('o.expected_close_date <= :closeTo', { closeTo: query.expectedCloseTo });
    if (query.q) {
      const like = `%${query.q.replace(/[%_\\]/g, '\\$&')}%`;
      qb.andWhere('(o.title ILIKE :like OR o.prospect_company ILIKE :like)', { like });
    }
    const sorts = parseSort(
      query.sort,
      { createdAt: 'o.created_at', expectedCloseDate: 'o.expected_close_date', expectedAmount: 'o.expected_amount', stageChangedAt: 'o.stage_changed_at', title: 'o.title' },
      '-createdAt',
      'o.id',
    );
    for (const s of sorts) qb.addOrderBy(s.column, s.direction, s.nulls);
    const [rows, total] = await Promise.all([qb.clone().offset((query.page - 1) * query.pageSize).limit(query.pageSize).getMany(), countUpTo(qb, OPPORTUNITY_COUNT_CAP)]);
    return { rows, total };
  }

  /** The opportunity if the caller may see it (row-locked when `lock`), else null — missing and out of scope alike. */
  findVisible(tx: EntityManager, principal: Principal, id: string, lock = false): Promise<Opportunity | null> {
    const scope = opportunityVisibleTo(principal);
    const qb = tx.getRepository(Opportunity).createQueryBuilder('o').where('o.id = :id AND o.deleted_at IS NULL', { id }).andWhere(scope.sql, scope.params);
    return (lock ? qb.setLock('pessimistic_write') : qb).getOne();
  }

  history(id: string): Promise<OpportunityStageChange[]> {
    return this.db.getRepository(OpportunityStageChange).createQueryBuilder('h').where('h.opportunity_id = :id', { id }).orderBy('h.seq').getMany();
  }

  stageSettings(tx: EntityManager = this.db.manager): Promise<OpportunityStageSetting[]> {
    return tx.getRepository(OpportunityStageSetting).find();
  }

  planItems(opportunityId: string): Promise<PlanItem[]> {
    return this.db.getRepository(PlanItem).createQueryBuilder('p').where('p.opportunity_id = :opportunityId AND p.deleted_at IS NULL', { opportunityId }).orderBy('p.planned_on').addOrderBy('p.id').getMany();
  }

  /** The executor's plan items not executed and planned on or before `day`, of opportunities still open. */
  duePlanItems(executorId: string, day: string): Promise<DuePlanItemRow[]> {
    return this.db.query(
      `SELECT p.id, p.opportunity_id, p.title, to_char(p.planned_on, 'YYYY-MM-DD') AS planned_on, o.title AS opportunity_title
         FROM opportunity_plan_item p JOIN opportunity o ON o.id = p.opportunity_id AND o.deleted_at IS NULL AND o.status IN ('UNASSIGNED', 'ASSIGNED')
        WHERE p.executor_id = $1 AND p.deleted_at IS NULL AND p.result IS NULL AND p.planned_on <= $2::date
        ORDER BY p.planned_on, p.id LIMIT 200`,
      [executorId, day],
    );
  }
}
