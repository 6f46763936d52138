import { Injectable } from '@nestjs/common';
import { Clock, Principal } from '@kehu/server-core';
import { RulesService } from '@kehu/server-settings';
import { Stage } from '../lifecycle/customer-lifecycle';
import { CustomerStatsDto, CustomerStatsQueryDto } from './customer-stats.dto';
import { CustomerStatsRepository } from './customer-stats.repository';

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
    private readonly clock: Clock,
    private readonly rules: RulesService,
    private readonly repository: CustomerStatsRepository,
  ) {}

  async stats(principal: Principal, query: CustomerStatsQueryDto): Promise<CustomerStatsDto> {
    const timeZone = await this.rules.get('businessTimeZone');
    const weeks = await this.repository.weeksUpTo(this.clock.now(), timeZone, query.weeks);
    const from = weeks[0].starts;
    const [createdRows, followUpRows, stageCounts] = await Promise.all([
      this.repository.createdPerWeek(principal, query, from, timeZone),
      this.repository.followUpsPerWeek(principal, query, from, timeZone),
      this.repository.perStage(principal, query, FUNNEL),
    ]);
    const counts = (rows: Array<{ week: string; n: number }>) => new Map(rows.map((r) => [r.week, Number(r.n)]));
    const createdBy = counts(createdRows);
    const followUpsBy = counts(followUpRows);
    return {
      weeks: weeks.map(({ week }) => ({ weekStart: week, newCustomers: createdBy.get(week) ?? 0, followUps: followUpsBy.get(week) ?? 0 })),
      stages: FUNNEL.map((stage, i) => ({ stage, count: stageCounts[i] })),
    };
  }
}
