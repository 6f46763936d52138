import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@kehu/server-core';
import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Stage, stageCondition } from '../lifecycle/customer-lifecycle';
import { applyCustomerScope, visibleCustomers } from '../scope/customer-scope';
import { Customer } from '../entities/customer.entity';
import { FollowUp } from '../entities/follow-up.entity';

/** A week (Monday, business time zone) as YYYY-MM-DD, and the instant it starts. */
export interface WeekRow {
  week: string;
  starts: Date;
}

/** How many things happened in a week. */
export interface WeekCountRow {
  week: string;
  n: number;
}

/** Whose customers a chart counts, among those the caller may see. */
export interface StatsNarrowing {
  mine?: boolean;
  ownerId?: string;
}

/** The SQL of the home page's charts: aggregates over the customers the caller may see, through the list's scope. */
@Injectable()
export class CustomerStatsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The `count` weeks up to the one containing `now`, oldest first. */
  weeksUpTo(now: Date, timeZone: string, count: number): Promise<WeekRow[]> {
    return this.db.query(
      `SELECT to_char(w, 'YYYY-MM-DD') AS week, w AT TIME ZONE $2 AS starts
         FROM generate_series(date_trunc('week', $1::timestamptz AT TIME ZONE $2) - make_interval(weeks => $3 - 1),
                              date_trunc('week', $1::timestamptz AT TIME ZONE $2), interval '1 week') AS w
        ORDER BY w`,
      [now, timeZone, count],
    );
  }

  /** Customers entered per week since `from`. */
  createdPerWeek(principal: Principal, narrowing: StatsNarrowing, from: Date, timeZone: string): Promise<WeekCountRow[]> {
    return this.narrow(visibleCustomers(this.db.manager, principal), principal, narrowing)
      .select(byWeek('c.created_at'), 'week')
      .addSelect('count(*)::int', 'n')
      .andWhere('c.created_at >= :from', { from, tz: timeZone })
      .groupBy('week')
      .getRawMany<WeekCountRow>();
  }

  /** Follow-ups held per week since `from`. */
  followUpsPerWeek(principal: Principal, narrowing: StatsNarrowing, from: Date, timeZone: string): Promise<WeekCountRow[]> {
    return this.narrow(
      applyCustomerScope(
        this.db.getRepository(FollowUp).createQueryBuilder('f').innerJoin(Customer, 'c', 'c.id = f.customer_id AND c.deleted_at IS NULL').where('f.deleted_at IS NULL'),
        principal,
      ),
      principal,
      narrowing,
    )
      .select(byWeek('f.occurred_at'), 'week')
      .addSelect('count(*)::int', 'n')
      .andWhere('f.occurred_at >= :from', { from, tz: timeZone })
      .groupBy('week')
      .getRawMany<WeekCountRow>();
  }

  /** How many customers are at each of `stages`, in that order. */
  async perStage(principal: Principal, narrowing: StatsNarrowing, stages: Stage[]): Promise<number[]> {
    const row = await this.narrow(visibleCustomers(this.db.manager, principal), principal, narrowing)
      .select(stages.map((stage, i) => `count(*) FILTER (WHERE ${stageCondition(stage)})::int AS s${i}`).join(', '))
      .getRawOne<Record<string, number>>();
    return stages.map((_, i) => Number(row?.[`s${i}`] ?? 0));
  }

  private narrow<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, principal: Principal, narrowing: StatsNarrowing): SelectQueryBuilder<T> {
    if (narrowing.mine) qb.andWhere('c.owner_id = :me', { me: principal.userId });
    if (narrowing.ownerId) qb.andWhere('c.owner_id = :ownerId', { ownerId: narrowing.ownerId });
    return qb;
  }
}

const byWeek = (column: string) => `to_char(date_trunc('week', ${column} AT TIME ZONE :tz), 'YYYY-MM-DD')`;
