import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, Principal } from '@kehu/server-core';
import { RulesService } from '@kehu/server-settings';
import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Stage, stageCondition } from '../lifecycle/customer-lifecycle';
import { applyCustomerScope, visibleCustomers } from '../scope/customer-scope';
import { CustomerStatsDto, CustomerStatsQueryDto } from './customer-stats.dto';
import { Customer } from '../entities/customer.entity';
import { FollowUp } from '../entities/follow-up.entity';

/** Lifecycle order: the funnel reads top to bottom. */
const FUNNEL: Stage[] = [Stage.PotentialPending, Stage.PotentialProtected, Stage.PotentialRejected, Stage.Intent, Stage.Formal, Stage.Pool, Stage.Lost];

/**
 * The home page's small charts: customers entered and follow-ups held per week (business time
 * zone, Monday first), and customers per lifecycle stage. Aggregates in SQL over the customers the
 * caller may see, through the same scope as the list, so a stage's count is the list's total.
 */
@Injectable()
export class CustomerStatsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly rules: RulesService,
  ) {}

  async stats(principal: Principal, query: CustomerStatsQueryDto): Promise<CustomerStatsDto> {
    const timeZone = await this.rules.get('businessTimeZone');
    const weeks: Array<{ week: string; starts: Date }> = await this.db.query(
      `SELECT to_char(w, 'YYYY-MM-DD') AS week, w AT TIME ZONE $2 AS starts
         FROM generate_series(date_trunc('week', $1::timestamptz AT TIME ZONE $2) - make_interval(weeks => $3 - 1),
                              date_trunc('week', $1::timestamptz AT TIME ZONE $2), interval '1 week') AS w
        ORDER BY w`,
      [this.clock.now(), timeZone, query.weeks],
    );
    const from = weeks[0].starts;
    const byWeek = (column: string) => `to_char(date_trunc('week', ${column} AT TIME ZONE :tz), 'YYYY-MM-DD')`;

    const created = this.narrow(visibleCustomers(this.db.manager, principal), principal, query)
      .select(byWeek('c.created_at'), 'week')
      .addSelect('count(*)::int', 'n')
      .andWhere('c.created_at >= :from', { from, tz: timeZone })
      .groupBy('week');
    const followUps = this.narrow(
      applyCustomerScope(
        this.db.getRepository(FollowUp).createQueryBuilder('f').innerJoin(Customer, 'c', 'c.id = f.customer_id AND c.deleted_at IS NULL').where('f.deleted_at IS NULL'),
        principal,
      ),
      principal,
      query,
    )
      .select(byWeek('f.occurred_at'), 'week')
      .addSelect('count(*)::int', 'n')
      .andWhere('f.occurred_at >= :from', { from, tz: timeZone })
      .groupBy('week');
    const stages = this.narrow(visibleCustomers(this.db.manager, principal), principal, query).select(
      FUNNEL.map((stage, i) => `count(*) FILTER (WHERE ${stageCondition(stage)})::int AS s${i}`).join(', '),
    );

    const [createdRows, followUpRows, stageRow] = await Promise.all([
      created.getRawMany<{ week: string; n: number }>(),
      followUps.getRawMany<{ week: string; n: number }>(),
      stages.getRawOne<Record<string, number>>(),
    ]);
    const counts = (rows: Array<{ week: string; n: number }>) => new Map(rows.map((r) => [r.week, Number(r.n)]));
    const createdBy = counts(createdRows);
    const followUpsBy = counts(followUpRows);
    return {
      weeks: weeks.map(({ week }) => ({ weekStart: week, newCustomers: createdBy.get(week) ?? 0, followUps: followUpsBy.get(week) ?? 0 })),
      stages: FUNNEL.map((stage, i) => ({ stage, count: Number(stageRow?.[`s${i}`] ?? 0) })),
    };
  }

  private narrow<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, principal: Principal, query: CustomerStatsQueryDto): SelectQueryBuilder<T> {
    if (query.mine) qb.andWhere('c.owner_id = :me', { me: principal.userId });
    if (query.ownerId) qb.andWhere('c.owner_id = :ownerId', { ownerId: query.ownerId });
    return qb;
  }
}
