import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { countUpTo, parseSort, positional, Principal } from '@kehu/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { OpportunityQueryDto } from './dto/opportunity.dto';
import { Opportunity } from './entities/opportunity.entity';
import { OpportunityStageChange } from './entities/opportunity-stage-change.entity';
import { OpportunityStageSetting } from './entities/opportunity-stage-setting.entity';
import { PlanItem } from './entities/plan-item.entity';
import { Quote } from './entities/quote.entity';
import { QuoteLine } from './entities/quote-line.entity';
import { QuoteQueryDto } from './dto/quote.dto';
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
    const [live, ...rest] = this.conditions(principal, query);
    const qb = this.db.getRepository(Opportunity).createQueryBuilder('o').where(live.sql, live.params);
    for (const c of rest) qb.andWhere(c.sql, c.params);
    const sorts = parseSort(
      query.sort,
      { createdAt: { column: 'o.created_at', indexOrder: 'DESC' }, expectedCloseDate: 'o.expected_close_date', expectedAmount: 'o.expected_amount', stageChangedAt: 'o.stage_changed_at', title: 'o.title' },
      '-createdAt',
      'o.id',
    );
    for (const s of sorts) qb.addOrderBy(s.column, s.direction, s.nulls);
    const [rows, total] = await Promise.all([qb.clone().offset((query.page - 1) * query.pageSize).limit(query.pageSize).getMany(), countUpTo(qb, OPPORTUNITY_COUNT_CAP)]);
    return { rows, total };
  }

  /** What the list and the kanban filter on (alias `o`): live, in the caller's scope, then each filter given. */
  private conditions(principal: Principal, query: OpportunityFilter): Array<{ sql: string; params: Record<string, unknown> }> {
    const out: Array<{ sql: string; params: Record<string, unknown> }> = [{ sql: 'o.deleted_at IS NULL', params: {} }, opportunityVisibleTo(principal)];
    const add = (sql: string, params: Record<string, unknown> = {}) => out.push({ sql, params });
    if (query.status) add('o.status = :status', { status: query.status });
    if (query.stage) add('o.stage = :stage', { stage: query.stage });
    if (query.ownerId) add('o.owner_id = :ownerId', { ownerId: query.ownerId });
    if (query.mine === 'true') add('o.owner_id = :me', { me: principal.userId });
    if (query.customerId) add('o.customer_id = :customerId', { customerId: query.customerId });
    if (query.departmentId) add('o.department_id = :departmentId', { departmentId: query.departmentId });
    if (query.expectedCloseFrom) add('o.expected_close_date >= CAST(:closeFrom AS date)', { closeFrom: query.expectedCloseFrom });
    if (query.expectedCloseTo) add('o.expected_close_date <= CAST(:closeTo AS date)', { closeTo: query.expectedCloseTo });
    if (query.q) add('(o.title ILIKE :like OR o.prospect_company ILIKE :like)', { like: `%${query.q.replace(/[%_\\]/g, '\\$&')}%` });
    return out;
  }

  /**
   * The kanban in two statements run side by side: per open stage the count and Σ amount of the open opportunities the
   * caller may see (filters applied), and its first `perStage` cards, most recently moved first —
   * one short index walk per stage (`opportunity_kanban_idx`), never the whole scope sorted.
   */
  async kanban(principal: Principal, stages: string[], filter: OpportunityFilter, perStage: number): Promise<{ totals: KanbanTotalRow[]; cards: Opportunity[] }> {
    const conditions = [...this.conditions(principal, filter), { sql: `o.status IN ('UNASSIGNED', 'ASSIGNED')`, params: {} }];
    const where = conditions.map((c) => c.sql).join(' AND ');
    const params: Record<string, unknown> = Object.assign({ stages, perStage }, ...conditions.map((c) => c.params));
    const [totals, cards]: [KanbanTotalRow[], Opportunity[]] = await Promise.all([
      this.db.query(
        ...positional(this.db, `SELECT o.stage, count(*)::int AS n, coalesce(sum(o.expected_amount), 0)::text AS amount FROM opportunity o WHERE ${where} AND o.stage = ANY(CAST(:stages AS text[])) GROUP BY o.stage`, params),
      ),
      this.db
        .getRepository(Opportunity)
        .createQueryBuilder('card')
        .where(
          `card.id IN (SELECT c.id FROM unnest(CAST(:stages AS text[])) AS s(stage)
             CROSS JOIN LATERAL (SELECT o.id FROM opportunity o WHERE ${where} AND o.stage = s.stage ORDER BY o.stage_changed_at DESC, o.id DESC LIMIT :perStage) c)`,
          params,
        )
        .orderBy('card.stage_changed_at', 'DESC')
        .addOrderBy('card.id', 'DESC')
        .getMany(),
    ]);
    return { totals, cards };
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

  /** Quotes follow their opportunity's scope: a quote is visible when its opportunity is. */
  async quotePage(principal: Principal, query: QuoteQueryDto): Promise<{ rows: Quote[]; total: number }> {
    const scope = opportunityVisibleTo(principal);
    const qb = this.db
      .getRepository(Quote)
      .createQueryBuilder('q')
      .innerJoin(Opportunity, 'o', 'o.id = q.opportunity_id AND o.deleted_at IS NULL')
      .where('q.deleted_at IS NULL')
      .andWhere(scope.sql, scope.params);
    if (query.opportunityId) qb.andWhere('q.opportunity_id = :opportunityId', { opportunityId: query.opportunityId });
    if (query.status) qb.andWhere('q.status = :status', { status: query.status });
    if (query.q) qb.andWhere('q.number LIKE :number', { number: `${query.q.toUpperCase().replace(/[%_\\]/g, '\\$&')}%` });
    for (const s of parseSort(query.sort, { createdAt: { column: 'q.created_at', indexOrder: 'DESC' }, number: 'q.number', total: 'q.total', validUntil: 'q.valid_until' }, '-createdAt', 'q.id')) {
      qb.addOrderBy(s.column, s.direction, s.nulls);
    }
    const [rows, total] = await Promise.all([qb.clone().offset((query.page - 1) * query.pageSize).limit(query.pageSize).getMany(), countUpTo(qb, OPPORTUNITY_COUNT_CAP)]);
    return { rows, total };
  }

  /** The quote if its opportunity is visible to the caller (row-locked when `lock`), else null. */
  findVisibleQuote(tx: EntityManager, principal: Principal, id: string, lock = false): Promise<Quote | null> {
    const scope = opportunityVisibleTo(principal);
    const qb = tx
      .getRepository(Quote)
      .createQueryBuilder('q')
      .innerJoin(Opportunity, 'o', 'o.id = q.opportunity_id AND o.deleted_at IS NULL')
      .where('q.id = :id AND q.deleted_at IS NULL', { id })
      .andWhere(scope.sql, scope.params);
    return (lock ? qb.setLock('pessimistic_write', undefined, ['q']) : qb).getOne();
  }

  quoteLines(tx: EntityManager, quoteIds: string[]): Promise<QuoteLine[]> {
    if (!quoteIds.length) return Promise.resolve([]);
    return tx.getRepository(QuoteLine).createQueryBuilder('l').where('l.quote_id = ANY(:ids)', { ids: quoteIds }).orderBy('l.line_no').getMany();
  }

  /** The next quote number of the business day (BJyyyymmdd-nnnn); callers hold the day's advisory lock. */
  async nextQuoteNumber(tx: EntityManager, prefix: string): Promise<string> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('quote-number:' || $1))`, [prefix]);
    const [row]: Array<{ n: number }> = await tx.query(
      `SELECT coalesce(max(substring(number FROM length($1) + 2)::int), 0) + 1 AS n FROM quote WHERE number LIKE $1 || '-%'`,
      [prefix],
    );
    return `${prefix}-${String(row.n).padStart(4, '0')}`;
  }

  /** Sent quotes whose validity ended before `today`: EXPIRED, one statement; answers their ids and former versions. */
  async expireSentBefore(tx: EntityManager, today: string): Promise<Array<{ id: string; version: number }>> {
    // An UPDATE … RETURNING answers [rows, affected count] through TypeORM's query().
    const [rows]: [Array<{ id: string; version: number }>, number] = await tx.query(
      `UPDATE quote SET status = 'EXPIRED', decided_at = now(), updated_at = now(), version = version + 1
        WHERE deleted_at IS NULL AND status = 'SENT' AND valid_until < $1::date
        RETURNING id, version - 1 AS version`,
      [today],
    );
    return rows;
  }

  /**
   * The funnel in one statement: the caller's scope and filters applied once (`f`), then per stage,
   * stages reached (history), win/loss counts, cycle days and the monthly forecast of open ones.
   */
  async funnel(principal: Principal, filter: FunnelFilter): Promise<FunnelRow> {
    const scope = opportunityVisibleTo(principal);
    const conditions = ['o.deleted_at IS NULL', scope.sql];
    const params: Record<string, unknown> = { ...scope.params };
    const add = (condition: string, values: Record<string, unknown>) => {
      conditions.push(condition);
      Object.assign(params, values);
    };
    if (filter.ownerId) add('o.owner_id = :ownerId', { ownerId: filter.ownerId });
    if (filter.departmentIds) add('o.department_id = ANY(CAST(:departmentIds AS uuid[]))', { departmentIds: filter.departmentIds });
    if (filter.departmentSubtreeOf) {
      add(`o.department_id IN (SELECT d.id FROM department d, department r WHERE r.id = :subtree AND d.path LIKE r.path || '%')`, { subtree: filter.departmentSubtreeOf });
    }
    if (filter.closeFrom) add('o.expected_close_date >= CAST(:closeFrom AS date)', { closeFrom: filter.closeFrom });
    if (filter.closeTo) add('o.expected_close_date <= CAST(:closeTo AS date)', { closeTo: filter.closeTo });
    const [row] = await this.db.query(
      ...positional(
        this.db,
        `WITH f AS (
           SELECT o.id, o.stage, o.status, o.expected_amount, o.probability, o.expected_close_date, o.created_at, o.closed_at
             FROM opportunity o WHERE ${conditions.join(' AND ')}
         ), by_stage AS (
           SELECT stage, count(*)::int AS n, sum(expected_amount)::text AS amount, round(sum(expected_amount * probability / 100), 2)::text AS weighted
             FROM f GROUP BY stage
         ), reached AS (
           -- Distinct pairs first (hashed): count(DISTINCT …) per group sorts every history row (0.7 s at 30k opportunities).
           SELECT stage, count(*)::int AS n
             FROM (SELECT DISTINCT h.opportunity_id, h.to_stage AS stage FROM opportunity_stage_change h JOIN f ON f.id = h.opportunity_id) d GROUP BY stage
         ), forecast AS (
           SELECT to_char(expected_close_date, 'YYYY-MM') AS month, count(*)::int AS n, sum(expected_amount)::text AS amount,
                  round(sum(expected_amount * probability / 100), 2)::text AS weighted
             FROM f WHERE status IN ('UNASSIGNED', 'ASSIGNED') AND expected_close_date IS NOT NULL GROUP BY 1
         )
         SELECT (SELECT coalesce(json_agg(by_stage), '[]') FROM by_stage) AS stages,
                (SELECT coalesce(json_agg(reached), '[]') FROM reached) AS reached,
                (SELECT coalesce(json_agg(forecast ORDER BY month), '[]') FROM forecast) AS forecast,
                (SELECT count(*) FILTER (WHERE status = 'WON')::int FROM f) AS won,
                (SELECT count(*) FILTER (WHERE status = 'LOST')::int FROM f) AS lost,
                (SELECT round((avg(extract(epoch FROM closed_at - created_at)) FILTER (WHERE status = 'WON') / 86400)::numeric, 1)::text FROM f) AS cycle_days`,
        params,
      ),
    );
    return row as FunnelRow;
  }
}

/** The list's and the kanban's filters. */
export type OpportunityFilter = Partial<Pick<OpportunityQueryDto, 'status' | 'stage' | 'ownerId' | 'mine' | 'customerId' | 'departmentId' | 'expectedCloseFrom' | 'expectedCloseTo' | 'q'>>;

export interface KanbanTotalRow {
  stage: string;
  n: number;
  amount: string;
}

export interface FunnelFilter {
  ownerId?: string;
  departmentIds?: string[];
  departmentSubtreeOf?: string;
  closeFrom?: string;
  closeTo?: string;
}

export interface FunnelRow {
  stages: Array<{ stage: string; n: number; amount: string; weighted: string }>;
  reached: Array<{ stage: string; n: number }>;
  forecast: Array<{ month: string; n: number; amount: string; weighted: string }>;
  won: number;
  lost: number;
  cycle_days: string | null;
}
